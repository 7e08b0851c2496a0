/**
 * Geometry checks: walks a feature's GeoJSON geometry with exact paths and clear words
 * (positions, swapped lon/lat, rings closed and not crossing themselves, lines, polygons),
 * and collects the usable positions (`Shapes`) for the domain checks.
 */
import { CROSSING_BUDGET, type Crossing, findCrossings, pointInRing } from '../../geo/crossings.ts';
import { describeValue, fmtPos, isRecord, type Seg, type Sink, suggestion } from './issues.ts';

/** The Yongchuan area, for telling swapped axes apart from plain errors. */
const AREA_LON: [number, number] = [105, 107];
const AREA_LAT: [number, number] = [28, 30];

export type Position = [number, number];
interface Vertex {
  pos: Position;
  segs: Seg[];
}
/** Usable positions of one feature's geometry, for the domain checks. */
export interface Shapes {
  points: Vertex[];
  lines: Vertex[][];
  polygons: Vertex[][];
  types: Set<string>;
}

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

function coordinateProblem(c: unknown): string | undefined {
  if (typeof c === 'number') {
    if (Number.isNaN(c)) return 'coordinate is NaN';
    if (!Number.isFinite(c)) return `coordinate is ${c}`;
    return undefined;
  }
  if (c === null) return 'coordinate is null';
  if (c === undefined) return 'coordinate is missing';
  if (typeof c === 'string') {
    const n = Number(c);
    return c.trim() !== '' && Number.isFinite(n)
      ? `coordinate is the string ${JSON.stringify(c)}: write the number without quotes`
      : `coordinate is the string ${JSON.stringify(c)}, not a number`;
  }
  return `coordinate must be a number, got ${describeValue(c)}`;
}

function inRange(v: number, [lo, hi]: [number, number]): boolean {
  return v >= lo && v <= hi;
}

/** Checks one position; returns it when usable (two finite numbers within lon/lat range). */
function checkPosition(p: unknown, segs: Seg[], sink: Sink): Position | undefined {
  if (!Array.isArray(p)) {
    sink.add(segs, `position must be an array [lon, lat], got ${describeValue(p)}`);
    return undefined;
  }
  if (p.length > 0 && p.every(Array.isArray)) {
    sink.add(
      segs,
      'expected a position [lon, lat] but found a list of positions: is there an extra level of [ ]?',
    );
    return undefined;
  }
  if (p.length < 2) {
    sink.add(segs, `position must hold two numbers [lon, lat], got ${p.length}`);
    return undefined;
  }
  let usable = true;
  for (let k = 0; k < p.length; k++) {
    const problem = coordinateProblem(p[k]);
    if (problem) {
      sink.add([...segs, k], problem);
      usable = false;
    }
  }
  if (!usable) return undefined;
  const lon = p[0] as number;
  const lat = p[1] as number;
  if (inRange(lon, AREA_LAT) && inRange(lat, AREA_LON)) {
    sink.add(
      segs,
      `longitude ${lon} / latitude ${lat} look swapped (lon must be ${AREA_LON[0]}–${AREA_LON[1]} here): write [${lat}, ${lon}]`,
    );
    return undefined;
  }
  const lonBad = !inRange(lon, [-180, 180]);
  const latBad = !inRange(lat, [-90, 90]);
  const swapHint =
    latBad && inRange(lon, [-90, 90]) && inRange(lat, [-180, 180]) ? ' (are lon and lat swapped?)' : '';
  if (lonBad) sink.add([...segs, 0], `longitude ${lon} is outside -180…180`);
  if (latBad) sink.add([...segs, 1], `latitude ${lat} is outside -90…90${swapHint}`);
  return lonBad || latBad ? undefined : [lon, lat];
}

/** Checks a list of positions; returns the usable ones (all of them, or undefined if any is broken). */
function checkPositions(list: unknown, segs: Seg[], sink: Sink, what: string): Vertex[] | undefined {
  if (!Array.isArray(list)) {
    sink.add(segs, `${what} must be an array of positions, got ${describeValue(list)}`);
    return undefined;
  }
  if (list.length > 0 && list.every((x) => typeof x === 'number')) {
    sink.add(
      segs,
      `expected ${what} (a list of [lon, lat] positions) but found a single position: is a level of [ ] missing?`,
    );
    return undefined;
  }
  const out: Vertex[] = [];
  let ok = true;
  list.forEach((p, k) => {
    const pos = checkPosition(p, [...segs, k], sink);
    if (pos) out.push({ pos, segs: [...segs, k] });
    else ok = false;
  });
  return ok ? out : undefined;
}

function samePos(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}

/** Checks a ring whose positions are usable; returns it closed, without repeated consecutive positions. */
function checkRing(ring: unknown, vs: Vertex[], segs: Seg[], sink: Sink): Position[] | undefined {
  const raw = ring as number[][];
  const first = raw[0];
  const last = raw[raw.length - 1];
  let ok = true;
  if (!samePos(first, last)) {
    sink.add(segs, `ring is not closed: first position ${fmtPos(first)} differs from last ${fmtPos(last)}`);
    ok = false;
  }
  if (vs.length < 4) {
    sink.add(segs, `ring has ${vs.length} positions: it needs at least 4, the last repeating the first`);
    ok = false;
  }
  if (!ok) return undefined;
  // Repeated consecutive positions are harmless but would count as false crossings.
  const dedup: Position[] = [];
  for (const v of vs) if (!dedup.length || !samePos(dedup[dedup.length - 1], v.pos)) dedup.push(v.pos);
  if (dedup.length < 4) {
    sink.add(segs, `ring encloses no area: it has only ${dedup.length - 1} distinct positions`);
    return undefined;
  }
  return dedup;
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
function checkRings(rings: (Position[] | undefined)[], segs: Seg[], sink: Sink): void {
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
    if (a === b) sink.add([...segs, a], `polygon ring crosses itself at ${places(list)}`);
    else {
      crossed.add(b);
      sink.add(
        [...segs, b],
        a === 0
          ? `hole crosses the polygon's outer ring at ${places(list)}: a hole must lie inside it`
          : `hole crosses hole ${a} at ${places(list)}`,
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
      );
  });
}

export function checkPolygonCoords(coords: unknown, segs: Seg[], sink: Sink, shapes: Shapes): void {
  if (!Array.isArray(coords)) {
    sink.add(segs, `polygon coordinates must be an array of rings, got ${describeValue(coords)}`);
    return;
  }
  if (coords.length === 0) {
    sink.add(segs, 'polygon has no rings: it needs at least its outer ring');
    return;
  }
  const vertices: Vertex[] = [];
  const rings = coords.map((ring, r) => {
    if (Array.isArray(ring) && ring.length === 0) {
      sink.add(
        [...segs, r],
        'ring is empty: a ring needs at least 4 positions, the last repeating the first',
      );
      return undefined;
    }
    const vs = checkPositions(ring, [...segs, r], sink, 'a ring');
    const closed = vs && checkRing(ring, vs, [...segs, r], sink);
    if (closed) for (let k = 0; k < vs.length - 1; k++) vertices.push(vs[k]);
    return closed;
  });
  checkRings(rings, segs, sink);
  if (vertices.length) shapes.polygons.push(vertices);
}

function checkLineCoords(coords: unknown, segs: Seg[], sink: Sink, shapes: Shapes): void {
  const vs = checkPositions(coords, segs, sink, 'a line');
  if (!vs) return;
  if (vs.length < 2) sink.add(segs, `a line needs at least 2 positions, got ${vs.length}`);
  else shapes.lines.push(vs);
}

/** GeometryCollections nested deeper than this are refused (RFC 7946 advises against any nesting). */
const MAX_COLLECTION_DEPTH = 8;

export function checkGeometry(
  g: unknown,
  segs: Seg[],
  sink: Sink,
  shapes: Shapes,
  plan: boolean,
  depth = 0,
): void {
  if (g === undefined) {
    sink.add(segs, 'geometry is missing: every feature needs a "geometry" member');
    return;
  }
  if (g === null) {
    sink.add(
      segs,
      plan ? 'geometry is null: every plan feature needs a geometry' : 'no geometry: nothing to draw',
    );
    return;
  }
  if (!isRecord(g)) {
    sink.add(segs, `geometry must be an object, got ${describeValue(g)}`);
    return;
  }
  const type = g.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    const hint = typeof type === 'string' ? suggestion(type, GEOMETRY_TYPES) : '';
    sink.add(
      [...segs, 'type'],
      type === undefined
        ? 'geometry type is missing'
        : `unknown geometry type ${typeof type === 'string' ? JSON.stringify(type) : describeValue(type)}${hint}: types are ${GEOMETRY_TYPES.join(', ')} (case matters)`,
    );
    return;
  }
  shapes.types.add(type);
  if (type === 'GeometryCollection') {
    if (plan) {
      sink.add(
        [...segs, 'type'],
        'GeometryCollection is not used in plan data: make one feature per geometry',
      );
      return;
    }
    if (depth >= MAX_COLLECTION_DEPTH) {
      sink.add(
        segs,
        `GeometryCollections are nested more than ${MAX_COLLECTION_DEPTH} deep here: flatten them into one collection`,
      );
      return;
    }
    const children = g.geometries;
    if (!Array.isArray(children)) {
      sink.add([...segs, 'geometries'], `geometries must be an array, got ${describeValue(children)}`);
      return;
    }
    children.forEach((child, k) => {
      if (child === null) sink.add([...segs, 'geometries', k], 'geometry is null');
      else checkGeometry(child, [...segs, 'geometries', k], sink, shapes, plan, depth + 1);
    });
    return;
  }
  const cs = [...segs, 'coordinates'];
  const coords = g.coordinates;
  if (coords === undefined) {
    sink.add(cs, `${type} has no "coordinates"`);
    return;
  }
  if (!Array.isArray(coords)) {
    sink.add(cs, `coordinates must be an array, got ${describeValue(coords)}`);
    return;
  }
  const eachPart = (what: string, fn: (part: unknown, k: number) => void) => {
    if (coords.length === 0) sink.add(cs, `${type} has no ${what}`);
    else if (coords.every((x) => typeof x === 'number'))
      sink.add(cs, `expected a list of ${what} but found a single position: is a level of [ ] missing?`);
    else coords.forEach(fn);
  };
  switch (type) {
    case 'Point': {
      const pos = checkPosition(coords, cs, sink);
      if (pos) shapes.points.push({ pos, segs: cs });
      break;
    }
    case 'MultiPoint':
      eachPart('positions', (p, k) => {
        const pos = checkPosition(p, [...cs, k], sink);
        if (pos) shapes.points.push({ pos, segs: [...cs, k] });
      });
      break;
    case 'LineString':
      checkLineCoords(coords, cs, sink, shapes);
      break;
    case 'MultiLineString':
      eachPart('lines', (l, k) => checkLineCoords(l, [...cs, k], sink, shapes));
      break;
    case 'Polygon':
      checkPolygonCoords(coords, cs, sink, shapes);
      break;
    case 'MultiPolygon':
      eachPart('polygons', (p, k) => checkPolygonCoords(p, [...cs, k], sink, shapes));
      break;
  }
}
