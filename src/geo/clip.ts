/**
 * Polygon ∩ polygon in lon/lat, small enough to load with the tools panel (@turf/intersect
 * would add 16 KB gzipped for what the compare view needs: docs/decisions/0010-own-polygon-clipper.md).
 *
 * The drawn polygon is cut into triangles (ear clipping); every part of the other polygon
 * (any shape, holes included) is clipped against each triangle (Sutherland–Hodgman, which is
 * exact for a convex clip). The pieces do not overlap, so their areas add up to the overlap's;
 * a concave subject can leave zero-width slivers along a triangle's edge, which have no area.
 */
import { signedArea2 } from './rings.ts';

type Ring = GeoJSON.Position[];

const cross = (o: GeoJSON.Position, a: GeoJSON.Position, b: GeoJSON.Position) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** The ring without its closing position and repeated positions. */
function open(ring: readonly GeoJSON.Position[]): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1])
    out.pop();
  return out;
}

function inTriangle(
  p: GeoJSON.Position,
  a: GeoJSON.Position,
  b: GeoJSON.Position,
  c: GeoJSON.Position,
): boolean {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

/** Counter-clockwise triangles covering a simple polygon's outer ring (ear clipping). */
export function triangulate(
  ring: readonly GeoJSON.Position[],
): [GeoJSON.Position, GeoJSON.Position, GeoJSON.Position][] {
  let pts = open(ring);
  if (signedArea2(pts) < 0) pts = pts.reverse();
  const tris: [GeoJSON.Position, GeoJSON.Position, GeoJSON.Position][] = [];
  let guard = pts.length * pts.length;
  while (pts.length > 3 && guard-- > 0) {
    let clipped = false;
    for (let i = 0; i < pts.length; i++) {
      const a = pts[(i + pts.length - 1) % pts.length];
      const b = pts[i];
      const c = pts[(i + 1) % pts.length];
      const turn = cross(a, b, c);
      if (turn < 0) continue; // reflex
      if (turn === 0) {
        // Collinear: drop the middle vertex, it adds nothing.
        pts.splice(i, 1);
        clipped = true;
        break;
      }
      if (pts.some((p) => p !== a && p !== b && p !== c && inTriangle(p, a, b, c))) continue;
      tris.push([a, b, c]);
      pts.splice(i, 1);
      clipped = true;
      break;
    }
    // Not a simple polygon (self-intersecting): stop with what was found.
    if (!clipped) break;
  }
  if (pts.length === 3 && cross(pts[0], pts[1], pts[2]) > 0) tris.push([pts[0], pts[1], pts[2]]);
  return tris;
}

/** Sutherland–Hodgman: the part of `subject` inside the counter-clockwise convex polygon `clip`. */
export function clipConvex(subject: readonly GeoJSON.Position[], clip: readonly GeoJSON.Position[]): Ring {
  let out: Ring = open(subject);
  for (let i = 0; i < clip.length && out.length > 0; i++) {
    const a = clip[i];
    const b = clip[(i + 1) % clip.length];
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j];
      const q = input[(j + 1) % input.length];
      const pin = cross(a, b, p) >= 0;
      const qin = cross(a, b, q) >= 0;
      if (pin) out.push(p);
      if (pin !== qin) {
        const dx = q[0] - p[0];
        const dy = q[1] - p[1];
        const ex = b[0] - a[0];
        const ey = b[1] - a[1];
        const t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / (dx * ey - dy * ex);
        out.push([p[0] + t * dx, p[1] + t * dy]);
      }
    }
  }
  return out;
}

type Areal = GeoJSON.Polygon | GeoJSON.MultiPolygon;

const parts = (g: Areal): GeoJSON.Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

const close = (r: Ring): Ring => [...r, r[0]];

/**
 * The overlap of a drawn polygon (its outer ring; holes are not drawn) with any areal
 * geometry, as a MultiPolygon of non-overlapping pieces, or null when there is none.
 */
export function intersectAreal(drawn: Areal, other: Areal): GeoJSON.MultiPolygon | null {
  const pieces: GeoJSON.Position[][][] = [];
  for (const [outer] of parts(drawn)) {
    for (const tri of triangulate(outer)) {
      for (const [shell, ...holes] of parts(other)) {
        const s = clipConvex(shell, tri);
        if (s.length < 3 || Math.abs(signedArea2(s)) === 0) continue;
        const cut = holes.map((h) => clipConvex(h, tri)).filter((h) => h.length >= 3 && signedArea2(h) !== 0);
        // RFC 7946 orientation: shells counter-clockwise, holes clockwise.
        const ccw = (r: Ring) => (signedArea2(r) < 0 ? [...r].reverse() : r);
        const cw = (r: Ring) => (signedArea2(r) > 0 ? [...r].reverse() : r);
        pieces.push([close(ccw(s)), ...cut.map((h) => close(cw(h)))]);
      }
    }
  }
  return pieces.length > 0 ? { type: 'MultiPolygon', coordinates: pieces } : null;
}
