/**
 * JSON tables: validates industry-clusters.json, indicators.json, sources.json and
 * search-aliases.json against their schemas, with unique ids per table, and, given the plan text,
 * their plan_refs and indicator rows against it.
 */
import {
  indicatorsFileSchema,
  industryClustersFileSchema,
  searchAliasesFileSchema,
  sourcesFileSchema,
} from '../schema.ts';
import { formatPath, isRecord, type Seg, type ValidationIssue } from './issues.ts';
import { checkIndicatorRow, checkPlanRef, type PlanIndex } from './plan-text.ts';
import { describeZodIssues } from './zod-messages.ts';

export const TABLE_SCHEMAS = {
  'industry-clusters.json': industryClustersFileSchema,
  'indicators.json': indicatorsFileSchema,
  'sources.json': sourcesFileSchema,
  'search-aliases.json': searchAliasesFileSchema,
} as const;
export type TableFileName = keyof typeof TABLE_SCHEMAS;

/** The table a file holds, from its name; undefined if it is none of them. */
export function tableFromFileName(file: string): TableFileName | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  return base in TABLE_SCHEMAS ? (base as TableFileName) : undefined;
}

/**
 * Validates one of the JSON tables (industry-clusters, indicators, sources) against its schema; ids
 * must be unique. With `plan`, every plan_ref and indicator row is also checked against the plan text.
 */
export function validateTable(
  value: unknown,
  file: string,
  table: TableFileName,
  plan?: PlanIndex,
): ValidationIssue[] {
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
  const indicatorIds = new Map<string, string>();
  // Sources and search aliases cite no plan text.
  if (plan && Array.isArray(value) && table !== 'sources.json' && table !== 'search-aliases.json')
    value.forEach((entry, k) => {
      if (!isRecord(entry)) return;
      for (const f of checkPlanRef(entry.plan_ref, plan)) push([k, 'plan_ref', ...f.path], f.message);
      if (table !== 'indicators.json' || !Array.isArray(entry.rows)) return;
      const columns = Array.isArray(entry.columns)
        ? entry.columns.map((c) => (isRecord(c) && typeof c.key === 'string' ? c.key : ''))
        : [];
      const label =
        isRecord(entry.plan_ref) && typeof entry.plan_ref.box === 'string' ? entry.plan_ref.box : undefined;
      entry.rows.forEach((row, r) => {
        if (isRecord(row) && typeof row.id === 'string') {
          const f = indicatorIds.get(row.id);
          if (f !== undefined)
            push(
              [k, 'rows', r, 'id'],
              `duplicate indicator id ${JSON.stringify(row.id)} (first used by ${f})`,
            );
          else indicatorIds.set(row.id, `[${k}].rows[${r}]`);
        }
        for (const f of checkIndicatorRow(row, columns, label, plan))
          push([k, 'rows', r, ...f.path], f.message);
      });
    });
  return issues;
}
