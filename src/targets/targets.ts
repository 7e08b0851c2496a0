import { areaTargetOf } from '../data/figures.ts';
import type { PlanFeature, Status } from '../data/schema.ts';
import { toCsv } from '../format/csv.ts';
import { areaIn } from '../geo/measure.ts';

export interface TargetRow {
  id: string;
  layer: string;
  name_zh: string;
  name_en: string;
  status: Status;
  unit: 'km2' | 'ha';
  target: number;
  measured: number;
  ratio: number;
  year?: number;
  citation: string;
}

/** Every feature whose polygon is drawn to an area target, with its ellipsoidal area. */
export function targetRows(features: readonly PlanFeature[]): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const f of features) {
    const target = areaTargetOf(f.properties);
    if (!target || (target.unit !== 'km2' && target.unit !== 'ha')) continue;
    const measured = areaIn(f.geometry, target.unit);
    const p = f.properties;
    rows.push({
      id: p.id,
      layer: p.layer,
      name_zh: p.name_zh,
      name_en: p.name_en,
      status: p.status,
      unit: target.unit,
      target: target.value,
      measured,
      ratio: measured / target.value,
      year: target.year ?? p.target_year,
      citation: citationText(f),
    });
  }
  return rows;
}

export function citationText(f: PlanFeature): string {
  const r = f.properties.plan_ref;
  return [r.chapter, r.section, r.box].filter(Boolean).join(' ');
}

export type SortKey = 'name' | 'layer' | 'target' | 'measured' | 'ratio' | 'status';

export function sortRows(rows: readonly TargetRow[], key: SortKey, descending: boolean, lang: 'zh' | 'en') {
  const value = (r: TargetRow): string | number => {
    switch (key) {
      case 'name':
        return lang === 'zh' ? r.name_zh : r.name_en;
      case 'target':
        return r.target * (r.unit === 'km2' ? 100 : 1);
      case 'measured':
        return r.measured * (r.unit === 'km2' ? 100 : 1);
      default:
        return r[key];
    }
  };
  const sorted = [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    return typeof va === 'number' && typeof vb === 'number'
      ? va - vb
      : String(va).localeCompare(String(vb), lang === 'zh' ? 'zh-CN' : 'en');
  });
  return descending ? sorted.reverse() : sorted;
}

/** The targets table as CSV (see ../format/csv.ts for what makes it safe to open). */
export function targetsCsv(rows: readonly TargetRow[]): string {
  const header = [
    'id',
    'name_zh',
    'name_en',
    'layer',
    'status',
    'unit',
    'target',
    'measured',
    'ratio_percent',
    'target_year',
    'plan_ref',
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.id,
      r.name_zh,
      r.name_en,
      r.layer,
      r.status,
      r.unit,
      r.target,
      r.measured.toFixed(4),
      (r.ratio * 100).toFixed(2),
      r.year,
      r.citation,
    ]),
  );
}
