/**
 * Fit indicative polygons to the area the plan gives them.
 *
 * Usage:
 *   npx tsx scripts/geodata/fit-area.ts geodata/<layer>.geojson [more files...]
 *   npx tsx scripts/geodata/fit-area.ts --check geodata/<layer>.geojson   (report only; exit 1 if off)
 *
 * For every Polygon or MultiPolygon feature whose `geometry_accuracy` is `indicative` and whose
 * `figures` hold one figure marked `area_target: true` with an area unit (km2, ha, wan_m2, wan_mu),
 * the geometry is scaled about its centroid until its ellipsoidal area (geodesicAreaM2, WGS84)
 * matches the target to better than 0.5 %. The scaling is uniform in metres: lon and lat offsets
 * from the centroid are multiplied by the same factor, which in a local equirectangular frame is
 * a similarity, so the shape is kept. A MultiPolygon's parts are each scaled about their own
 * centroid by one common factor, so the parts stay where they were drawn.
 *
 * Afterwards coordinates are rounded to 6 decimals (about 0.1 m), rings stay closed, outer rings
 * are made counter-clockwise and holes clockwise (RFC 7946), and the file is rewritten as a
 * FeatureCollection with one feature per line. Features without an area target, points, lines,
 * and surveyed or approximate geometry are left untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { FeatureProperties } from '../../src/data/schema';
import { geodesicAreaM2 } from '../../src/geo/measure';

/** Square metres per unit for the area units of src/data/schema.ts. */
const M2_PER_AREA_UNIT: Record<string, number> = {
  km2: 1e6,
  ha: 1e4,
  wan_m2: 1e4,
  wan_mu: 1e4 * (10000 / 15),
};

const TOLERANCE = 0.005;
const DECIMALS = 6;

type Ring = GeoJSON.Position[];

const round = (v: number): number => Number(v.toFixed(DECIMALS));

/** Twice the signed planar area of a lon/lat ring; positive when counter-clockwise. */
function signedArea2(ring: Ring): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/** Planar area-weighted centroid of a ring in lon/lat (fine at the scale of a district). */
function ringCentroid(ring: Ring): GeoJSON.Position {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) return ring[0];
  return [cx / (3 * a), cy / (3 * a)];
}

function closeRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [first[0], first[1]]];
}

function orient(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => {
    const ccw = signedArea2(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

function scalePolygon(rings: Ring[], factor: number): Ring[] {
  const [cx, cy] = ringCentroid(closeRing(rings[0]));
  return rings.map((ring) => ring.map(([x, y]) => [cx + (x - cx) * factor, cy + (y - cy) * factor]));
}

function tidyPolygon(rings: Ring[]): Ring[] {
  return orient(rings.map((ring) => closeRing(ring.map(([x, y]) => [round(x), round(y)]))));
}

function scaleGeometry(
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  factor: number,
): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: tidyPolygon(scalePolygon(geometry.coordinates, factor)) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((p) => tidyPolygon(scalePolygon(p, factor))),
  };
}

export interface FitResult {
  id: string;
  targetM2: number;
  beforeM2: number;
  afterM2: number;
}

/** Scale one geometry to `targetM2`; returns the new geometry (input untouched). */
export function fitGeometry(
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  targetM2: number,
): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  let current = scaleGeometry(geometry, 1);
  for (let i = 0; i < 8; i++) {
    const area = geodesicAreaM2(current);
    if (Math.abs(area / targetM2 - 1) < TOLERANCE / 10) break;
    current = scaleGeometry(current, Math.sqrt(targetM2 / area));
  }
  return current;
}

function areaTargetM2(props: FeatureProperties): number | undefined {
  const fig = props.figures.find((f) => f.area_target);
  if (!fig) return undefined;
  const perUnit = M2_PER_AREA_UNIT[fig.unit];
  if (!perUnit) throw new Error(`${props.id}: area_target figure has non-area unit ${fig.unit}`);
  return fig.value * perUnit;
}

/** Serialise a FeatureCollection with one feature per line. */
export function formatCollection(fc: GeoJSON.FeatureCollection): string {
  const { features, ...rest } = fc;
  const head = Object.entries(rest).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`);
  const body = features.map((f) => `    ${JSON.stringify(f)}`).join(',\n');
  return `{\n${head.join('')}  "features": [\n${body}\n  ]\n}\n`;
}

function processFile(path: string, checkOnly: boolean): boolean {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as GeoJSON.FeatureCollection<
    GeoJSON.Geometry,
    FeatureProperties
  >;
  let ok = true;
  const results: FitResult[] = [];
  for (const feature of fc.features) {
    const g = feature.geometry;
    const props = feature.properties;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    if (props.geometry_accuracy !== 'indicative') continue;
    const target = areaTargetM2(props);
    if (target === undefined) continue;
    const before = geodesicAreaM2(g);
    if (checkOnly) {
      results.push({ id: props.id, targetM2: target, beforeM2: before, afterM2: before });
      if (Math.abs(before / target - 1) >= TOLERANCE) ok = false;
      continue;
    }
    feature.geometry = fitGeometry(g, target);
    results.push({
      id: props.id,
      targetM2: target,
      beforeM2: before,
      afterM2: geodesicAreaM2(feature.geometry),
    });
  }
  for (const r of results) {
    const dev = ((r.afterM2 / r.targetM2 - 1) * 100).toFixed(2);
    console.log(
      `${path}  ${r.id}: target ${(r.targetM2 / 1e6).toFixed(3)} km², was ${(r.beforeM2 / 1e6).toFixed(3)}, ` +
        `now ${(r.afterM2 / 1e6).toFixed(3)} (${dev} %)`,
    );
  }
  if (!checkOnly) writeFileSync(path, formatCollection(fc));
  return ok;
}

function main(argv: string[]): void {
  const checkOnly = argv.includes('--check');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/geodata/fit-area.ts [--check] geodata/<layer>.geojson ...');
    process.exit(2);
  }
  let ok = true;
  for (const file of files) ok = processFile(file, checkOnly) && ok;
  if (!ok) {
    console.error(`some polygons are more than ${TOLERANCE * 100} % off their area target`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
