/**
 * A planner's progress file: values for the plan's indicators (表2) and commitments, each with an
 * as-of date and a source, as a spreadsheet exports them (CSV or JSON). It is checked like an
 * import: each bad row gets one message (unknown id, unit mismatch, a date in the future, a value
 * that is not a number…), and every good row still loads. Also the template (every id and unit,
 * empty values) and the progress report, both CSV.
 */
import type { Register } from '../data/plan-register.ts';
import type { Unit } from '../data/schema.ts';
import { type CsvValue, parseCsv, toCsv } from '../format/csv.ts';
import { loadLang, type Message, msg, t } from '../i18n/i18n.ts';
import type { IndicatorTables } from './indicator-data.ts';
import type { ProgressFile, ProgressTarget, ProgressValue } from './progress-store.ts';

// A unit is recognised in either language, whichever the reader has (sameUnit).
await loadLang('en');

export const PROGRESS_COLUMNS = ['id', 'value', 'unit', 'as_of', 'source'] as const;

/**
 * Everything a progress row may name, by id: each 表2 indicator in its printed unit, and each
 * commitment once per unit of a target it gives (a zone's km² and its 万人 are two lines).
 */
export function progressTargets(
  indicators: IndicatorTables,
  register: Register,
): Map<string, ProgressTarget[]> {
  const out = new Map<string, ProgressTarget[]>();
  const add = (t: ProgressTarget) => out.set(t.id, [...(out.get(t.id) ?? []), t]);
  for (const [id, { row }] of indicators.byId) {
    const target = row.values.target_2025;
    add({
      id,
      kind: 'indicator',
      unit: row.unit ?? '',
      name_zh: row.name_zh,
      name_en: row.name_en,
      target: target?.basis === undefined ? target?.value : undefined,
      targetText: target?.text,
      features: row.map?.feature ? [row.map.feature] : [],
    });
  }
  for (const c of register.commitments) {
    const seen = new Set<string>();
    for (const f of c.figures) {
      if ((f.kind !== 'target' && f.kind !== 'planned') || seen.has(f.unit)) continue;
      seen.add(f.unit);
      add({
        id: c.id,
        kind: 'commitment',
        unit: f.unit,
        name_zh: c.name_zh,
        name_en: c.name_en,
        target: f.value,
        targetText: `${f.value}`,
        features: c.features,
      });
    }
    // A commitment with no target figure is known, but has nothing to be measured against.
    if (!seen.size && !out.has(c.id)) out.set(c.id, []);
  }
  return out;
}

/** The template a planner fills in: one line per id and unit, the value, date and source left empty. */
export function progressTemplateCsv(targets: ReadonlyMap<string, readonly ProgressTarget[]>): string {
  const rows: CsvValue[][] = [];
  for (const list of targets.values())
    for (const x of list) rows.push([x.id, '', x.unit, '', '', x.kind, x.name_zh, x.name_en, x.targetText]);
  return toCsv([...PROGRESS_COLUMNS, 'kind', 'name_zh', 'name_en', 'plan_target'], rows);
}

/** Units as a spreadsheet may write them: `％` for `%`, a unit code's Chinese or English label. */
function sameUnit(given: string, expected: string): boolean {
  const norm = (s: string) => s.trim().replaceAll('％', '%').replaceAll(' ', '');
  const g = norm(given);
  if (g === norm(expected)) return true;
  const labels = [t('zh', `unit.${expected as Unit}` as const), t('en', `unit.${expected as Unit}` as const)];
  return labels.some((l) => l !== undefined && norm(l) === g);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

interface RawRow {
  line: number;
  cells: Record<string, string>;
}

/** A row's value as text: numbers as they are, anything else as the spreadsheet wrote it. */
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());

function rowsOf(content: string, fileName: string): { rows: RawRow[]; problem?: Message } {
  const trimmed = content.trim();
  if (/\.json$/i.test(fileName) || trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      return {
        rows: [],
        problem: msg('progress.problem.notJson', { file: fileName, reason: (e as Error).message }),
      };
    }
    const list = Array.isArray(value) ? value : (value as { rows?: unknown } | null)?.rows;
    if (!Array.isArray(list))
      return { rows: [], problem: msg('progress.problem.notRows', { file: fileName }) };
    return {
      rows: list.map((r, k) => ({
        line: k + 1,
        cells:
          typeof r === 'object' && r !== null
            ? Object.fromEntries(Object.entries(r).map(([key, v]) => [key.trim().toLowerCase(), text(v)]))
            : {},
      })),
    };
  }
  const [head, ...body] = parseCsv(content);
  const header = (head?.cells ?? []).map((h) => h.trim().toLowerCase());
  const missing = PROGRESS_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      rows: [],
      problem: msg('progress.problem.noHeader', { file: fileName, missing: missing.join(', ') }),
    };
  return {
    rows: body.map((r) => ({
      line: r.line,
      cells: Object.fromEntries(header.map((h, k) => [h, (r.cells[k] ?? '').trim()])),
    })),
  };
}

/** Checks one row; a value, or the one message that says what is wrong with it. */
function checkRow(
  r: RawRow,
  targets: ReadonlyMap<string, readonly ProgressTarget[]>,
  now: string,
): ProgressValue | Message | 'empty' {
  const { id = '', value = '', unit = '', as_of: asOf = '', source = '' } = r.cells;
  const line = r.line;
  if (!id) return value ? msg('progress.problem.noId', { line }) : 'empty';
  const known = targets.get(id);
  if (!known) return msg('progress.problem.unknownId', { line, id });
  if (!value) return 'empty';
  if (!known.length) return msg('progress.problem.noTarget', { line, id });
  const target = known.find((k) => sameUnit(unit, k.unit));
  if (!target)
    return msg('progress.problem.unitMismatch', {
      line,
      id,
      unit: unit || '—',
      expected: known.map((k) => k.unit || '—').join(' / '),
    });
  const number = Number(value.replaceAll(',', ''));
  if (!/^[-+]?(\d[\d,]*\.?\d*|\.\d+)$/.test(value) || !Number.isFinite(number))
    return msg('progress.problem.notNumber', { line, value });
  if (!validDate(asOf)) return msg('progress.problem.badDate', { line, date: asOf || '—' });
  if (asOf > now) return msg('progress.problem.futureDate', { line, date: asOf, today: now });
  if (!source) return msg('progress.problem.noSource', { line, id });
  return { id, kind: target.kind, value: number, unit: target.unit, asOf, source, line, target };
}

/** Reads a progress file; good rows load, each bad row is named with one message. */
export function parseProgress(
  content: string,
  fileName: string,
  targets: ReadonlyMap<string, readonly ProgressTarget[]>,
  now = today(),
): ProgressFile {
  const { rows, problem } = rowsOf(content, fileName);
  const file: ProgressFile = { fileName, values: [], problems: [], empty: 0, total: rows.length };
  if (problem) file.problems.push({ line: 0, message: problem });
  for (const r of rows) {
    const checked = checkRow(r, targets, now);
    if (checked === 'empty') file.empty++;
    else if ('key' in checked)
      file.problems.push({ line: r.line, id: r.cells.id || undefined, message: checked });
    else file.values.push(checked);
  }
  return file;
}

/** The progress report: every loaded value beside the plan's target, with its date and source. */
export function progressReportCsv(file: ProgressFile): string {
  const rows = file.values.map((v) => {
    const target = v.target.target;
    return [
      v.id,
      v.kind,
      v.target.name_zh,
      v.target.name_en,
      v.value,
      v.unit,
      v.asOf,
      v.source,
      v.target.targetText,
      target && v.kind === 'commitment' ? Number(((v.value / target) * 100).toFixed(2)) : undefined,
    ];
  });
  return toCsv(
    [
      'id',
      'kind',
      'name_zh',
      'name_en',
      'value',
      'unit',
      'as_of',
      'source',
      'plan_target',
      'percent_of_target',
    ],
    rows,
  );
}
