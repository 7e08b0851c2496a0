/**
 * Builds two layers from the 16 镇 seats in geodata/townships.geojson:
 * - geodata/town-roles.geojson: each town's leading direction (专栏13) and the 专栏11 lines that name it;
 * - geodata/delivery-stations.geojson: the "N" 乡镇物流配送站点 of 专栏4, which the plan does not list,
 *   placed one per town at its seat (indicative).
 *
 * Roles and specialities come from scripts/geodata/town-roles.source.json; seat points and NBS codes
 * from the townships layer. Every Chinese text is checked to be verbatim in the plan text (geodata/plan/).
 *
 * Run: npx tsx scripts/geodata/build-town-roles.ts (after build-townships.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  featurePropertiesSchema,
  type PlanFeature,
  type PlanFeatureCollection,
} from '../../src/data/schema.ts';
import { readPlanText, withParagraph } from '../plan/plan-files.ts';

const here = dirname(new URL(import.meta.url).pathname);
const root = join(here, '..', '..');

interface TownSource {
  name_zh: string;
  slug: string;
  name_en: string;
  cluster_id?: string;
  role_zh: string;
  role_en: string;
}
interface Source {
  towns: TownSource[];
  specialities: { zh: string; en: string }[];
}

const BOX13 = { chapter: '第八章', section: '第四节 推动小城镇特色化发展', box: '专栏13' } as const;
const BOX4 = { chapter: '第三章', box: '专栏4' } as const;

const STATION_REF = withParagraph({
  ...BOX4,
  quote: '乡镇物流配送站点：提供仓储配送、运输组织、快递收寄、电商服务、信息采集等基本功能服务',
  quote_en:
    'Town logistics delivery stations: provide basic services such as warehousing and delivery, transport organisation, parcel collection and delivery, e-commerce services and information gathering',
});
const STATION_FUNCTIONS = [
  { zh: '仓储配送', en: 'warehousing and delivery' },
  { zh: '运输组织', en: 'transport organisation' },
  { zh: '快递收寄', en: 'parcel collection and delivery' },
  { zh: '电商服务', en: 'e-commerce services' },
  { zh: '信息采集', en: 'information gathering' },
];

function formatGeoJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
}

function main(): void {
  const source: Source = JSON.parse(readFileSync(join(here, 'town-roles.source.json'), 'utf8'));
  const townships: PlanFeatureCollection = JSON.parse(
    readFileSync(join(root, 'geodata', 'townships.geojson'), 'utf8'),
  );
  const seats = new Map(townships.features.map((f) => [f.properties.name_zh, f]));
  if (source.towns.length !== 16) throw new Error(`expected 16 towns, got ${source.towns.length}`);

  const roles: PlanFeature[] = [];
  const stations: PlanFeature[] = [];
  for (const town of source.towns) {
    const seat = seats.get(town.name_zh);
    if (seat?.geometry.type !== 'Point') throw new Error(`no seat point for ${town.name_zh}`);
    if (seat.properties.kind !== 'town') throw new Error(`${town.name_zh} is not a 镇 in townships`);
    const short = town.name_zh.replace(/镇$/, '');
    const specialities = source.specialities.filter((s) => s.zh.includes(short));
    const roleProps = featurePropertiesSchema.parse({
      id: `town-role-${town.slug}`,
      layer: 'town-roles',
      kind: 'town',
      name_zh: town.name_zh,
      name_en: town.name_en,
      status: 'existing',
      role_zh: town.role_zh,
      role_en: town.role_en,
      figures: [],
      plan_ref: withParagraph({
        ...BOX13,
        quote: `${town.name_zh}：${town.role_zh}`,
        quote_en: `${town.name_en}: ${town.role_en}`,
      }),
      geometry_accuracy: seat.properties.geometry_accuracy,
      source: seat.properties.source,
      parent_id: town.cluster_id,
      specialities: specialities.length ? specialities : undefined,
      code: seat.properties.code,
    });
    roles.push({ type: 'Feature', id: roleProps.id, geometry: seat.geometry, properties: roleProps });

    const stationProps = featurePropertiesSchema.parse({
      id: `delivery-station-${town.slug}`,
      layer: 'delivery-stations',
      kind: 'delivery-station',
      name_zh: `${town.name_zh}物流配送站点`,
      name_en: `${town.name_en} logistics delivery station`,
      status: 'planned',
      role_zh: '以N个乡镇物流配送站点为配套',
      role_en:
        'One of the “N” town delivery stations of the “1+4+N” layout. The plan gives N unnamed stations; one per town at its seat is an indicative placement.',
      figures: [],
      plan_ref: STATION_REF,
      geometry_accuracy: 'indicative',
      source: seat.properties.source,
      parent_id: seat.properties.id,
      functions: STATION_FUNCTIONS,
    });
    stations.push({
      type: 'Feature',
      id: stationProps.id,
      geometry: seat.geometry,
      properties: stationProps,
    });
  }

  // The quotes are verbatim by construction (withParagraph); the other Chinese texts are checked here.
  const plan = readPlanText();
  const texts = [
    ...roles.flatMap((f) => (f.properties.specialities ?? []).map((s) => s.zh)),
    '以N个乡镇物流配送站点为配套',
    ...STATION_FUNCTIONS.map((f) => f.zh),
  ];
  for (const t of texts) if (!plan.includes(t)) throw new Error(`not verbatim in the plan: ${t}`);

  writeFileSync(
    join(root, 'geodata', 'town-roles.geojson'),
    formatGeoJson({ type: 'FeatureCollection', features: roles }),
  );
  writeFileSync(
    join(root, 'geodata', 'delivery-stations.geojson'),
    formatGeoJson({ type: 'FeatureCollection', features: stations }),
  );
  for (const f of roles)
    console.log(
      `${f.properties.code} ${f.properties.name_zh}: ${f.properties.specialities?.length ?? 0} 专栏11 lines`,
    );
  console.log(
    `wrote geodata/town-roles.geojson (${roles.length}) and geodata/delivery-stations.geojson (${stations.length})`,
  );
}

main();
