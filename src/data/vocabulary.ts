/**
 * The closed vocabularies of the plan data: layers, statuses, units, industries. They live
 * apart from the zod schema (which builds its enums from them) so that the app can use
 * them without bundling the validator.
 */
/** Every id in the data (features, commitments, sources, tour steps): kebab-case, a-z and 0-9. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A paragraph of the plan text (geodata/plan/plan.json, made by scripts/plan/parse-plan.ts): `pre-p1`
 * before 第一章; `c2-p1` in a chapter before its first section; `c2-s2-p3` in a section; `box4-p2` in
 * 专栏4; `table1-r6a` a row of 表1 (序号 as printed, a sub-row its parent's number and a letter),
 * `table2-g1` a group row (一, 二, …), `table1-title`, `table1-head`, `table1-note` its caption, header
 * and 备注.
 */
export const PARAGRAPH_ID_PATTERN =
  /^(pre-p\d+|c\d+(-s\d+)?-p\d+|box\d+-p\d+|table\d+-(title|head|note|r\d+[a-z]?|g\d+))$/;

export const LAYER_IDS = [
  'district-boundary',
  // Context beyond the boundary: the districts and counties around it
  'neighbours',
  'line-exits',
  'destinations',
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
  // 第七、八章: regional cooperation, farming bases and projects, rural demonstration areas
  'agriculture-bases',
  'agriculture-projects',
  'rural-demonstration',
  'regional-cooperation',
  // 第二章第五节, 第五章第二、三节, 第十二章: lakes and parks, protected areas, environmental, water and energy works
  'city-lakes',
  'city-parks',
  'protected-areas',
  'environment-works',
  'water-works',
  'energy',
  // 第十一、十三至十七章: culture and tourism, education, health, sport, society, safety
  'culture-tourism',
  'education',
  'health',
  'sport',
  'social-services',
  'public-safety',
  // 第二至六、十章: the high-tech zone, open platforms, commerce, innovation, park and city projects, roads and transport
  'high-tech-zone',
  'open-platforms',
  'commerce',
  'innovation',
  'park-infrastructure',
  'city-projects',
  'road-projects',
  'transport-projects',
] as const;

/** Layers of context from outside data, not plan commitments: no commitment needs to name them. */
export const CONTEXT_LAYERS: readonly (typeof LAYER_IDS)[number][] = [
  'district-boundary',
  'townships',
  'neighbours',
  'line-exits',
  'destinations',
];

/** Layers whose map labels draw the feature's role under its name (the distance of a destination). */
export const ROLE_LABEL_LAYERS: readonly (typeof LAYER_IDS)[number][] = ['destinations'];

/** Layers whose features lie beyond the district by nature: the validator does not hold them to its boundary. */
export const BEYOND_DISTRICT_LAYERS: readonly (typeof LAYER_IDS)[number][] = [
  'district-boundary',
  'neighbours',
  'destinations',
];

export const STATUSES = ['existing', 'under_construction', 'planned', 'proposed'] as const;

/**
 * How far a feature's geometry can be trusted: `surveyed` (from survey data), `approximate` (a
 * known position from public maps, tens to hundreds of metres), `indicative` (示意: drawn from
 * the plan's words, not a boundary) and `town` (the plan names only a town or 街道: the feature
 * stands at that township's seat, `town_id`, and says nothing about where in the town it is).
 */
export const GEOMETRY_ACCURACIES = ['surveyed', 'approximate', 'indicative', 'town'] as const;

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
  'mu', // 亩
  'kv', // 千伏 (kV), a substation's or line's voltage class
  'mva', // 兆伏安 (MVA), a transformer's capacity
  'wan_kw', // 万千瓦
  'wan_m3', // 万立方米, a reservoir's storage
  'wan_tonnes_per_day', // 万吨/日, a water or sewage works' capacity
  'm', // 米
  'beds', // 张床位
  'wan_mu_times', // 万亩次, area worked summed over operations (farm mechanisation)
  'wan_count', // 万个 / 万座 (e.g. 4.2万座 rural toilets)
  'wan_tonnes_per_year', // 万吨/年, a waste works' yearly capacity
  'wan_visits', // 万人次, visitor numbers
] as const;

/**
 * The plan's own qualifiers on a figure, kept so that the app shows them: 约 (about), 超过 /
 * 以上 (more than), 不低于 / 不少于 (at least), 低于 (less than), 不超过 / 以内 (at most),
 * 近 (nearly).
 */
export const QUALIFIERS = ['about', 'more_than', 'at_least', 'less_than', 'at_most', 'nearly'] as const;

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

/**
 * The themes of the register of located commitments (geodata/commitments.json), in the plan's
 * order of chapters: each commitment has one.
 */
export const THEMES = [
  'urban', // 第二章: city space, expansion, urban renewal (专栏1–3)
  'industry', // 第三章: clusters, parks, park infrastructure (专栏5)
  'logistics', // 第三章: “1+4+N” (专栏4)
  'innovation', // 第四章 (专栏6–7)
  'transport', // 第五章第一节 (专栏8)
  'water', // 第五章第二节 (专栏9)
  'energy', // 第五章第三节 (专栏10)
  'digital', // 第五章第四节: new infrastructure
  'commerce', // 第六章: 商圈, markets, consumption
  'regional', // 第七章: 成渝 and 主城都市区 integration
  'agriculture', // 第八章 (专栏11–12)
  'rural', // 第八章: villages, rural living
  'towns', // 第八章第四节 (专栏13)
  'opening', // 第十章: ports, customs, bonded and open platforms
  'culture-tourism', // 第十一章 (专栏14)
  'ecology', // 第十二章 (专栏15)
  'education', // 第十三章 (专栏16–17)
  'health', // 第十四章 (专栏18)
  'social', // 第十五章 (专栏19–20)
  'governance', // 第十六章 (专栏21)
  'safety', // 第十七章 (专栏22–23)
] as const;

/**
 * Where a commitment stands on the map: `mapped` (its own features, drawn where it is, at any
 * geometry accuracy but `town`), `town` (the plan names only a town or 街道: its features stand
 * at that town, with geometry accuracy `town`), `district` (it applies to the whole district, or
 * to no single place: no feature) and `not-located` (the plan gives no place that can honestly be
 * mapped: no feature, and a note says why).
 */
export const LOCATION_LEVELS = ['mapped', 'town', 'district', 'not-located'] as const;

/**
 * The plan's spatial relations between features (geodata/relations.json), checked by the
 * validator: `within` (a lies inside b), `contains` (b lies inside a), `disjoint` (a and b do not
 * overlap), `on-line` (point a lies on line b), `crosses` (line a passes through area b).
 */
export const RELATION_KINDS = ['within', 'contains', 'disjoint', 'on-line', 'crosses'] as const;

export type LayerId = (typeof LAYER_IDS)[number];
export type Theme = (typeof THEMES)[number];
export type LocationLevel = (typeof LOCATION_LEVELS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type GeometryAccuracy = (typeof GEOMETRY_ACCURACIES)[number];
export type Unit = (typeof UNITS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type IndustryId = (typeof INDUSTRY_IDS)[number];
