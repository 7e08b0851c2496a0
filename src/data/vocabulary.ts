/**
 * The closed vocabularies of the plan data: layers, statuses, units, industries. They live
 * apart from the zod schema (which builds its enums from them) so that the app can use
 * them without bundling the validator.
 */
export const LAYER_IDS = [
  'district-boundary',
  'townships',
  'rivers',
  'eco-frame',
  'urban-structure',
  'expansion-zones',
  'eco-tech-city',
  'eco-tech-city-structure',
  'industrial-parks',
  'industry-subparks',
  'logistics-nodes',
  'delivery-stations',
  'rail-lines',
  'rail-stations',
  'expressways',
  'trunk-roads',
  'waterway-port',
  'airports',
  'town-roles',
  'tourism',
  'vocational-base',
] as const;

export const STATUSES = ['existing', 'under_construction', 'planned', 'proposed'] as const;

export const GEOMETRY_ACCURACIES = ['surveyed', 'approximate', 'indicative'] as const;

/**
 * Units the plan uses. Chinese counting units stay explicit (亿元, 万人, 万吨) rather than
 * being multiplied out, so a figure reads exactly as the plan wrote it.
 */
export const UNITS = [
  'km2', // 平方公里
  'ha', // 公顷
  'wan_m2', // 万平方米
  'wan_mu', // 万亩
  'yi_yuan', // 亿元
  'wan_yuan', // 万元
  'yi_usd', // 亿美元
  'wan_people', // 万人
  'people', // 人
  'wan_tonnes', // 万吨
  'tonnes', // 吨
  'dwt_tonnes', // 吨级 (ship or berth class)
  'count', // 个 / 家 / 所 / 座
  'percent', // %
  'km', // 公里
  'minutes', // 分钟
  'wan_head', // 万头
  'yi_bags', // 亿袋
] as const;

/** What a figure says about its subject: a target, the starting value, land planned, a capacity. */
export const FIGURE_KINDS = ['target', 'baseline', 'planned', 'capacity', 'scope'] as const;

/** The six clusters (and the digital economy) of 第三章第一节; parks and sub-parks name the ones they host. */
export const INDUSTRY_IDS = [
  'auto-moto',
  'smart-equipment',
  'consumer-goods',
  'electronics',
  'advanced-materials',
  'health',
  'digital-economy',
  'logistics',
  'producer-services',
  'chemicals',
  'food',
] as const;

export type LayerId = (typeof LAYER_IDS)[number];
export type Status = (typeof STATUSES)[number];
export type GeometryAccuracy = (typeof GEOMETRY_ACCURACIES)[number];
export type Unit = (typeof UNITS)[number];
export type IndustryId = (typeof INDUSTRY_IDS)[number];
