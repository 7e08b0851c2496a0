/**
 * Builds the regional context the plan's lines lead to:
 * - geodata/line-exits.geojson: where a rail line, expressway or the Yangtze leaves the district,
 *   a point on the boundary saying where it goes (“→ 成都”), with the line's own citation;
 * - geodata/destinations.geojson: the regional destinations beyond the district (重庆主城,
 *   成都, the two international airports, 泸州港), each with its straight-line distance from the
 *   district centre (老城中心), measured on the WGS84 ellipsoid like every measure in the atlas.
 *
 * Run: npx tsx scripts/geodata/build-regional-context.ts (after build-boundary.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { featurePropertiesSchema, type PlanFeature, type PlanFeatureCollection } from '../../src/data/schema';
import { geodesicDistanceM } from '../../src/geo/measure';
import { ROOT, withParagraph } from '../plan/plan-files';

/** A line's end this far from the boundary or nearer counts as leaving the district there. */
const EXIT_TOLERANCE_M = 3000;
/** The district centre distances are given from: the plan's 老城中心 (第二章第二节). */
export const DISTRICT_CENTRE_ID = 'centre-old-city';

const load = (name: string): PlanFeatureCollection =>
  JSON.parse(readFileSync(join(ROOT, 'geodata', `${name}.geojson`), 'utf8'));

interface Toward {
  zh: string;
  en: string;
}
const TO = {
  chengdu: { zh: '成都', en: 'Chengdu' },
  chongqing: { zh: '重庆主城', en: 'central Chongqing' },
  luzhou: { zh: '泸州', en: 'Luzhou' },
  kunming: { zh: '泸州、昆明', en: 'Luzhou, Kunming' },
  zigong: { zh: '自贡', en: 'Zigong' },
  bijie: { zh: '毕节', en: 'Bijie' },
  rongchang: { zh: '荣昌', en: 'Rongchang' },
  bishan: { zh: '璧山', en: 'Bishan' },
  dazu: { zh: '大足', en: 'Dazu' },
  jiangjin: { zh: '江津', en: 'Jiangjin' },
} satisfies Record<string, Toward>;

/**
 * Where each line leaves the district, by the end of its drawn course. Lines drawn on the same
 * course as another (an upgrade of an existing railway or expressway) are left out: one label
 * per course.
 */
const EXITS: { line: string; end: 'start' | 'end'; to: Toward }[] = [
  { line: 'rail-chengyu-railway', end: 'start', to: TO.chengdu },
  { line: 'rail-chengyu-railway', end: 'end', to: TO.chongqing },
  { line: 'rail-chengyu-hsr', end: 'start', to: TO.chengdu },
  { line: 'rail-chengyu-hsr', end: 'end', to: TO.chongqing },
  { line: 'rail-yukun-hsr', end: 'start', to: TO.chongqing },
  { line: 'rail-yukun-hsr', end: 'end', to: TO.kunming },
  { line: 'rail-chongqing-zigong-intercity', end: 'start', to: TO.chongqing },
  { line: 'rail-chongqing-zigong-intercity', end: 'end', to: TO.zigong },
  { line: 'rail-chongqing-bijie-intercity', end: 'start', to: TO.chongqing },
  { line: 'rail-chongqing-bijie-intercity', end: 'end', to: TO.bijie },
  { line: 'rail-yongchuan-science-city-suburban', end: 'end', to: TO.chongqing },
  { line: 'rail-yongchuan-rongchang-suburban', end: 'end', to: TO.rongchang },
  { line: 'rail-riverside-railway', end: 'start', to: TO.chongqing },
  { line: 'rail-riverside-railway', end: 'end', to: TO.luzhou },
  { line: 'expressway-g85-chengyu', end: 'start', to: TO.chengdu },
  { line: 'expressway-g85-chengyu', end: 'end', to: TO.chongqing },
  { line: 'expressway-g93-sanhuan', end: 'start', to: TO.dazu },
  { line: 'expressway-g93-sanhuan', end: 'end', to: TO.jiangjin },
  { line: 'expressway-jiuyong', end: 'end', to: TO.chongqing },
  { line: 'expressway-yonglu', end: 'end', to: TO.luzhou },
  { line: 'expressway-jiangjin-luzhou-north', end: 'start', to: TO.jiangjin },
  { line: 'expressway-jiangjin-luzhou-north', end: 'end', to: TO.luzhou },
  { line: 'expressway-yongchuan-bishan', end: 'end', to: TO.bishan },
  { line: 'expressway-sanhuan-chenshi-youxi', end: 'end', to: TO.jiangjin },
  { line: 'expressway-yongchuan-zigong', end: 'end', to: TO.zigong },
  { line: 'expressway-yongchuan-dazu', end: 'end', to: TO.dazu },
  { line: 'river-yangtze', end: 'start', to: TO.luzhou },
  { line: 'river-yangtze', end: 'end', to: TO.chongqing },
];

function boundaryLines(boundary: PlanFeature): GeoJSON.MultiLineString {
  const g = boundary.geometry;
  if (g.type === 'Polygon') return { type: 'MultiLineString', coordinates: g.coordinates };
  if (g.type === 'MultiPolygon') return { type: 'MultiLineString', coordinates: g.coordinates.flat() };
  throw new Error('the district boundary is not a polygon');
}

type Position = GeoJSON.Position;

/** Where segments p1–p2 and q1–q2 cross (planar, ample at this scale), if they do. */
function crossing(p1: Position, p2: Position, q1: Position, q2: Position): Position | undefined {
  const d = (p2[0] - p1[0]) * (q2[1] - q1[1]) - (p2[1] - p1[1]) * (q2[0] - q1[0]);
  if (d === 0) return undefined;
  const t = ((q1[0] - p1[0]) * (q2[1] - q1[1]) - (q1[1] - p1[1]) * (q2[0] - q1[0])) / d;
  const u = ((q1[0] - p1[0]) * (p2[1] - p1[1]) - (q1[1] - p1[1]) * (p2[0] - p1[0])) / d;
  if (t < 0 || t > 1 || u < 0 || u > 1) return undefined;
  return [p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1])];
}

/**
 * Where a course, walked from its `tip` end inwards, first crosses the boundary; a course that
 * stops short of the boundary leaves where its tip is nearest to it.
 */
function exitPoint(course: readonly Position[], edge: GeoJSON.MultiLineString): Position {
  for (let i = course.length - 1; i > 0; i--) {
    for (const ring of edge.coordinates)
      for (let j = 1; j < ring.length; j++) {
        const at = crossing(course[i], course[i - 1], ring[j - 1], ring[j]);
        if (at) return at;
      }
  }
  const tip = course[course.length - 1];
  const at = nearestPointOnLine(edge, tip).geometry.coordinates;
  const off = geodesicDistanceM(tip, at);
  if (off > EXIT_TOLERANCE_M) throw new Error(`ends ${Math.round(off)} m inside the boundary`);
  return at;
}

function buildExits(boundary: PlanFeature, lines: readonly PlanFeature[]): PlanFeature[] {
  const edge = boundaryLines(boundary);
  return EXITS.map(({ line, end, to }) => {
    const f = lines.find((l) => l.properties.id === line);
    if (f?.geometry.type !== 'LineString') throw new Error(`${line}: no such line`);
    const course = end === 'start' ? [...f.geometry.coordinates].reverse() : f.geometry.coordinates;
    let at: Position;
    try {
      at = exitPoint(course, edge);
    } catch (e) {
      throw new Error(`${line} (${end}): ${(e as Error).message}`);
    }
    const properties = featurePropertiesSchema.parse({
      id: `exit-${line}-${end}`,
      layer: 'line-exits',
      kind: 'line-exit',
      name_zh: `→ ${to.zh}`,
      name_en: `→ ${to.en}`,
      status: f.properties.status,
      figures: [],
      plan_ref: f.properties.plan_ref,
      geometry_accuracy: 'indicative',
      source: 'public-knowledge',
      parent_id: line,
    });
    const point: GeoJSON.Point = { type: 'Point', coordinates: at.map((x) => Math.round(x * 1e6) / 1e6) };
    return { type: 'Feature', geometry: point, properties };
  });
}

const REGIONAL_SECTION = '第一节 打造区域性综合交通物流枢纽';

/** The destinations beyond the district, at approximate WGS84 positions of public maps. */
const DESTINATIONS = [
  {
    id: 'destination-chongqing-jiefangbei',
    kind: 'city-centre',
    zh: '重庆主城（解放碑）',
    en: 'Central Chongqing (Jiefangbei)',
    at: [106.5768, 29.558],
    ref: {
      chapter: '第五章',
      section: REGIONAL_SECTION,
      quote: '强化永川与重庆主城、周边区县之间的联系',
      quote_en: 'strengthen the links between Yongchuan, central Chongqing and the surrounding districts',
    },
  },
  {
    id: 'destination-chengdu',
    kind: 'city-centre',
    zh: '成都（天府广场）',
    en: 'Chengdu (Tianfu Square)',
    at: [104.0657, 30.6596],
    ref: {
      chapter: '第七章',
      quote: '加大成都、重庆中心城区制造业、专业市场、物流基地及医疗教育等产业转移',
      quote_en:
        'take in more of the manufacturing, wholesale markets, logistics bases, medicine and education moving out of central Chengdu and Chongqing',
    },
  },
  {
    id: 'destination-ckg',
    kind: 'international-airport',
    zh: '重庆江北国际机场（CKG）',
    en: 'Chongqing Jiangbei International Airport (CKG)',
    at: [106.6411, 29.7197],
    ref: {
      chapter: '第五章',
      section: REGIONAL_SECTION,
      quote: '强化港口、机场、铁路枢纽等配套的公路连接线建设',
      quote_en: 'build more road links serving ports, airports and rail hubs',
    },
  },
  {
    id: 'destination-tfu',
    kind: 'international-airport',
    zh: '成都天府国际机场（TFU）',
    en: 'Chengdu Tianfu International Airport (TFU)',
    at: [104.4458, 30.3197],
    ref: {
      chapter: '第五章',
      section: REGIONAL_SECTION,
      quote: '强化港口、机场、铁路枢纽等配套的公路连接线建设',
      quote_en: 'build more road links serving ports, airports and rail hubs',
    },
  },
  {
    id: 'destination-luzhou-port',
    kind: 'port',
    zh: '泸州港',
    en: 'Port of Luzhou',
    at: [105.4905, 28.9047],
    ref: {
      chapter: '第五章',
      section: REGIONAL_SECTION,
      quote: '实现永川港、泸州港协同发展',
      quote_en: 'develop the ports of Yongchuan and Luzhou in concert',
    },
  },
] as const;

/** Kilometres to one decimal below 100 km, whole kilometres above. */
export function roundKm(m: number): string {
  const km = m / 1000;
  return km < 100 ? km.toFixed(1) : km.toFixed(0);
}

function buildDestinations(centre: PlanFeature): PlanFeature[] {
  if (centre.geometry.type !== 'Point') throw new Error(`${DISTRICT_CENTRE_ID} is not a point`);
  const from = centre.geometry.coordinates;
  return DESTINATIONS.map((d) => {
    const km = roundKm(geodesicDistanceM(from, [...d.at]));
    const properties = featurePropertiesSchema.parse({
      id: d.id,
      layer: 'destinations',
      kind: d.kind,
      name_zh: d.zh,
      name_en: d.en,
      status: 'existing',
      role_zh: `距永川老城中心直线 ${km} 公里`,
      role_en: `${km} km in a straight line from Yongchuan's Old City Centre`,
      figures: [],
      plan_ref: withParagraph(d.ref),
      geometry_accuracy: 'approximate',
      source: 'public-knowledge',
    });
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [...d.at] }, properties };
  });
}

function write(name: string, features: PlanFeature[]): void {
  const text = JSON.stringify({ type: 'FeatureCollection', features }, null, 2).replace(
    /\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g,
    '[$1, $2]',
  );
  writeFileSync(join(ROOT, 'geodata', `${name}.geojson`), `${text}\n`);
  console.log(`wrote geodata/${name}.geojson (${features.length} features)`);
}

const boundary = load('district-boundary').features[0];
const lines = ['rail-lines', 'expressways', 'rivers'].flatMap((n) => load(n).features);
const centre = load('urban-structure').features.find((f) => f.properties.id === DISTRICT_CENTRE_ID);
if (!centre) throw new Error(`${DISTRICT_CENTRE_ID} not found in urban-structure.geojson`);
write('line-exits', buildExits(boundary, lines));
write('destinations', buildDestinations(centre));
