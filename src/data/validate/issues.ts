/**
 * Validation issues and their wording: the issue type, the per-feature collector (`Sink`),
 * JSON parsing with clear errors, paths and values as a data author reads them, and
 * "did you mean" suggestions. Shared by every other validation module; imports none of them.
 * A message given as a code (`Message`) keeps its code beside its English, so the app can say it
 * in the reader's language; the command line prints the English.
 */
import { type Message, msg, say } from '../../i18n/i18n.ts';

export interface ValidationIssue {
  file: string;
  /** Index of the feature (or, in a JSON table, of the entry) the issue is about. */
  featureIndex?: number;
  /** The feature's (or entry's) `id`, when it has a string one. */
  featureId?: string;
  /** JSON path of the offending value, e.g. `features[3].geometry.coordinates[0][5]`; '' for the whole file. */
  path: string;
  /** In English, as the command line prints it. */
  message: string;
  /** The same as a message code, when there is one, for the app to say in the reader's language. */
  says?: Message;
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
  /**
   * A problem as a message code (its English derived), or as English with the code beside it when
   * the English says more than the code's words (a list of places), or as English alone.
   */
  add(segs: readonly Seg[], message: string | Message, says?: Message): void {
    const issue: ValidationIssue =
      typeof message === 'string'
        ? { file: this.file, path: formatPath(segs), message, ...(says ? { says } : {}) }
        : { file: this.file, path: formatPath(segs), message: say('en', message), says: message };
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
    const says = msg(text.length === 0 ? 'validate.file.empty' : 'validate.file.whitespace');
    return { issues: [{ file, path: '', message: say('en', says), says }] };
  }
  try {
    return { value: JSON.parse(body), issues: [] };
  } catch (e) {
    const raw = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
    const at = /position (\d+)/.exec(raw);
    let where: Message | string = '';
    if (at) {
      const before = body.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = msg('validate.file.where', { line, column });
    }
    // The parser's own words stay as the browser or Node gives them.
    const detail = raw.replace(/ in JSON at position \d+.*$/, '');
    const says = msg('validate.file.notJson', { where, detail });
    return { issues: [{ file, path: '', message: say('en', says), says }] };
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
  const head = issueHead(i, options);
  return head ? `${head}: ${i.message}` : i.message;
}

/** The issue as a message for the reader's language: where it is, then its words (English if it has no code). */
export function issueMessage(i: ValidationIssue): Message {
  const problem = i.says ?? i.message;
  const where = issueHead(i);
  return where ? msg('validate.issue', { where, problem }) : msg('validate.issueAlone', { problem });
}

/** `geodata/x.geojson: features[3] (id "a") at features[3].geometry`: where an issue is. */
function issueHead(i: ValidationIssue, options: { file?: boolean } = {}): string {
  const parts: string[] = [];
  if (i.featureIndex !== undefined) {
    const label = i.path.startsWith('features[') ? `features[${i.featureIndex}]` : `[${i.featureIndex}]`;
    const id = i.featureId !== undefined ? ` (id ${JSON.stringify(i.featureId)})` : '';
    parts.push(i.path && i.path !== label ? `${label}${id} at ${i.path}` : `${label}${id}`);
  } else if (i.path) {
    parts.push(i.path);
  }
  const where = parts.join('');
  return options.file === false ? where : where ? `${i.file}: ${where}` : i.file;
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

/** The same as `describeValue`, as a message. */
export function valueMsg(v: unknown): Message {
  if (v === null) return msg('validate.value.null');
  if (v === undefined) return msg('validate.value.nothing');
  if (typeof v === 'string')
    return msg('validate.value.string', { text: JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) });
  if (typeof v === 'number' && Number.isFinite(v)) return msg('validate.value.number', { n: v });
  if (Array.isArray(v)) return msg(v.length === 0 ? 'validate.value.emptyArray' : 'validate.value.array');
  if (typeof v === 'object') return msg('validate.value.object');
  return msg('validate.value.other', { text: describeValue(v) });
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
  const best = nearest(value, known);
  return best !== undefined ? ` (did you mean ${JSON.stringify(best)}?)` : '';
}

/** The same as `suggestion`, as a message, or '' when nothing is near. */
export function suggestionMsg(value: string, known: Iterable<string>): Message | string {
  const best = nearest(value, known);
  return best !== undefined ? msg('validate.didYouMean', { name: JSON.stringify(best) }) : '';
}

/** A near miss for `value` among `known`, if any. */
function nearest(value: string, known: Iterable<string>): string | undefined {
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
  return best !== undefined && bestD <= limit ? best : undefined;
}
