/**
 * Feature collections: validates a plan data file or a user's import as a whole (structure,
 * geometry, inside the district, plan properties, unique ids, the file's layer) and resolves
 * `parent_id` and `source` references once every file is read.
 */
import gjv from 'geojson-validation';
import { msg } from '../../i18n/i18n.ts';
import { BEYOND_DISTRICT_LAYERS, featurePropertiesSchema, LAYER_IDS, type LayerId } from '../schema.ts';
import { checkInside, DEFAULT_TOLERANCE_M, indexBoundary } from './district.ts';
import { checkGeometry, type Shapes } from './geometry.ts';
import {
  describeValue,
  formatPath,
  isRecord,
  type Seg,
  Sink,
  suggestion,
  type ValidationIssue,
  valueMsg,
} from './issues.ts';
import { checkPlanRef, type PlanIndex } from './plan-text.ts';
import { checkDrawableProperties } from './properties.ts';
import { describeZodIssues } from './zod-messages.ts';

/** A `parent_id` or `source` that can only be resolved once every file is read. */
export interface Reference {
  kind: 'parent_id' | 'source';
  target: string;
  file: string;
  featureIndex: number;
  featureId?: string;
  path: string;
}

export interface ValidationContext {
  /** The district outline; without it the inside-the-district checks are skipped. */
  boundary?: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  /** Ids seen so far, across files. Filled in as features are validated. */
  seenIds?: Map<string, { file: string; index: number }>;
  /** The layer every feature must carry (from the file name `<layer>.geojson`). */
  expectedLayer?: LayerId;
  /** How far (m) a point or vertex may lie outside the boundary; default 300. */
  toleranceM?: number;
  /**
   * When given, `parent_id` and `source` references are collected here, to be checked by
   * `checkReferences` once every file is read (a parent may sit in a later file). When
   * absent, references are not checked.
   */
  references?: Reference[];
  /**
   * The plan text (`indexPlan` of geodata/plan/plan.json). When given, every plan_ref's paragraph
   * must be in it and hold the quote verbatim; without it (the browser does not load the plan),
   * plan_refs are checked against the schema only.
   */
  plan?: PlanIndex;
}

/** The layer a file holds, from its name `<layer>.geojson`; undefined if the name is no layer id. */
export function layerFromFileName(file: string): LayerId | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  const m = /^(.+)\.geojson$/.exec(base);
  return m && (LAYER_IDS as readonly string[]).includes(m[1]) ? (m[1] as LayerId) : undefined;
}

/** Validates a plan data file (`geodata/<layer>.geojson`): structure, properties and domain. */
export function validateFeatureCollection(
  value: unknown,
  file: string,
  ctx: ValidationContext = {},
): ValidationIssue[] {
  return validateCollection(value, file, ctx, true);
}

/**
 * Validates GeoJSON a user imports: the same structure and geometry checks as plan data
 * (positions, rings, self-intersections, swapped axes; inside the district only when
 * `ctx.boundary` is given), but properties need only be an object: no schema, no ids, no
 * layer. A null geometry is valid GeoJSON (RFC 7946) but has nothing to draw, so it is an issue
 * here too, and GeometryCollections are checked part by part.
 */
export function validateUserCollection(
  value: unknown,
  file: string,
  ctx: ValidationContext = {},
): ValidationIssue[] {
  return validateCollection(value, file, ctx, false);
}

function validateCollection(
  value: unknown,
  file: string,
  ctx: ValidationContext,
  plan: boolean,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const top = new Sink(issues, file);
  if (!isRecord(value)) {
    top.add([], msg('validate.collection.notObject', { got: valueMsg(value) }));
    return issues;
  }
  if (value.type !== 'FeatureCollection') {
    top.add(
      ['type'],
      value.type === undefined
        ? msg('validate.collection.typeMissing')
        : msg('validate.collection.typeWrong', { got: valueMsg(value.type) }),
    );
  }
  const features = value.features;
  if (!Array.isArray(features)) {
    top.add(
      ['features'],
      features === undefined
        ? msg('validate.collection.featuresMissing')
        : msg('validate.collection.featuresWrong', { got: valueMsg(features) }),
    );
    return issues;
  }
  const seen = ctx.seenIds ?? new Map<string, { file: string; index: number }>();
  const boundary = ctx.boundary ? indexBoundary(ctx.boundary) : undefined;
  const toleranceM = ctx.toleranceM ?? DEFAULT_TOLERANCE_M;
  const pending: Reference[] = [];

  features.forEach((feature, i) => {
    const fs: Seg[] = ['features', i];
    const props = isRecord(feature) ? feature.properties : undefined;
    const id = isRecord(props) && typeof props.id === 'string' ? props.id : undefined;
    const sink = new Sink(issues, file, i, id);
    if (!isRecord(feature)) {
      sink.add(fs, msg('validate.feature.notObject', { got: valueMsg(feature) }));
      return;
    }
    if (feature.type !== 'Feature')
      sink.add(
        [...fs, 'type'],
        feature.type === undefined
          ? msg('validate.feature.typeMissing')
          : msg('validate.feature.typeWrong', { got: valueMsg(feature.type) }),
      );
    if (props === undefined) sink.add([...fs, 'properties'], msg('validate.feature.propertiesMissing'));
    else if (!isRecord(props) && (plan || props !== null))
      sink.add([...fs, 'properties'], msg('validate.feature.propertiesWrong', { got: valueMsg(props) }));
    if (isRecord(props))
      checkDrawableProperties(props, [...fs, 'properties'], sink, plan ? 'report' : 'ignore');

    const shapes: Shapes = { points: [], lines: [], polygons: [], types: new Set() };
    checkGeometry(feature.geometry, [...fs, 'geometry'], sink, shapes, plan);

    // Second opinion on the structure, for anything our walk does not look at (e.g. bbox).
    if (sink.count === 0) {
      let messages: string[] = [];
      try {
        messages = gjv.isFeature(feature, true);
      } catch {
        // It throws on empty rings, which our own walk reports.
      }
      for (const m of messages)
        sink.add(fs, msg('validate.feature.structure', { detail: m.replace(/^(at \d+: )+/, '') }));
    }

    const layer = isRecord(props) ? props.layer : undefined;
    const beyond = (id: unknown) => BEYOND_DISTRICT_LAYERS.some((l) => l === id);
    const exempt = beyond(ctx.expectedLayer) || beyond(layer);
    if (boundary && !exempt) checkInside(shapes, sink, boundary, toleranceM);

    if (plan && isRecord(props)) checkPlanProperties(props, fs, sink, ctx, seen, shapes, pending);
  });

  for (const r of pending) ctx.references?.push(r);
  return issues;
}

function checkPlanProperties(
  props: Record<string, unknown>,
  fs: Seg[],
  sink: Sink,
  ctx: ValidationContext,
  seen: Map<string, { file: string; index: number }>,
  shapes: Shapes,
  pending: Reference[],
): void {
  const ps: Seg[] = [...fs, 'properties'];
  const parsed = featurePropertiesSchema.safeParse(props);
  if (!parsed.success)
    for (const d of describeZodIssues(parsed.error.issues, props, featurePropertiesSchema))
      sink.add([...ps, ...(d.path as Seg[])], d.message);

  const { id, layer, parent_id, source } = props;
  const i = fs[1] as number;
  if (typeof id === 'string' && id !== '') {
    const first = seen.get(id);
    if (first)
      sink.add(
        [...ps, 'id'],
        `duplicate id ${JSON.stringify(id)} (first used by features[${first.index}] in ${first.file})`,
      );
    else seen.set(id, { file: sink.file, index: i });
  }
  if (
    ctx.expectedLayer &&
    typeof layer === 'string' &&
    layer !== ctx.expectedLayer &&
    (LAYER_IDS as readonly string[]).includes(layer)
  )
    sink.add(
      [...ps, 'layer'],
      `layer is ${JSON.stringify(layer)} but this file holds layer ${JSON.stringify(ctx.expectedLayer)}: move the feature to ${layer}.geojson or fix its layer`,
    );

  if (Array.isArray(props.figures)) {
    const targets: number[] = [];
    props.figures.forEach((f, k) => {
      if (!isRecord(f) || f.area_target !== true) return;
      targets.push(k);
      const fpath = [...ps, 'figures', k];
      if (f.unit !== 'km2' && f.unit !== 'ha')
        sink.add(
          [...fpath, 'unit'],
          `an area_target figure must be in km2 or ha, got ${describeValue(f.unit)}`,
        );
      const areal =
        shapes.types.size > 0 && [...shapes.types].every((t) => t === 'Polygon' || t === 'MultiPolygon');
      if (!areal && shapes.types.size > 0)
        sink.add(
          [...fpath, 'area_target'],
          `area_target is set but the geometry is a ${[...shapes.types].join('/')}: an area target needs a Polygon or MultiPolygon`,
        );
    });
    if (targets.length > 1)
      sink.add(
        [...ps, 'figures', targets[1], 'area_target'],
        `only one figure may carry area_target, found ${targets.length}: ${targets.map((k) => `figures[${k}]`).join(', ')}`,
      );
  }

  // A town-level placement stands at one point, its town's seat (checked once every file is read).
  if (props.geometry_accuracy === 'town') {
    if (typeof props.town_id !== 'string')
      sink.add(
        [...ps, 'town_id'],
        'geometry_accuracy is "town": town_id must name the township (townships.geojson)',
      );
    if (shapes.types.size > 0 && !(shapes.types.size === 1 && shapes.types.has('Point')))
      sink.add(
        [...fs, 'geometry'],
        `a town-level feature is a Point at its town's seat, got a ${[...shapes.types].join('/')}`,
      );
  } else if (props.town_id !== undefined)
    sink.add([...ps, 'town_id'], 'town_id is only for features whose geometry_accuracy is "town"');

  const ref = (kind: Reference['kind'], target: unknown) => {
    if (typeof target !== 'string' || target === '') return;
    if (kind === 'parent_id' && target === id) {
      sink.add([...ps, kind], 'parent_id names the feature itself');
      return;
    }
    const r: Reference = { kind, target, file: sink.file, featureIndex: i, path: formatPath([...ps, kind]) };
    if (sink.featureId !== undefined) r.featureId = sink.featureId;
    pending.push(r);
  };
  ref('parent_id', parent_id);
  ref('source', source);

  if (ctx.plan)
    for (const f of checkPlanRef(props.plan_ref, ctx.plan))
      sink.add([...ps, 'plan_ref', ...f.path], f.message);
}

/**
 * Resolves collected references once every file is read: each `parent_id` must be the id of
 * some feature, each `source` an id in sources.json (skipped when `sourceIds` is undefined).
 */
export function checkReferences(
  refs: readonly Reference[],
  known: { ids: ReadonlySet<string>; sourceIds?: ReadonlySet<string> },
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const r of refs) {
    const pool = r.kind === 'parent_id' ? known.ids : known.sourceIds;
    if (!pool || pool.has(r.target)) continue;
    const message =
      r.kind === 'parent_id'
        ? `parent_id ${JSON.stringify(r.target)} is not the id of any feature${suggestion(r.target, pool)}`
        : `source ${JSON.stringify(r.target)} is not an id in sources.json${suggestion(r.target, pool)}`;
    const issue: ValidationIssue = { file: r.file, featureIndex: r.featureIndex, path: r.path, message };
    if (r.featureId !== undefined) issue.featureId = r.featureId;
    issues.push(issue);
  }
  return issues;
}
