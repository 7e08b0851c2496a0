/**
 * Validation issues and their wording: the issue type, the per-feature collector (`Sink`),
 * JSON parsing with clear errors, paths and values as a data author reads them, and
 * "did you mean" suggestions. Shared by every other validation module; imports none of them.
 */

import type { Message, MessageKey, MessageParams } from '../../i18n/i18n.ts';

/** A message code; the dictionaries stay out of the validator, which speaks English itself. */
export function code(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

export interface ValidationIssue {
  file: string;
  /** Index of the feature (or, in a JSON table, of the entry) the issue is about. */
  featureIndex?: number;
  /** The feature's (or entry's) `id`, when it has a string one. */
  featureId?: string;
  /** JSON path of the offending value, e.g. `features[3].geometry.coordinates[0][5]`; '' for the whole file. */
  path: string;
  message: string;
  /** The message as a code with parameters, for the import panel in both languages (where coded). */
  code?: Message;
}

export type Seg = string | number;

/** Collects the issues of one feature (or of the file, when `featureIndex` is undefined). */
export class Sink {
  count = 0;
  constructor(
    readonly issues: ValidationIssue[],
    readonly file: string,
    readonly featureIndex?: number,
    public featureId?: string,
  ) {}
  add(segs: readonly Seg[], message: string, code?: Message): void {
    const issue: ValidationIssue = { file: this.file, path: formatPath(segs), message };
    if (code) issue.code = code;
    if (this.featureIndex !== undefined) issue.featureIndex = this.featureIndex;
    if (this.featureId !== undefined) issue.featureId = this.featureId;
    this.issues.push(issue);
    this.count++;
  }
}

/** Parses a file's text; an empty file or broken JSON yields one clear issue and no value. */
export function parseJsonText(text: string, file: string): { value?: unknown; issues: ValidationIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    const empty = text.length === 0;
    const message = empty
      ? 'file is empty (0 bytes): expected JSON'
      : 'file holds only whitespace: expected JSON';
    const c = code(empty ? 'validate.emptyFile' : 'validate.whitespaceFile');
    return { issues: [{ file, path: '', message, code: c }] };
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

export function fmtPos(p: readonly number[]): string {
  return `[${p.map(fmtNum).join(', ')}]`;
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

export function isRecord(v: unknown): v is Record<string, unknown> {
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
export function suggestion(value: string, known: Iterable<string>): string {
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
