import { areaTargetOf } from '../data/figures.ts';
import type { GeometryAccuracy, PlanFeature, Status } from '../data/schema.ts';
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
  geometry: GeometryAccuracy;
  /**
   * The outline is drawn to the target (indicative, or a town's seat): measuring it would only
   * measure the drawing, so it has no measured area and no ratio.
   */
  drawnToFigure: boolean;
  measured?: number;
  ratio?: number;
  /** The user's own outline that `measured` comes from, when one is assigned: never plan data. */
  userOutline?: { source: string; assignedAt: string };
  year?: number;
  /** The feature's own target year, which with its status says in which plan years it stands. */
  featureYear?: number;
  /** The plan's 2020 figure in the target's unit (建成区 80 km²), where the data gives one. */
  baseline2020?: number;
  citation: string;
}

/** A user's outline assigned to a plan feature (see ../tools/imports-store.ts). */
export interface AssignedOutline {
  featureId: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  source: string;
  assignedAt: string;
}

/**
 * Every feature with an area target. An outline drawn to its figure has no ratio, unless the
 * user assigned an outline of their own: that one is measured on the ellipsoid against the target.
 */
export function targetRows(
  features: readonly PlanFeature[],
  outlines: readonly AssignedOutline[] = [],
): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const f of features) {
    const target = areaTargetOf(f.properties);
    if (!target || (target.unit !== 'km2' && target.unit !== 'ha')) continue;
    const p = f.properties;
    const drawnToFigure = p.geometry_accuracy === 'indicative' || p.geometry_accuracy === 'town';
    const own = outlines.find((o) => o.featureId === p.id);
    const measured = own
      ? areaIn(own.geometry, target.unit)
      : drawnToFigure
        ? undefined
        : areaIn(f.geometry, target.unit);
    rows.push({
      id: p.id,
      layer: p.layer,
      name_zh: p.name_zh,
      name_en: p.name_en,
      status: p.status,
      unit: target.unit,
      target: target.value,
      geometry: p.geometry_accuracy,
      drawnToFigure,
      measured,
      ratio: measured === undefined ? undefined : measured / target.value,
      userOutline: own && { source: own.source, assignedAt: own.assignedAt },
      year: target.year ?? p.target_year,
      featureYear: p.target_year,
      baseline2020: p.figures.find((x) => x.year === 2020 && x.kind === 'baseline' && x.unit === target.unit)
        ?.value,
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
        // Outlines drawn to their figure have no measurement: they sort below every measured one.
        return r.measured === undefined ? -Infinity : r.measured * (r.unit === 'km2' ? 100 : 1);
      case 'ratio':
        return r.ratio ?? -Infinity;
      default:
        return r[key];
    }
  };
  const sorted = [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    return typeof va === 'number' && typeof vb === 'number'
      ? va === vb
        ? 0
        : va < vb
          ? -1
          : 1
      : String(va).localeCompare(String(vb), lang === 'zh' ? 'zh-CN' : 'en');
  });
  return descending ? sorted.reverse() : sorted;
}

/** What the CSV says in place of a ratio for an outline drawn to its figure. */
export const DRAWN_TO_FIGURE = "按规划面积示意绘制 / drawn to the plan's figure (indicative)";

/** The CSV's `area_basis`: the plan's outline, drawn to its figure or measured, or the user's own. */
function areaBasis(r: TargetRow): string {
  if (r.userOutline)
    return `measured (your outline, file ${r.userOutline.source}, ${r.userOutline.assignedAt.slice(0, 10)})`;
  return r.drawnToFigure ? DRAWN_TO_FIGURE : `measured (${r.geometry})`;
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
    'area_basis',
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
      r.measured?.toFixed(4),
      r.ratio === undefined ? undefined : (r.ratio * 100).toFixed(2),
      areaBasis(r),
      r.year,
      r.citation,
    ]),
  );
}
