/**
 * Checks across a polygon's rings, once each ring is closed and usable: crossings within a
 * ring and between rings (src/geo/crossings.ts, decision 0018), holes lying outside their
 * outer ring, and rings that cover more than half the globe.
 */
import { CROSSING_BUDGET, type Crossing, findCrossings, pointInRing } from '../../geo/crossings.ts';
import { type Message, type MessageKey, type MessageParams, msg } from '../../i18n/i18n.ts';
import { fmtPos, type Seg, type Sink } from './issues.ts';

type Position = [number, number];

/** At most three places, rounded to 1e-6, coded when they are all shown. */
function placesCode(
  points: readonly Crossing[],
  key: MessageKey,
  params: MessageParams = {},
): Message | undefined {
  const text = places(points);
  return text.includes(' more places') ? undefined : msg(key, { ...params, places: text });
}

/** `[105.9, 29.3], [105.91, 29.3] and 4 more places`, at most three shown, rounded to 1e-6. */
function places(points: readonly Crossing[]): string {
  const unique = new Map<string, Position>();
  for (const c of points) {
    const p: Position = [Math.round(c.x * 1e6) / 1e6, Math.round(c.y * 1e6) / 1e6];
    unique.set(p.join(','), p);
  }
  const pts = [...unique.values()];
  const shown = pts.slice(0, 3).map(fmtPos).join(', ');
  return pts.length > 3 ? `${shown} and ${pts.length - 3} more places` : shown;
}

/** Crossings within and between rings, holes outside their outer ring, rings around the world. */
export function checkRings(rings: (Position[] | undefined)[], segs: Seg[], sink: Sink): void {
  const usable = rings.flatMap((r, k) => (r ? [{ r, k }] : []));
  const { crossings, exhausted } = findCrossings(usable.map((u) => u.r));
  if (exhausted)
    sink.add(
      segs,
      `polygon is too complex to check for crossings (more than ${CROSSING_BUDGET.toLocaleString('en')} pairs of overlapping segments): simplify it`,
    );
  const byPair = new Map<string, Crossing[]>();
  for (const c of crossings) {
    const key = `${usable[c.ringA].k},${usable[c.ringB].k}`;
    const list = byPair.get(key);
    if (list) list.push(c);
    else byPair.set(key, [c]);
  }
  const crossed = new Set<number>();
  for (const [key, list] of byPair) {
    const [a, b] = key.split(',').map(Number);
    if (a === b)
      sink.add(
        [...segs, a],
        `polygon ring crosses itself at ${places(list)}`,
        placesCode(list, 'validate.ringCrosses'),
      );
    else {
      crossed.add(b);
      sink.add(
        [...segs, b],
        a === 0
          ? `hole crosses the polygon's outer ring at ${places(list)}: a hole must lie inside it`
          : `hole crosses hole ${a} at ${places(list)}`,
        a === 0
          ? placesCode(list, 'validate.holeCrossesShell')
          : placesCode(list, 'validate.holeCrossesHole', { hole: a }),
      );
    }
  }
  const shell = rings[0];
  if (shell) {
    rings.forEach((hole, r) => {
      if (r === 0 || !hole || crossed.has(r)) return;
      // With no crossing, a hole is inside or outside as a whole: one vertex off the outline tells.
      const side = hole.map((p) => pointInRing(p, shell)).find((x) => x !== 0);
      if (side === -1)
        sink.add(
          [...segs, r],
          "hole lies outside the polygon's outer ring: a hole must lie inside it (is it a separate polygon? make it a part of a MultiPolygon)",
          msg('validate.holeOutside'),
        );
    });
  }
  rings.forEach((ring, r) => {
    if (!ring) return;
    let w = Infinity;
    let e = -Infinity;
    let south = Infinity;
    let n = -Infinity;
    for (const [x, y] of ring) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      south = Math.min(south, y);
      n = Math.max(n, y);
    }
    if (e - w > 180 || n - south >= 180)
      sink.add(
        [...segs, r],
        `ring spans ${Math.round(e - w)}° of longitude and ${Math.round(n - south)}° of latitude: it covers more than half the globe: is the ring wound the wrong way or is it a world outline? (a ring crossing the 180° meridian must be split there)`,
        msg('validate.halfGlobe', { lon: Math.round(e - w), lat: Math.round(n - south) }),
      );
  });
}
