/**
 * Development check, run by hand (never by tests or the build): compares the context geodata
 * with the independent reference files in ../shared/reference/ and prints the figures.
 *
 * Run: npx tsx scripts/geodata/check-reference.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';

// geographiclib-geodesic is a UMD bundle: Node's ESM loader (tsx) finds no named exports in it,
// so load it through require here. (Vitest's loader handles the named import in src/geo/measure.ts.)
const { Geodesic } = createRequire(import.meta.url)(
  'geographiclib-geodesic',
) as typeof import('geographiclib-geodesic');
const wgs84 = Geodesic.WGS84;

function ringAreaM2(ring: GeoJSON.Position[]): number {
  const poly = wgs84.Polygon(false);
  for (const p of ring.slice(0, -1)) poly.AddPoint(p[1], p[0]);
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

function geodesicAreaM2(g: GeoJSON.Geometry): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.reduce(
    (sum, [outer, ...holes]) => sum + ringAreaM2(outer) - holes.reduce((h, r) => h + ringAreaM2(r), 0),
    0,
  );
}

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const refDir = join(root, '..', 'shared', 'reference');

type Fc = GeoJSON.FeatureCollection;
const load = (path: string): Fc => JSON.parse(readFileSync(path, 'utf8'));

function outerRings(g: GeoJSON.Geometry): GeoJSON.Position[][] {
  if (g.type === 'Polygon') return [g.coordinates[0]];
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p[0]);
  return [];
}

function metres(a: GeoJSON.Position, b: GeoJSON.Position): number {
  return wgs84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? Number.NaN;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** Distance in m from each vertex of `from` to the nearest edge of `to`. */
function vertexDistances(from: GeoJSON.Position[][], to: GeoJSON.Position[][]): number[] {
  const lines = to.map((r) => ({ type: 'LineString', coordinates: r }) as GeoJSON.LineString);
  return from.flatMap((ring) =>
    ring.map((p) => Math.min(...lines.map((l) => pointToLineDistance(p, l, { units: 'meters' })))),
  );
}

function main(): void {
  if (!existsSync(refDir)) throw new Error(`reference folder not found: ${refDir}`);
  const boundary = load(join(root, 'geodata', 'district-boundary.geojson')).features[0];
  const ref = load(join(refDir, 'yongchuan_boundary_datav_wgs84.geojson')).features[0];

  const area = geodesicAreaM2(boundary.geometry) / 1e6;
  const refArea = geodesicAreaM2(ref.geometry) / 1e6;
  console.log(
    `boundary ellipsoidal area: ${area.toFixed(1)} km² (reference DataV WGS84: ${refArea.toFixed(1)} km², official ≈ 1576)`,
  );

  const ours = outerRings(boundary.geometry);
  const theirs = outerRings(ref.geometry);
  const d1 = vertexDistances(ours, theirs);
  const d2 = vertexDistances(theirs, ours);
  console.log(
    `boundary vertices → reference edges: median ${quantile(d1, 0.5).toFixed(0)} m, p95 ${quantile(d1, 0.95).toFixed(0)} m, max ${Math.max(...d1).toFixed(0)} m (${d1.length} vertices)`,
  );
  console.log(
    `reference vertices → boundary edges: median ${quantile(d2, 0.5).toFixed(0)} m, max ${Math.max(...d2).toFixed(0)} m (${d2.length} vertices)`,
  );

  const townships = load(join(root, 'geodata', 'townships.geojson')).features;
  const seats = load(join(refDir, 'yongchuan_township_seats_geonames_wgs84.geojson')).features;
  const dists: number[] = [];
  for (const t of townships) {
    const code = String(t.properties?.code).slice(0, 9);
    const seat = seats.find((s) => String(s.properties?.code_nbs2023) === code);
    const p = (t.geometry as GeoJSON.Point).coordinates;
    const inside = booleanPointInPolygon(p, boundary as GeoJSON.Feature<GeoJSON.Polygon>);
    if (!seat) {
      console.log(`${t.properties?.name_zh}: no reference seat`);
      continue;
    }
    const d = metres(p, (seat.geometry as GeoJSON.Point).coordinates);
    dists.push(d);
    if (d > 1 || !inside)
      console.log(`${t.properties?.name_zh}: ${d.toFixed(0)} m from reference, inside=${inside}`);
  }
  console.log(
    `township seats vs reference: ${dists.length}/${townships.length} matched, median ${quantile(dists, 0.5).toFixed(1)} m, max ${Math.max(...dists).toFixed(1)} m`,
  );
}

main();
