/**
 * The one schema for plan feature properties. The validator (src/data/validate.ts)
 * checks data against it and the app's TypeScript types are inferred from it, so the
 * two cannot drift apart.
 */
import { z } from 'zod';

// zod would otherwise probe for `new Function`, which a strict Content-Security-Policy refuses
// (and reports) wherever the validator runs under one.
z.config({ jitless: true });

import {
  FIGURE_KINDS,
  GEOMETRY_ACCURACIES,
  ID_PATTERN,
  INDUSTRY_IDS,
  LAYER_IDS,
  LOCATION_LEVELS,
  PARAGRAPH_ID_PATTERN,
  QUALIFIERS,
  RELATION_KINDS,
  STATUSES,
  THEMES,
  UNITS,
} from './vocabulary.ts';

export * from './vocabulary.ts';

/** Every layer the atlas knows; a GeoJSON file in geodata/ is named `<layer>.geojson`. */
export const layerIdSchema = z.enum(LAYER_IDS);

export const statusSchema = z.enum(STATUSES);

export const geometryAccuracySchema = z.enum(GEOMETRY_ACCURACIES);

export const unitSchema = z.enum(UNITS);

export const figureKindSchema = z.enum(FIGURE_KINDS);

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const kebabId = z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, -)');
const year = z.number().int().min(1990).max(2050);

export const figureSchema = z.strictObject({
  /** Stable machine key, e.g. `expansion_area`, `output_target`, `land_2025`. */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case'),
  label_zh: nonEmpty,
  label_en: nonEmpty,
  value: z.number().finite().positive(),
  unit: unitSchema,
  kind: figureKindSchema,
  /** The year the figure refers to (2020 baseline, 2025 target, 2035 vision). */
  year: year.optional(),
  /** Marks the one area figure that this feature's polygon is drawn to and measured against. */
  area_target: z.literal(true).optional(),
  /** The plan's own qualifier on the number (约10平方公里 is `about`), shown with it. */
  qualifier: z.enum(QUALIFIERS).optional(),
});
export type Figure = z.infer<typeof figureSchema>;

export const paragraphIdSchema = z
  .string()
  .regex(PARAGRAPH_ID_PATTERN, 'must be a paragraph id of geodata/plan/plan.json, like c2-s2-p3');

export const planRefSchema = z.strictObject({
  /** e.g. `第二章`. */
  chapter: z.string().regex(/^第[一二三四五六七八九十]+章$/, 'must look like 第二章'),
  /** e.g. `第二节 优化主城区规划布局`. */
  section: z
    .string()
    .regex(/^第[一二三四五六七八九十]+节/, 'must start like 第二节')
    .optional(),
  /** e.g. `专栏1`. */
  box: z
    .string()
    .regex(/^(专栏\d+|表\d)$/, 'must look like 专栏1 or 表2')
    .optional(),
  /** The paragraph the quote stands in; `npm run plan:attach` fills it in from the quote. */
  paragraph: paragraphIdSchema,
  /** The plan's own words that the figures come from, verbatim within `paragraph`. */
  quote: nonEmpty,
  /** A faithful English rendering of the quote. */
  quote_en: nonEmpty.optional(),
});
export type PlanRef = z.infer<typeof planRefSchema>;

export const industryIdSchema = z.enum(INDUSTRY_IDS);

const bilingualList = z.array(z.strictObject({ zh: nonEmpty, en: nonEmpty }));

export const featurePropertiesSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, -)'),
  layer: layerIdSchema,
  /** What the feature is within its layer, e.g. `expansion-zone`, `logistics-hub`, `rail-line`. */
  kind: z.string().regex(ID_PATTERN, 'must be kebab-case'),
  name_zh: nonEmpty,
  name_en: nonEmpty,
  status: statusSchema,
  target_year: year.optional(),
  role_zh: nonEmpty.optional(),
  role_en: nonEmpty.optional(),
  /** Every figure the plan gives for this feature. */
  figures: z.array(figureSchema),
  plan_ref: planRefSchema,
  geometry_accuracy: geometryAccuracySchema,
  /** Id of an entry in geodata/sources.json, for anything derived from outside data. */
  source: z.string().regex(ID_PATTERN, 'must be a source id').optional(),
  /** The feature this one sits in or belongs to (a sub-park's host park, a town's 组团). */
  parent_id: z.string().optional(),
  /** Industries hosted, for parks and sub-parks. */
  industries: z.array(industryIdSchema).optional(),
  /** Functions or specialities as the plan lists them, in both languages. */
  functions: bilingualList.optional(),
  /** Agricultural specialities (专栏11), for town roles. */
  specialities: bilingualList.optional(),
  /**
   * For geometry_accuracy `town`: the township (an id in townships.geojson) the plan names; the
   * feature stands at its seat.
   */
  town_id: kebabId.optional(),
  /** Official NBS 统计用区划代码 where the feature is an administrative unit. */
  code: z
    .string()
    .regex(/^\d{6}(\d{6})?$/, 'must be a 6- or 12-digit NBS code')
    .optional(),
});
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;

export type PlanGeometry =
  | GeoJSON.Point
  | GeoJSON.MultiPoint
  | GeoJSON.LineString
  | GeoJSON.MultiLineString
  | GeoJSON.Polygon
  | GeoJSON.MultiPolygon;
export type PlanFeature = GeoJSON.Feature<PlanGeometry, FeatureProperties>;
export type PlanFeatureCollection = GeoJSON.FeatureCollection<PlanGeometry, FeatureProperties>;

/** The industry clusters of 第三章第一节 (geodata/industry-clusters.json). */
export const industryClusterSchema = z.strictObject({
  id: industryIdSchema,
  name_zh: nonEmpty,
  name_en: nonEmpty,
  figures: z.array(figureSchema),
  /** Focus fields as the plan lists them. */
  functions: bilingualList.optional(),
  plan_ref: planRefSchema,
});
export type IndustryCluster = z.infer<typeof industryClusterSchema>;
export const industryClustersFileSchema = z.array(industryClusterSchema).min(1);

/** A cell of the plan's indicator tables: the plan's text, and the number it holds where it holds one. */
export const indicatorValueSchema = z.strictObject({
  text: nonEmpty,
  value: z.number().finite().optional(),
  /** `*` marks a five-year annual average, 【】 a five-year cumulative figure (表2 备注). */
  basis: z.enum(['annual_average', 'five_year_cumulative']).optional(),
  comparator: z.enum(['>', '>=', '<', '<=']).optional(),
});

/** Where the plan says something that another place of it contradicts, each side quoted verbatim. */
export const indicatorDiscrepancySchema = z.strictObject({
  zh: nonEmpty,
  en: nonEmpty,
  evidence: z.array(z.strictObject({ paragraph: paragraphIdSchema, quote: nonEmpty })).min(2),
});

export const indicatorRowSchema = z.strictObject({
  /** 序号 as printed; sub-rows (#) carry their parent's number plus a letter. */
  no: nonEmpty,
  /** The stable id a progress file names the indicator by; every row of 表2 has one. */
  id: kebabId.optional(),
  group_zh: nonEmpty.optional(),
  group_en: nonEmpty.optional(),
  name_zh: nonEmpty,
  name_en: nonEmpty,
  /** Unit as printed in the indicator name, e.g. `%`, `万元/人·年`. */
  unit: z.string().optional(),
  attribute: z.enum(['预期性', '约束性']).optional(),
  /** Keyed by the table's column keys. */
  values: z.record(z.string(), indicatorValueSchema),
  /** The row in the plan text, e.g. `table2-r12`. */
  paragraph: paragraphIdSchema,
  /** The indicator's side on the map: a feature to select and the layers to show. */
  map: z.strictObject({ feature: kebabId.optional(), layers: z.array(layerIdSchema).min(1) }).optional(),
  /** The plan's own inconsistencies about this indicator, shown beside it, never smoothed over. */
  discrepancies: z.array(indicatorDiscrepancySchema).optional(),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorTableSchema = z.strictObject({
  id: z.string().regex(/^table-\d$/),
  title_zh: nonEmpty,
  title_en: nonEmpty,
  columns: z.array(z.strictObject({ key: nonEmpty, label_zh: nonEmpty, label_en: nonEmpty })).min(1),
  rows: z.array(indicatorRowSchema).min(1),
  notes_zh: z.array(nonEmpty).optional(),
  notes_en: z.array(nonEmpty).optional(),
  plan_ref: planRefSchema,
});
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;
export const indicatorsFileSchema = z.array(indicatorTableSchema).min(1);

/** Outside data the geodata derives from, with its licence (geodata/sources.json). */
export const sourceSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  name: nonEmpty,
  licence: nonEmpty,
  attribution: nonEmpty,
  /** The short credit the map's attribution line shows, for sources whose data is on the map. */
  credit: nonEmpty.optional(),
  url: z.string().url().optional(),
  used_for_zh: nonEmpty,
  used_for_en: nonEmpty,
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema).min(1);

/**
 * Words people search for that no name holds (geodata/search-aliases.json): 高铁站, HSR,
 * 火车站, "Phoenix Lake". A query equal to one of the `terms` finds the `features` listed, and
 * whatever a search for one of the `names` finds.
 */
export const searchAliasSchema = z.strictObject({
  id: kebabId,
  terms: z.array(nonEmpty).min(1),
  features: z.array(kebabId).optional(),
  names: z.array(nonEmpty).optional(),
});
export type SearchAlias = z.infer<typeof searchAliasSchema>;
export const searchAliasesFileSchema = z.array(searchAliasSchema).min(1);

/** The kiosk's attract tour (geodata/tour.json): steps through the plan's geography. */
const bilingual = z.strictObject({ zh: nonEmpty, en: nonEmpty });
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const tourCameraSchema = z.union([
  /** A fixed view. */
  z.strictObject({
    center: lonLat,
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-180).max(180).optional(),
    pitch: z.number().min(0).max(60).optional(),
  }),
  /** Fit the step's features in view. */
  z.strictObject({
    fit: z.literal(true),
    max_zoom: z.number().min(0).max(22).optional(),
    bearing: z.number().min(-180).max(180).optional(),
    pitch: z.number().min(0).max(60).optional(),
  }),
]);
export const tourStepSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'must be kebab-case'),
  title: bilingual,
  caption: bilingual,
  camera: tourCameraSchema,
  /** Feature ids the step is about; the first opens its info panel, the others are highlighted. */
  features: z.array(z.string().min(1)).optional(),
  /** Layers shown on top of the home layers during this step. */
  layers: z.array(layerIdSchema).optional(),
  /** The plan paragraphs the caption draws on; empty for a step whose caption is not from the plan. */
  paragraphs: z.array(paragraphIdSchema),
  duration_s: z.number().min(3).max(120),
});
export type TourStep = z.infer<typeof tourStepSchema>;
export const tourFileSchema = z.strictObject({
  title: bilingual,
  steps: z.array(tourStepSchema).min(1),
});
export type TourFile = z.infer<typeof tourFileSchema>;

/**
 * The plan text as structured data (geodata/plan/plan.json), made by scripts/plan/parse-plan.ts from
 * geodata/plan/yongchuan-14th-five-year-plan.txt. `toc` lists every heading in reading order (the
 * preface, chapters, sections, sub-headings, 专栏 and tables), `paragraphs` every source line of text in
 * reading order, verbatim but for Word's `[bookmark: …]` artefacts and surrounding whitespace.
 */
export const PLAN_TOC_KINDS = ['preface', 'chapter', 'section', 'subheading', 'box', 'table'] as const;
const tocId = z.string().regex(/^(pre|c\d+(-s\d+(-h\d+)?)?|box\d+|table\d+)$/, 'must be a toc id like c2-s1');
export const planTocNodeSchema = z.strictObject({
  id: tocId,
  kind: z.enum(PLAN_TOC_KINDS),
  /** As printed (`第二章`, `第一节`, `（一）`, `专栏4`, `表2`); for a lost heading, inferred from its position; null for the preface. */
  label_zh: nonEmpty.nullable(),
  /** As printed, a title wrapped over two lines joined into one; null where the source has none. */
  title_zh: nonEmpty.nullable(),
  /** The source has lost this heading: the node's start is inferred from the layout (note_zh/note_en say how). */
  heading_missing: z.literal(true).optional(),
  note_zh: nonEmpty.optional(),
  note_en: nonEmpty.optional(),
  /** The node this one stands in (a section's chapter, a box's section, …); none for chapters and the preface. */
  parent: tocId.optional(),
  /** 1-based line of the heading in the source text (of the node's first line where the heading is lost). */
  line: z.number().int().positive(),
  /** The paragraphs directly in this node, in reading order (a box's lines are the box's, not its section's). */
  paragraphs: z.array(paragraphIdSchema),
});
export type PlanTocNode = z.infer<typeof planTocNodeSchema>;

export const planParagraphSchema = z.strictObject({
  id: paragraphIdSchema,
  /** The toc ids of what the paragraph stands in; no chapter in the preface. */
  chapter: tocId.optional(),
  section: tocId.optional(),
  subheading: tocId.optional(),
  box: tocId.optional(),
  table: tocId.optional(),
  /** 1-based line of the paragraph in the source text (a table row's first line). */
  line: z.number().int().positive(),
  /** The line's text, verbatim; a table row's cells joined by ` | `. */
  text: z.string().min(1, 'must not be empty'),
  /** A table row's cells, each verbatim (a cell wrapped over two lines joined without a separator). */
  cells: z.array(z.string()).optional(),
});
export type PlanParagraph = z.infer<typeof planParagraphSchema>;

export const planDocumentSchema = z.strictObject({
  title_zh: nonEmpty,
  /** Id of the plan text's entry in geodata/sources.json. */
  source: z.string().regex(ID_PATTERN, 'must be a source id'),
  /** The text file the document is parsed from, next to plan.json. */
  source_file: nonEmpty,
  toc: z.array(planTocNodeSchema).min(1),
  paragraphs: z.array(planParagraphSchema).min(1),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

/**
 * One located commitment of the plan (geodata/commitments.json): a named zone, base, park,
 * corridor, facility or project tied to a place, with where it stands on the map.
 */
export const commitmentSchema = z.strictObject({
  id: kebabId,
  name_zh: nonEmpty,
  name_en: nonEmpty,
  theme: z.enum(THEMES),
  plan_ref: planRefSchema,
  /** Every figure the plan gives for it, typed, with unit, year and qualifier. */
  figures: z.array(figureSchema),
  status: statusSchema,
  target_year: year.optional(),
  location: z.enum(LOCATION_LEVELS),
  /** The features that place it: one or more for `mapped` and `town`, none otherwise. */
  features: z.array(kebabId),
  /** Why it is placed as it is; required for `not-located`. */
  note: bilingual.optional(),
});
export type Commitment = z.infer<typeof commitmentSchema>;
export const commitmentsFileSchema = z.strictObject({ commitments: z.array(commitmentSchema).min(1) });
export type CommitmentsFile = z.infer<typeof commitmentsFileSchema>;

/**
 * A spatial relation the plan states or implies between two features (geodata/relations.json),
 * checked by the validator against the geometry.
 */
export const relationSchema = z.strictObject({
  kind: z.enum(RELATION_KINDS),
  a: kebabId,
  b: kebabId,
  /**
   * How much a check may miss by: for within / contains / crosses the share (0–1) of a's area
   * or length that may fall outside (default 0.02); for disjoint the overlap in km² (default
   * 0.01); for on-line the distance in metres (default 150).
   */
  tolerance: z.number().nonnegative().optional(),
  plan_ref: planRefSchema,
  note: bilingual.optional(),
});
export type Relation = z.infer<typeof relationSchema>;
export const relationsFileSchema = z.strictObject({ relations: z.array(relationSchema).min(1) });
export type RelationsFile = z.infer<typeof relationsFileSchema>;
