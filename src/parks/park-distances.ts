/**
 * Straight-line distances from a park to what an investor asks about: passenger stations, the
 * plan's freight railways, expressway, the Yangtze port, the logistics hubs, the
 * general-aviation airport, the international airports and the city core.
 *
 * A distance is measured from the park's BOUNDARY (0 when the destination lies inside
 * the park or touches it). Turf finds the nearest points; GeographicLib measures the
 * straight line between them on the WGS84 ellipsoid, like every other measure in the
 * atlas. It is never a road or rail distance, and the UI says so
 * (docs/decisions/0005-park-distances.md).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import type { PlanFeature, Status } from '../data/schema.ts';
import { geodesicDistanceM } from '../geo/measure.ts';

type Position = GeoJSON.Position;

/** The destinations, in the order the finder and the comparison list them. */
export const DESTINATIONS = [
  'rail',
  'freightRail',
  'expressway',
  'port',
  'logistics',
  'airport',
  'intlAirport',
  'core',
] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** Which plan features count as each destination. */
export const DESTINATION_RULES: Record<Destination, (f: PlanFeature) => boolean> = {
  // Passenger stations.
  rail: (f) => f.properties.layer === 'rail-stations',
  // The plan's freight railways (凤凰湖支线, 三教专用线, 港桥进港铁路), which a park's goods use
  // without a station: a row of their own, so that neither is taken for the other.
  freightRail: (f) => f.properties.layer === 'rail-lines' && f.properties.kind === FREIGHT_RAILWAY,
  expressway: (f) => f.properties.layer === 'expressways',
  // 朱沱作业区, the Yangtze port (the waterway line itself is not a destination).
  port: (f) => f.properties.layer === 'waterway-port' && f.properties.kind === 'port',
  // The “1+4+N” layout: the supply-chain hub and the four speciality centres.
  logistics: (f) =>
    f.properties.layer === 'logistics-nodes' &&
    (f.properties.kind === 'logistics-hub' || f.properties.kind === 'logistics-centre'),
  // 大安通用机场, a general-aviation field; helipads are not airports.
  airport: (f) => f.properties.layer === 'airports' && f.properties.kind !== 'helipad',
  // 重庆江北 and 成都天府, beyond the district.
  intlAirport: (f) => f.properties.layer === 'destinations' && f.properties.kind === 'international-airport',
  // 老城中心, one of the plan's four centres (第二章第二节, “老城中心优化特色商业功能”).
  core: (f) => f.properties.id === CITY_CORE_ID,
};

export const CITY_CORE_ID = 'centre-old-city';
export const FREIGHT_RAILWAY = 'freight-railway';

export interface Reach {
  id: string;
  name_zh: string;
  name_en: string;
  status: Status;
  /** The feature's kind (a passenger station, a freight railway, a general or international airport). */
  kind: string;
  /** Straight-line km from the park boundary; 0 if inside or touching. */
  km: number;
}

export interface DistanceRow {
  dest: Destination;
  /** The nearest destination in service; if none is, the nearest of any status. */
  nearest: Reach | null;
  /** A destination not yet in service that is nearer than `nearest`, if any. */
  nearerPlanned?: Reach;
}

/** Straight-line km between a (Multi)Polygon and any geometry: 0 if they touch or overlap. */
export function distanceKm(area: GeoJSON.Polygon | GeoJSON.MultiPolygon, target: GeoJSON.Geometry): number {
  const areaPaths = paths(area);
  const targetPaths = paths(target);
  const targetPoints = vertices(target);
  if (boxesMeet(box(vertices(area)), box(targetPoints))) {
    if (targetPoints.some((p) => booleanPointInPolygon(p, area))) return 0;
    if (isAreal(target) && vertices(area).some((p) => booleanPointInPolygon(p, target))) return 0;
    if (pathsCross(areaPaths, targetPaths)) return 0;
  }
  // Two shapes that do not meet are nearest at a vertex of one of them.
  const candidates = [
    ...targetPoints.flatMap((p) => flatCandidates(p, areaPaths)),
    ...vertices(area).flatMap((p) => flatCandidates(p, targetPaths)),
  ];
  return nearestKm(candidates);
}

/** Distances from one park to every destination among `features`. */
export function parkDistances(
  park: PlanFeature,
  features: readonly PlanFeature[],
  dests: readonly Destination[] = DESTINATIONS,
): DistanceRow[] {
  const geometry = park.geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    throw new Error(`${park.properties.id} is not a polygon`);
  }
  return dests.map((dest) => {
    const reaches = features
      .filter((f) => f.properties.id !== park.properties.id && DESTINATION_RULES[dest](f))
      .map((f) => reach(f, distanceKm(geometry, f.geometry)));
    return { dest, ...pickNearest(reaches) };
  });
}

/**
 * The nearest destination in service, and a nearer one that is not yet, if any. Where
 * nothing is in service, the nearest of any status (its status says it is planned).
 */
export function pickNearest(reaches: readonly Reach[]): Omit<DistanceRow, 'dest'> {
  const byKm = [...reaches].sort((a, b) => a.km - b.km || a.id.localeCompare(b.id));
  const existing = byKm.find((r) => r.status === 'existing');
  const first = byKm[0];
  if (!first) return { nearest: null };
  if (!existing) return { nearest: first };
  return first !== existing && first.km < existing.km
    ? { nearest: existing, nearerPlanned: first }
    : { nearest: existing };
}

function reach(f: PlanFeature, km: number): Reach {
  const { id, name_zh, name_en, status, kind } = f.properties;
  return { id, name_zh, name_en, status, kind, km };
}

function isAreal(g: GeoJSON.Geometry): g is GeoJSON.Polygon | GeoJSON.MultiPolygon {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

/** The lines of a geometry: a line's own path, a polygon's rings. */
function paths(g: GeoJSON.Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(paths);
    default:
      return [];
  }
}

function vertices(g: GeoJSON.Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
      return g.coordinates;
    case 'GeometryCollection':
      return g.geometries.flatMap(vertices);
    default:
      return paths(g).flat();
  }
}

interface Candidate {
  p: Position;
  a: Position;
  b: Position;
  /** Flat estimate of the distance from p to segment ab, in km. */
  approx: number;
}

function flatCandidates(p: Position, ps: readonly Position[][]): Candidate[] {
  const kx = KM_PER_DEGREE_LAT * Math.cos((p[1] * Math.PI) / 180);
  const out: Candidate[] = [];
  for (const path of ps) {
    if (path.length === 1) out.push({ p, a: path[0], b: path[0], approx: flatKm(p, path[0], path[0], kx) });
    for (let i = 1; i < path.length; i++)
      out.push({ p, a: path[i - 1], b: path[i], approx: flatKm(p, path[i - 1], path[i], kx) });
  }
  return out;
}

/**
 * A flat estimate picks the candidate point–segment pairs; for those, turf finds the
 * nearest point of the segment and GeographicLib measures the distance to it. At district
 * scale the estimate is within a fraction of a percent, so a 1% margin (plus 10 m) is ample.
 */
function nearestKm(candidates: readonly Candidate[]): number {
  let floor = Number.POSITIVE_INFINITY;
  for (const c of candidates) floor = Math.min(floor, c.approx);
  let best = Number.POSITIVE_INFINITY;
  for (const { p, a, b, approx } of candidates) {
    if (approx > floor * 1.01 + 0.01) continue;
    const q =
      a === b ? a : nearestPointOnLine({ type: 'LineString', coordinates: [a, b] }, p).geometry.coordinates;
    best = Math.min(best, geodesicDistanceM(p, q) / 1000);
  }
  return best;
}

const KM_PER_DEGREE_LAT = 111.2;

/** Distance from p to segment ab on a local flat projection, in km (an estimate). */
function flatKm(p: Position, a: Position, b: Position, kx: number): number {
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * KM_PER_DEGREE_LAT;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * KM_PER_DEGREE_LAT;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

type Box = [number, number, number, number];

function box(points: readonly Position[]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Whether any segment of `a` crosses any segment of `b` (in lon/lat; ample at park scale). */
function pathsCross(a: readonly Position[][], b: readonly Position[][]): boolean {
  for (const pa of a)
    for (let i = 1; i < pa.length; i++)
      for (const pb of b)
        for (let j = 1; j < pb.length; j++)
          if (segmentsCross(pa[i - 1], pa[i], pb[j - 1], pb[j])) return true;
  return false;
}

function segmentsCross(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  return (
    d1 * d2 <= 0 &&
    d3 * d4 <= 0 &&
    !(d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0 && !overlap1d(p1, p2, q1, q2))
  );
}

function orient(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

/** For collinear segments: whether their extents overlap. */
function overlap1d(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const within = (a: number, b: number, c: number, d: number) =>
    Math.max(Math.min(a, b), Math.min(c, d)) <= Math.min(Math.max(a, b), Math.max(c, d));
  return within(p1[0], p2[0], q1[0], q2[0]) && within(p1[1], p2[1], q1[1], q2[1]);
}
