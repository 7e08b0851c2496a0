/**
 * Inside-the-district checks: points and polygon vertices must lie within the district
 * boundary (give or take a tolerance), lines must reach it; and reading the boundary itself
 * from the district-boundary file.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { checkPolygonCoords, type Position, type Shapes } from './geometry.ts';
import { fmtPos, isRecord, Sink } from './issues.ts';

export const DEFAULT_TOLERANCE_M = 300;
/** A line may leave the district, but must come at least this close to it. */
export const LINE_REACH_M = 5000;

function fmtDistance(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${Math.round(m)} m`;
}

interface BoundaryIndex {
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  rings: GeoJSON.LineString[];
  edges: [Position, Position][];
}

const boundaryIndexes = new WeakMap<object, BoundaryIndex>();

export function indexBoundary(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): BoundaryIndex {
  const cached = boundaryIndexes.get(geometry);
  if (cached) return cached;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings: GeoJSON.LineString[] = [];
  const edges: [Position, Position][] = [];
  for (const poly of polys)
    for (const ring of poly) {
      rings.push({ type: 'LineString', coordinates: ring });
      for (let k = 1; k < ring.length; k++) edges.push([ring[k - 1] as Position, ring[k] as Position]);
    }
  const index = { geometry, rings, edges };
  boundaryIndexes.set(geometry, index);
  return index;
}

/** Metres from `pos` to the boundary when outside it; 0 inside or on it. */
function distanceOutsideM(pos: Position, b: BoundaryIndex): number {
  if (booleanPointInPolygon(pos, b.geometry)) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const ring of b.rings) best = Math.min(best, pointToLineDistance(pos, ring, { units: 'meters' }));
  return best;
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const orient = (p: Position, q: Position, r: Position) =>
    (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 === 0 && o2 === 0 && o3 === 0 && o4 === 0) {
    // Collinear: they touch only if their extents overlap.
    const overlap = (k: 0 | 1) =>
      Math.max(Math.min(a[k], b[k]), Math.min(c[k], d[k])) <=
      Math.min(Math.max(a[k], b[k]), Math.max(c[k], d[k]));
    return overlap(0) && overlap(1);
  }
  return o1 * o2 <= 0 && o3 * o4 <= 0;
}

export function checkInside(shapes: Shapes, sink: Sink, boundary: BoundaryIndex, toleranceM: number): void {
  const tol = ` (tolerance ${fmtDistance(toleranceM)})`;
  for (const v of shapes.points) {
    const d = distanceOutsideM(v.pos, boundary);
    if (d > toleranceM) sink.add(v.segs, `point lies ${fmtDistance(d)} outside the district boundary${tol}`);
  }
  for (const vertices of shapes.polygons) {
    const outside = vertices
      .map((v) => ({ v, d: distanceOutsideM(v.pos, boundary) }))
      .filter((x) => x.d > toleranceM);
    if (!outside.length) continue;
    const far = outside.reduce((a, b) => (b.d > a.d ? b : a));
    sink.add(
      far.v.segs,
      outside.length === 1
        ? `polygon vertex ${fmtPos(far.v.pos)} lies ${fmtDistance(far.d)} outside the district boundary${tol}`
        : `${outside.length} of ${vertices.length} polygon vertices lie outside the district boundary${tol}, the farthest ${fmtDistance(far.d)} out at ${fmtPos(far.v.pos)}`,
    );
  }
  if (shapes.lines.length) {
    const all = shapes.lines.flat();
    if (all.some((v) => booleanPointInPolygon(v.pos, boundary.geometry))) return;
    for (const line of shapes.lines)
      for (let k = 1; k < line.length; k++)
        for (const [c, d] of boundary.edges) if (segmentsCross(line[k - 1].pos, line[k].pos, c, d)) return;
    const near = all
      .map((v) => ({ v, d: distanceOutsideM(v.pos, boundary) }))
      .reduce((a, b) => (b.d < a.d ? b : a));
    if (near.d > LINE_REACH_M) {
      const segs = near.v.segs.slice(0, near.v.segs.lastIndexOf('coordinates') + 1);
      sink.add(
        segs,
        `line never comes within ${fmtDistance(LINE_REACH_M)} of the district: its nearest vertex ${fmtPos(near.v.pos)} is ${fmtDistance(near.d)} outside the boundary`,
      );
    }
  }
}

/**
 * The district outline from a parsed district-boundary file (a FeatureCollection, Feature or
 * geometry): all its polygons as one MultiPolygon, or undefined if it holds none usable.
 */
export function boundaryFromGeoJSON(value: unknown): GeoJSON.MultiPolygon | undefined {
  const polys: GeoJSON.Position[][][] = [];
  const visit = (v: unknown): void => {
    if (!isRecord(v)) return;
    if (v.type === 'FeatureCollection' && Array.isArray(v.features)) v.features.forEach(visit);
    else if (v.type === 'Feature') visit(v.geometry);
    else if (v.type === 'Polygon' && Array.isArray(v.coordinates))
      polys.push(v.coordinates as GeoJSON.Position[][]);
    else if (v.type === 'MultiPolygon' && Array.isArray(v.coordinates))
      for (const p of v.coordinates as GeoJSON.Position[][][]) polys.push(p);
  };
  visit(value);
  const sink = new Sink([], '');
  const shapes: Shapes = { points: [], lines: [], polygons: [], types: new Set() };
  for (const [k, p] of polys.entries()) checkPolygonCoords(p, [k], sink, shapes);
  return polys.length && sink.count === 0 ? { type: 'MultiPolygon', coordinates: polys } : undefined;
}
