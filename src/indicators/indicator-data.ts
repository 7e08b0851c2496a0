/**
 * The plan's indicator tables (geodata/indicators.json, 表1 and 表2) as the indicators view reads
 * them: fetched when the view first opens, checked at build time (`npm run validate`), so here only
 * indexed. Also what a cell's numbers may honestly be compared with.
 */
import indicatorsUrl from '../../geodata/indicators.json?url';
import type { IndicatorRow, IndicatorTable, IndicatorValue, PlanFeature } from '../data/schema.ts';

export interface IndicatorTables {
  tables: readonly IndicatorTable[];
  /** 表2's rows by their id: what a progress file names. */
  byId: ReadonlyMap<string, { table: IndicatorTable; row: IndicatorRow }>;
}

let loaded: Promise<IndicatorTables> | undefined;

export function loadIndicators(): Promise<IndicatorTables> {
  loaded ??= fetch(indicatorsUrl).then(async (res) => {
    if (!res.ok) throw new Error(`indicators.json could not be loaded (HTTP ${res.status})`);
    return indexIndicators((await res.json()) as IndicatorTable[]);
  });
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

export function indexIndicators(tables: readonly IndicatorTable[]): IndicatorTables {
  const byId = new Map<string, { table: IndicatorTable; row: IndicatorRow }>();
  for (const table of tables) for (const row of table.rows) if (row.id) byId.set(row.id, { table, row });
  return { tables, byId };
}

/** Rows in the order printed, each group heading (一、二…) with the rows under it. */
export function groupedRows(table: IndicatorTable): { zh?: string; en?: string; rows: IndicatorRow[] }[] {
  const groups: { zh?: string; en?: string; rows: IndicatorRow[] }[] = [];
  for (const row of table.rows) {
    const last = groups.at(-1);
    if (last && last.zh === row.group_zh) last.rows.push(row);
    else groups.push({ zh: row.group_zh, en: row.group_en, rows: [row] });
  }
  return groups;
}

/** A row's header cell with no values of its own (表1's 创新效率 above its # sub-rows). */
export const isHeading = (row: IndicatorRow) => Object.keys(row.values).length === 0;

/**
 * Whether two cells may be drawn on one scale: both hold a number, on the same basis (a single
 * year, a five-year annual average or a five-year total). A year's figure beside a five-year total
 * is not drawn: the bars would lie.
 */
export function comparable(a: IndicatorValue | undefined, b: IndicatorValue | undefined): boolean {
  return a?.value !== undefined && b?.value !== undefined && a.basis === b.basis;
}

/** `第一章 第四节 发展目标 表2 · table2-r14`. */
export function rowCitation(table: IndicatorTable, row: IndicatorRow): string {
  const r = table.plan_ref;
  return `${[r.chapter, r.section, r.box].filter(Boolean).join(' ')} · ${row.paragraph}`;
}

/** A quantity the plan's text gives both a 2020 baseline and a 2025 target for, on one feature. */
export interface TextFigure {
  feature: PlanFeature;
  key: string;
  label_zh: string;
  label_en: string;
  unit: PlanFeature['properties']['figures'][number]['unit'];
  baseline: number;
  target: number;
}

/**
 * The city-size figures of the plan's text (建成区面积 80 → 100 平方公里, 城区人口 80 → 100 万人): every
 * feature figure with a 2020 baseline and a 2025 target of the same unit and name (`x_2020`, `x_2025`).
 */
export function textFigures(features: readonly PlanFeature[]): TextFigure[] {
  const out: TextFigure[] = [];
  for (const feature of features) {
    const figs = feature.properties.figures;
    for (const base of figs) {
      if (base.kind !== 'baseline' || base.year !== 2020 || !base.key.endsWith('_2020')) continue;
      const stem = base.key.slice(0, -'_2020'.length);
      const target = figs.find(
        (f) => f.kind === 'target' && f.year === 2025 && f.unit === base.unit && f.key === `${stem}_2025`,
      );
      if (!target) continue;
      out.push({
        feature,
        key: stem,
        label_zh: target.label_zh.replace(/^2025年/, ''),
        label_en: target.label_en.replace(/ by 2025$/, ''),
        unit: base.unit,
        baseline: base.value,
        target: target.value,
      });
    }
  }
  return out;
}
