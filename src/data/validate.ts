/**
 * Validation of the atlas's data files and of GeoJSON a user imports.
 *
 * Pure and browser-safe (no node imports): `scripts/validate.ts` runs it over geodata/,
 * and the app runs it in a Web Worker on imported files. Every check reports ALL its
 * issues, each naming the file, the feature (index and id), the JSON path and what is
 * wrong in words a data author understands. docs/data-validation.md lists the checks.
 *
 * Layers of checks:
 * - structure: our own walk of the GeoJSON (exact paths, clear words), with
 *   `geojson-validation` as a second opinion for anything the walk did not flag;
 * - properties: `featurePropertiesSchema` (zod), issues translated into plain words;
 * - domain: unique ids, the file's layer, plausible and un-swapped lon/lat, closed rings
 *   without self-intersections, positions inside the district, area targets on polygons,
 *   and references (`parent_id`, `source`) resolved across files.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { kinks } from '@turf/kinks';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import gjv from 'geojson-validation';
import type { z } from 'zod';
import {
  featurePropertiesSchema,
  indicatorsFileSchema,
  industryClustersFileSchema,
  LAYER_IDS,
  type LayerId,
  sourcesFileSchema,
} from './schema';

export interface ValidationIssue {
  file: string;
  /** Index of the feature (or, in a JSON table, of the entry) the issue is about. */
  featureIndex?: number;
  /** The feature's (or entry's) `id`, when it has a string one. */
  featureId?: string;
  /** JSON path of the offending value, e.g. `features[3].geometry.coordinates[0][5]`; '' for the whole file. */
  path: string;
  message: string;
}

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
}

export const DEFAULT_TOLERANCE_M = 300;
/** A line may leave the district, but must come at least this close to it. */
export const LINE_REACH_M = 5000;
/** The Yongchuan area, for telling swapped axes apart from plain errors. */
const AREA_LON: [number, number] = [105, 107];
const AREA_LAT: [number, number] = [28, 30];

type Seg = string | number;
type Position = [number, number];
interface Vertex {
  pos: Position;
  segs: Seg[];
}
/** Usable positions of one feature's geometry, for the domain checks. */
interface Shapes {
  points: Vertex[];
  lines: Vertex[][];
  polygons: Vertex[][];
  types: Set<string>;
}

/** Collects the issues of one feature (or of the file, when `featureIndex` is undefined). */
class Sink {
  count = 0;
  constructor(
    readonly issues: ValidationIssue[],
    readonly file: string,
    readonly featureIndex?: number,
    public featureId?: string,
  ) {}
  add(segs: readonly Seg[], message: string): void {
    const issue: ValidationIssue = { file: this.file, path: formatPath(segs), message };
    if (this.featureIndex !== undefined) issue.featureIndex = this.featureIndex;
    if (this.featureId !== undefined) issue.featureId = this.featureId;
    this.issues.push(issue);
    this.count++;
  }
}

// ---------------------------------------------------------------- text and formatting

/** Parses a file's text; an empty file or broken JSON yields one clear issue and no value. */
export function parseJsonText(text: string, file: string): { value?: unknown; issues: ValidationIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    const message =
      text.length === 0
        ? 'file is empty (0 bytes): expected JSON'
        : 'file holds only whitespace: expected JSON';
    return { issues: [{ file, path: '', message }] };
  }
  try {
    return { value: JSON.parse(body), issues: [] };
  } catch (e) {
    const raw = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
    const at = /position (\d+)/.exec(raw);
    let where = '';
    if (at) {
      const before = body.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` (line ${line}, column ${column})`;
    }
    const detail = raw.replace(/ in JSON at position \d+.*$/, '');
    return { issues: [{ file, path: '', message: `not valid JSON${where}: ${detail}` }] };
  }
}

/** `features[3].geometry.coordinates[0][5]` from `['features', 3, 'geometry', 'coordinates', 0, 5]`. */
export function formatPath(segs: readonly Seg[]): string {
  let out = '';
  for (const s of segs) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/**
 * One line per issue:
 * `geodata/x.geojson: features[3] (id "fenghuanghu-hub") at features[3].geometry.coordinates[0][5]: ring is not closed: …`.
 * `{ file: false }` leaves out the file name (the CLI prints it once above the issues).
 */
export function formatIssue(i: ValidationIssue, options: { file?: boolean } = {}): string {
  const parts: string[] = [];
  if (i.featureIndex !== undefined) {
    const label = i.path.startsWith('features[') ? `features[${i.featureIndex}]` : `[${i.featureIndex}]`;
    const id = i.featureId !== undefined ? ` (id ${JSON.stringify(i.featureId)})` : '';
    parts.push(i.path && i.path !== label ? `${label}${id} at ${i.path}` : `${label}${id}`);
  } else if (i.path) {
    parts.push(i.path);
  }
  const where = parts.join('');
  const head = options.file === false ? where : where ? `${i.file}: ${where}` : i.file;
  return head ? `${head}: ${i.message}` : i.message;
}

function fmtNum(n: number): string {
  return String(n);
}

function fmtPos(p: readonly number[]): string {
  return `[${p.map(fmtNum).join(', ')}]`;
}

function fmtDistance(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${Math.round(m)} m`;
}

/** How a value looks to a data author: `string "10"`, `null`, `an array`, `NaN`. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? `number ${v}` : String(v);
  if (typeof v === 'boolean') return `${v}`;
  if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : 'an array';
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** ` (did you mean "x"?)` for a near miss among `known`, else ''. */
function suggestion(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  const lower = value.toLowerCase();
  // The same kebab-case words in another order (`gangqiao-cluster` / `cluster-gangqiao`) count as a near miss.
  const words = (x: string) => x.toLowerCase().split('-').sort().join('-');
  const valueWords = words(value);
  for (const k of known) {
    const kl = k.toLowerCase();
    const d = kl === lower ? 0 : value.includes('-') && words(k) === valueWords ? 1 : editDistance(lower, kl);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  return best !== undefined && bestD <= limit ? ` (did you mean ${JSON.stringify(best)}?)` : '';
}

/** The layer a file holds, from its name `<layer>.geojson`; undefined if the name is no layer id. */
export function layerFromFileName(file: string): LayerId | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  const m = /^(.+)\.geojson$/.exec(base);
  return m && (LAYER_IDS as readonly string[]).includes(m[1]) ? (m[1] as LayerId) : undefined;
}

// ---------------------------------------------------------------- zod issues in plain words

type ZodIssue = z.core.$ZodIssue;

const ENUM_NOUNS: Record<string, [string, string]> = {
  layer: ['layer', 'layers'],
  unit: ['unit', 'units'],
  status: ['status', 'statuses'],
  kind: ['kind', 'kinds'],
  geometry_accuracy: ['geometry_accuracy', 'values'],
  industries: ['industry', 'industries'],
  id: ['id', 'ids'],
  basis: ['basis', 'values'],
  comparator: ['comparator', 'comparators'],
  attribute: ['attribute', 'attributes'],
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** The name a message uses for the value at `path`: `value`, `name_zh`, `industries[1]`. */
function nameOf(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return typeof parent === 'string' ? `${parent}[${last}]` : `item [${last}]`;
  }
  return String(last);
}

function enumKey(path: readonly PropertyKey[]): string | undefined {
  for (let k = path.length - 1; k >= 0; k--) if (typeof path[k] === 'string') return String(path[k]);
  return undefined;
}

interface SchemaNode {
  def?: {
    type?: string;
    innerType?: unknown;
    shape?: Record<string, unknown>;
    element?: unknown;
    valueType?: unknown;
  };
}

/** The object keys the schema allows at `path`, for "did you mean" hints on unknown keys. */
function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] | undefined {
  let node = schema as SchemaNode | undefined;
  const unwrap = () => {
    while (node?.def && ['optional', 'nullable', 'default', 'readonly'].includes(node.def.type ?? '')) {
      node = node.def.innerType as SchemaNode;
    }
  };
  unwrap();
  for (const k of path) {
    const def = node?.def;
    if (!def) return undefined;
    if (def.type === 'object' && typeof k === 'string') node = def.shape?.[k] as SchemaNode;
    else if (def.type === 'array' && typeof k === 'number') node = def.element as SchemaNode;
    else if (def.type === 'record') node = def.valueType as SchemaNode;
    else return undefined;
    unwrap();
  }
  return node?.def?.type === 'object' && node.def.shape ? Object.keys(node.def.shape) : undefined;
}

/** True if zod used its own wording (then we write ours), false for the schema's custom messages. */
function isDefaultZodMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized)/.test(message);
}

/** Translates zod issues for `data` (validated by `schema`) into plain-worded messages at their paths. */
export function describeZodIssues(
  issues: readonly ZodIssue[],
  data: unknown,
  schema: unknown,
): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const value = valueAt(data, path);
    const name = nameOf(path);
    const custom = !isDefaultZodMessage(issue.message);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = String(issue.expected);
        if (value === undefined) out.push({ path, message: `${name} is required` });
        else if (expected === 'number' && typeof value === 'number')
          out.push({ path, message: `${name} must be a finite number, got ${describeValue(value)}` });
        else {
          const article = /^[aeiou]/.test(expected) ? 'an' : 'a';
          out.push({ path, message: `${name} must be ${article} ${expected}, got ${describeValue(value)}` });
        }
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        if (value === undefined) {
          out.push({ path, message: `${name} is required` });
        } else if (issue.values.length === 1 && typeof issue.values[0] === 'boolean') {
          out.push({
            path,
            message: `${name} must be ${values[0]} or left out, got ${describeValue(value)}`,
          });
        } else if (typeof value === 'string') {
          const key = enumKey(path) ?? name;
          const [noun, plural] = ENUM_NOUNS[key] ?? [key, 'values'];
          out.push({
            path,
            message: `unknown ${noun} ${JSON.stringify(value)}${suggestion(value, values)}: known ${plural} are ${values.join(', ')}`,
          });
        } else {
          out.push({
            path,
            message: `${name} must be one of ${values.join(', ')}; got ${describeValue(value)}`,
          });
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const bound = small
          ? (issue as { minimum: number | bigint }).minimum
          : (issue as { maximum: number | bigint }).maximum;
        const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
        const origin = (issue as { origin?: string }).origin;
        if (custom) out.push({ path, message: `${name} ${issue.message}` });
        else if (origin === 'array' || origin === 'set')
          out.push({
            path,
            message: `${name} must have ${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}, got ${Array.isArray(value) ? value.length : describeValue(value)}`,
          });
        else if (origin === 'string')
          out.push({
            path,
            message: `${name} must be ${small ? 'at least' : 'at most'} ${bound} characters long, got ${describeValue(value)}`,
          });
        else {
          const rel = small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
          out.push({ path, message: `${name} must be ${rel} ${bound}, got ${describeValue(value)}` });
        }
        break;
      }
      case 'invalid_format': {
        const got = typeof value === 'string' ? JSON.stringify(value) : describeValue(value);
        if (custom) out.push({ path, message: `${name} ${issue.message}, got ${got}` });
        else if (issue.format === 'regex')
          out.push({
            path,
            message: `${name} must match ${(issue as { pattern?: string }).pattern}, got ${got}`,
          });
        else out.push({ path, message: `${name} must be a valid ${issue.format}, got ${got}` });
        break;
      }
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, path);
        for (const key of issue.keys) {
          const hint = allowed ? suggestion(key, allowed) : '';
          const list = !hint && allowed ? `: allowed are ${allowed.join(', ')}` : '';
          out.push({
            path: [...path, key],
            message: `unknown property ${JSON.stringify(key)}${hint}${list}`,
          });
        }
        break;
      }
      case 'not_multiple_of':
        out.push({
          path,
          message: `${name} must be a multiple of ${issue.divisor}, got ${describeValue(value)}`,
        });
        break;
      default:
        out.push({ path, message: `${name} is not valid: ${issue.message}` });
    }
  }
  return out;
}

// ---------------------------------------------------------------- geometry

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

function coordinateProblem(c: unknown): string | undefined {
  if (typeof c === 'number') {
    if (Number.isNaN(c)) return 'coordinate is NaN';
    if (!Number.isFinite(c)) return `coordinate is ${c}`;
    return undefined;
  }
  if (c === null) return 'coordinate is null';
  if (c === undefined) return 'coordinate is missing';
  if (typeof c === 'string') {
    const n = Number(c);
    return c.trim() !== '' && Number.isFinite(n)
      ? `coordinate is the string ${JSON.stringify(c)}: write the number without quotes`
      : `coordinate is the string ${JSON.stringify(c)}, not a number`;
  }
  return `coordinate must be a number, got ${describeValue(c)}`;
}

function inRange(v: number, [lo, hi]: [number, number]): boolean {
  return v >= lo && v <= hi;
}

/** Checks one position; returns it when usable (two finite numbers within lon/lat range). */
function checkPosition(p: unknown, segs: Seg[], sink: Sink): Position | undefined {
  if (!Array.isArray(p)) {
    sink.add(segs, `position must be an array [lon, lat], got ${describeValue(p)}`);
    return undefined;
  }
  if (p.length > 0 && p.every(Array.isArray)) {
    sink.add(
      segs,
      'expected a position [lon, lat] but found a list of positions: is there an extra level of [ ]?',
    );
    return undefined;
  }
  if (p.length < 2) {
    sink.add(segs, `position must hold two numbers [lon, lat], got ${p.length}`);
    return undefined;
  }
  let usable = true;
  for (let k = 0; k < p.length; k++) {
    const problem = coordinateProblem(p[k]);
    if (problem) {
      sink.add([...segs, k], problem);
      usable = false;
    }
  }
  if (!usable) return undefined;
  const lon = p[0] as number;
  const lat = p[1] as number;
  if (inRange(lon, AREA_LAT) && inRange(lat, AREA_LON)) {
    sink.add(
      segs,
      `longitude ${lon} / latitude ${lat} look swapped (lon must be ${AREA_LON[0]}–${AREA_LON[1]} here): write [${lat}, ${lon}]`,
    );
    return undefined;
  }
  const lonBad = !inRange(lon, [-180, 180]);
  const latBad = !inRange(lat, [-90, 90]);
  const swapHint =
    latBad && inRange(lon, [-90, 90]) && inRange(lat, [-180, 180]) ? ' (are lon and lat swapped?)' : '';
  if (lonBad) sink.add([...segs, 0], `longitude ${lon} is outside -180…180`);
  if (latBad) sink.add([...segs, 1], `latitude ${lat} is outside -90…90${swapHint}`);
  return lonBad || latBad ? undefined : [lon, lat];
}

/** Checks a list of positions; returns the usable ones (all of them, or undefined if any is broken). */
function checkPositions(list: unknown, segs: Seg[], sink: Sink, what: string): Vertex[] | undefined {
  if (!Array.isArray(list)) {
    sink.add(segs, `${what} must be an array of positions, got ${describeValue(list)}`);
    return undefined;
  }
  if (list.length > 0 && list.every((x) => typeof x === 'number')) {
    sink.add(
      segs,
      `expected ${what} (a list of [lon, lat] positions) but found a single position: is a level of [ ] missing?`,
    );
    return undefined;
  }
  const out: Vertex[] = [];
  let ok = true;
  list.forEach((p, k) => {
    const pos = checkPosition(p, [...segs, k], sink);
    if (pos) out.push({ pos, segs: [...segs, k] });
    else ok = false;
  });
  return ok ? out : undefined;
}

function samePos(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}

function checkRing(ring: unknown, segs: Seg[], sink: Sink): Vertex[] | undefined {
  if (Array.isArray(ring) && ring.length === 0) {
    sink.add(segs, 'ring is empty: a ring needs at least 4 positions, the last repeating the first');
    return undefined;
  }
  const vs = checkPositions(ring, segs, sink, 'a ring');
  if (!vs) return undefined;
  const raw = ring as number[][];
  const first = raw[0];
  const last = raw[raw.length - 1];
  let ok = true;
  if (!samePos(first, last)) {
    sink.add(segs, `ring is not closed: first position ${fmtPos(first)} differs from last ${fmtPos(last)}`);
    ok = false;
  }
  if (vs.length < 4) {
    sink.add(segs, `ring has ${vs.length} positions: it needs at least 4, the last repeating the first`);
    ok = false;
  }
  if (!ok) return undefined;
  // Repeated consecutive positions are harmless but make kinks report false crossings.
  const dedup: Position[] = [];
  for (const v of vs) if (!dedup.length || !samePos(dedup[dedup.length - 1], v.pos)) dedup.push(v.pos);
  if (dedup.length < 4) {
    sink.add(segs, `ring encloses no area: it has only ${dedup.length - 1} distinct positions`);
    return undefined;
  }
  const crossings = new Map<string, Position>();
  for (const k of kinks({ type: 'Polygon', coordinates: [dedup] }).features) {
    const [x, y] = k.geometry.coordinates;
    const p: Position = [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
    crossings.set(p.join(','), p);
  }
  if (crossings.size) {
    const pts = [...crossings.values()];
    const shown = pts.slice(0, 3).map(fmtPos).join(', ');
    const more = pts.length > 3 ? ` and ${pts.length - 3} more places` : '';
    sink.add(segs, `polygon ring crosses itself at ${shown}${more}`);
  }
  return vs.slice(0, -1);
}

function checkPolygonCoords(coords: unknown, segs: Seg[], sink: Sink, shapes: Shapes): void {
  if (!Array.isArray(coords)) {
    sink.add(segs, `polygon coordinates must be an array of rings, got ${describeValue(coords)}`);
    return;
  }
  if (coords.length === 0) {
    sink.add(segs, 'polygon has no rings: it needs at least its outer ring');
    return;
  }
  const vertices: Vertex[] = [];
  coords.forEach((ring, r) => {
    const vs = checkRing(ring, [...segs, r], sink);
    if (vs) vertices.push(...vs);
  });
  if (vertices.length) shapes.polygons.push(vertices);
}

function checkLineCoords(coords: unknown, segs: Seg[], sink: Sink, shapes: Shapes): void {
  const vs = checkPositions(coords, segs, sink, 'a line');
  if (!vs) return;
  if (vs.length < 2) sink.add(segs, `a line needs at least 2 positions, got ${vs.length}`);
  else shapes.lines.push(vs);
}

function checkGeometry(g: unknown, segs: Seg[], sink: Sink, shapes: Shapes, plan: boolean): void {
  if (g === undefined) {
    sink.add(segs, 'geometry is missing: every feature needs a "geometry" member');
    return;
  }
  if (g === null) {
    if (plan) sink.add(segs, 'geometry is null: every plan feature needs a geometry');
    return;
  }
  if (!isRecord(g)) {
    sink.add(segs, `geometry must be an object, got ${describeValue(g)}`);
    return;
  }
  const type = g.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    const hint = typeof type === 'string' ? suggestion(type, GEOMETRY_TYPES) : '';
    sink.add(
      [...segs, 'type'],
      type === undefined
        ? 'geometry type is missing'
        : `unknown geometry type ${typeof type === 'string' ? JSON.stringify(type) : describeValue(type)}${hint}: types are ${GEOMETRY_TYPES.join(', ')} (case matters)`,
    );
    return;
  }
  shapes.types.add(type);
  if (type === 'GeometryCollection') {
    if (plan) {
      sink.add(
        [...segs, 'type'],
        'GeometryCollection is not used in plan data: make one feature per geometry',
      );
      return;
    }
    const children = g.geometries;
    if (!Array.isArray(children)) {
      sink.add([...segs, 'geometries'], `geometries must be an array, got ${describeValue(children)}`);
      return;
    }
    children.forEach((child, k) => {
      if (child === null) sink.add([...segs, 'geometries', k], 'geometry is null');
      else checkGeometry(child, [...segs, 'geometries', k], sink, shapes, plan);
    });
    return;
  }
  const cs = [...segs, 'coordinates'];
  const coords = g.coordinates;
  if (coords === undefined) {
    sink.add(cs, `${type} has no "coordinates"`);
    return;
  }
  if (!Array.isArray(coords)) {
    sink.add(cs, `coordinates must be an array, got ${describeValue(coords)}`);
    return;
  }
  const eachPart = (what: string, fn: (part: unknown, k: number) => void) => {
    if (coords.length === 0) sink.add(cs, `${type} has no ${what}`);
    else if (coords.every((x) => typeof x === 'number'))
      sink.add(cs, `expected a list of ${what} but found a single position: is a level of [ ] missing?`);
    else coords.forEach(fn);
  };
  switch (type) {
    case 'Point': {
      const pos = checkPosition(coords, cs, sink);
      if (pos) shapes.points.push({ pos, segs: cs });
      break;
    }
    case 'MultiPoint':
      eachPart('positions', (p, k) => {
        const pos = checkPosition(p, [...cs, k], sink);
        if (pos) shapes.points.push({ pos, segs: [...cs, k] });
      });
      break;
    case 'LineString':
      checkLineCoords(coords, cs, sink, shapes);
      break;
    case 'MultiLineString':
      eachPart('lines', (l, k) => checkLineCoords(l, [...cs, k], sink, shapes));
      break;
    case 'Polygon':
      checkPolygonCoords(coords, cs, sink, shapes);
      break;
    case 'MultiPolygon':
      eachPart('polygons', (p, k) => checkPolygonCoords(p, [...cs, k], sink, shapes));
      break;
  }
}

// ---------------------------------------------------------------- inside the district

interface BoundaryIndex {
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  rings: GeoJSON.LineString[];
  edges: [Position, Position][];
}

const boundaryIndexes = new WeakMap<object, BoundaryIndex>();

function indexBoundary(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): BoundaryIndex {
  const cached = boundaryIndexes.get(geometry);
  if (cached) return cached;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings: GeoJSON.LineString[] = [];
  const edges: [Position, Position][] = [];
  for (const poly of polys)
    for (const ring of poly) {
      rings.push({ type: 'LineString', coordinates: ring });
      for (let k = 1; k < ring.length; k++) edges.push([ring[k - 1] as Position, ring[k] as Position]);
    }
  const index = { geometry, rings, edges };
  boundaryIndexes.set(geometry, index);
  return index;
}

/** Metres from `pos` to the boundary when outside it; 0 inside or on it. */
function distanceOutsideM(pos: Position, b: BoundaryIndex): number {
  if (booleanPointInPolygon(pos, b.geometry)) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const ring of b.rings) best = Math.min(best, pointToLineDistance(pos, ring, { units: 'meters' }));
  return best;
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const orient = (p: Position, q: Position, r: Position) =>
    (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 === 0 && o2 === 0 && o3 === 0 && o4 === 0) {
    // Collinear: they touch only if their extents overlap.
    const overlap = (k: 0 | 1) =>
      Math.max(Math.min(a[k], b[k]), Math.min(c[k], d[k])) <=
      Math.min(Math.max(a[k], b[k]), Math.max(c[k], d[k]));
    return overlap(0) && overlap(1);
  }
  return o1 * o2 <= 0 && o3 * o4 <= 0;
}

function checkInside(shapes: Shapes, sink: Sink, boundary: BoundaryIndex, toleranceM: number): void {
  const tol = ` (tolerance ${fmtDistance(toleranceM)})`;
  for (const v of shapes.points) {
    const d = distanceOutsideM(v.pos, boundary);
    if (d > toleranceM) sink.add(v.segs, `point lies ${fmtDistance(d)} outside the district boundary${tol}`);
  }
  for (const vertices of shapes.polygons) {
    const outside = vertices
      .map((v) => ({ v, d: distanceOutsideM(v.pos, boundary) }))
      .filter((x) => x.d > toleranceM);
    if (!outside.length) continue;
    const far = outside.reduce((a, b) => (b.d > a.d ? b : a));
    sink.add(
      far.v.segs,
      outside.length === 1
        ? `polygon vertex ${fmtPos(far.v.pos)} lies ${fmtDistance(far.d)} outside the district boundary${tol}`
        : `${outside.length} of ${vertices.length} polygon vertices lie outside the district boundary${tol}, the farthest ${fmtDistance(far.d)} out at ${fmtPos(far.v.pos)}`,
    );
  }
  if (shapes.lines.length) {
    const all = shapes.lines.flat();
    if (all.some((v) => booleanPointInPolygon(v.pos, boundary.geometry))) return;
    for (const line of shapes.lines)
      for (let k = 1; k < line.length; k++)
        for (const [c, d] of boundary.edges) if (segmentsCross(line[k - 1].pos, line[k].pos, c, d)) return;
    const near = all
      .map((v) => ({ v, d: distanceOutsideM(v.pos, boundary) }))
      .reduce((a, b) => (b.d < a.d ? b : a));
    if (near.d > LINE_REACH_M) {
      const segs = near.v.segs.slice(0, near.v.segs.lastIndexOf('coordinates') + 1);
      sink.add(
        segs,
        `line never comes within ${fmtDistance(LINE_REACH_M)} of the district: its nearest vertex ${fmtPos(near.v.pos)} is ${fmtDistance(near.d)} outside the boundary`,
      );
    }
  }
}

/**
 * The district outline from a parsed district-boundary file (a FeatureCollection, Feature or
 * geometry): all its polygons as one MultiPolygon, or undefined if it holds none usable.
 */
export function boundaryFromGeoJSON(value: unknown): GeoJSON.MultiPolygon | undefined {
  const polys: GeoJSON.Position[][][] = [];
  const visit = (v: unknown): void => {
    if (!isRecord(v)) return;
    if (v.type === 'FeatureCollection' && Array.isArray(v.features)) v.features.forEach(visit);
    else if (v.type === 'Feature') visit(v.geometry);
    else if (v.type === 'Polygon' && Array.isArray(v.coordinates))
      polys.push(v.coordinates as GeoJSON.Position[][]);
    else if (v.type === 'MultiPolygon' && Array.isArray(v.coordinates))
      polys.push(...(v.coordinates as GeoJSON.Position[][][]));
  };
  visit(value);
  const sink = new Sink([], '');
  const shapes: Shapes = { points: [], lines: [], polygons: [], types: new Set() };
  for (const [k, p] of polys.entries()) checkPolygonCoords(p, [k], sink, shapes);
  return polys.length && sink.count === 0 ? { type: 'MultiPolygon', coordinates: polys } : undefined;
}

// ---------------------------------------------------------------- feature collections

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
 * layer. A null geometry is allowed (RFC 7946), and GeometryCollections are checked part by part.
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
    top.add([], `expected a GeoJSON FeatureCollection object, got ${describeValue(value)}`);
    return issues;
  }
  if (value.type !== 'FeatureCollection') {
    top.add(
      ['type'],
      value.type === undefined
        ? 'type is missing: expected "FeatureCollection"'
        : `type must be "FeatureCollection", got ${describeValue(value.type)}`,
    );
  }
  const features = value.features;
  if (!Array.isArray(features)) {
    top.add(
      ['features'],
      features === undefined
        ? 'features is missing: expected an array of features'
        : `features must be an array, got ${describeValue(features)}`,
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
      sink.add(fs, `feature must be an object, got ${describeValue(feature)}`);
      return;
    }
    if (feature.type !== 'Feature')
      sink.add(
        [...fs, 'type'],
        feature.type === undefined
          ? 'type is missing: expected "Feature"'
          : `type must be "Feature", got ${describeValue(feature.type)}`,
      );
    if (props === undefined) sink.add([...fs, 'properties'], 'properties is missing');
    else if (!isRecord(props) && (plan || props !== null))
      sink.add([...fs, 'properties'], `properties must be an object, got ${describeValue(props)}`);

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
      for (const m of messages) sink.add(fs, `GeoJSON structure: ${m.replace(/^(at \d+: )+/, '')}`);
    }

    const layer = isRecord(props) ? props.layer : undefined;
    const exempt = ctx.expectedLayer === 'district-boundary' || layer === 'district-boundary';
    if (boundary && !exempt) checkInside(shapes, sink, boundary, toleranceM);

    if (plan && isRecord(props)) checkPlanProperties(props, fs, sink, ctx, seen, shapes, pending);
  });

  ctx.references?.push(...pending);
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

// ---------------------------------------------------------------- JSON tables

export const TABLE_SCHEMAS = {
  'industry-clusters.json': industryClustersFileSchema,
  'indicators.json': indicatorsFileSchema,
  'sources.json': sourcesFileSchema,
} as const;
export type TableFileName = keyof typeof TABLE_SCHEMAS;

/** The table a file holds, from its name; undefined if it is none of them. */
export function tableFromFileName(file: string): TableFileName | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  return base in TABLE_SCHEMAS ? (base as TableFileName) : undefined;
}

/** Validates one of the JSON tables (industry-clusters, indicators, sources) against its schema; ids must be unique. */
export function validateTable(value: unknown, file: string, table: TableFileName): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const schema = TABLE_SCHEMAS[table];
  const entryId = (k: unknown) => {
    const e = typeof k === 'number' && Array.isArray(value) ? value[k] : undefined;
    return isRecord(e) && typeof e.id === 'string' ? e.id : undefined;
  };
  const push = (path: PropertyKey[], message: string) => {
    const issue: ValidationIssue = { file, path: formatPath(path as Seg[]), message };
    if (typeof path[0] === 'number') {
      issue.featureIndex = path[0];
      const id = entryId(path[0]);
      if (id !== undefined) issue.featureId = id;
    }
    issues.push(issue);
  };
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    for (const d of describeZodIssues(parsed.error.issues, value, schema)) push(d.path, d.message);
  if (Array.isArray(value)) {
    const first = new Map<string, number>();
    value.forEach((_, k) => {
      const id = entryId(k);
      if (id === undefined) return;
      const f = first.get(id);
      if (f !== undefined)
        push([k, 'id'], `duplicate id ${JSON.stringify(id)} (first used by [${f}] in ${file})`);
      else first.set(id, k);
    });
  }
  return issues;
}
