/**
 * The progress report as a reader sees it: one line per loaded value, indicators first, each with
 * its as-of date and source and the plan's target beside it. Pure (the print view, src/indicators/
 * progress-print.ts, lays it out; the CSV is progress.ts's `progressReportCsv`).
 */
import type { Unit } from '../data/schema.ts';
import { formatPercent, formatQuantity } from '../format/format.ts';
import type { Lang } from '../i18n/i18n.ts';
import { progressQuantity, progressRatio } from './progress-format.ts';
import type { ProgressFile, ProgressValue } from './progress-store.ts';

export interface ReportLine {
  id: string;
  kind: ProgressValue['kind'];
  name: string;
  value: string;
  asOf: string;
  source: string;
  /** The plan's target as the plan prints it, with its unit, or empty where it gives none. */
  target: string;
  /** The share of the target, for commitments with a target figure; empty otherwise. */
  ofTarget: string;
}

export function reportLines(file: ProgressFile, lang: Lang): ReportLine[] {
  const order = (v: ProgressValue) => (v.kind === 'indicator' ? 0 : 1);
  return [...file.values]
    .sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id) || b.asOf.localeCompare(a.asOf))
    .map((v) => {
      const ratio = progressRatio(v);
      return {
        id: v.id,
        kind: v.kind,
        name: lang === 'zh' ? v.target.name_zh : v.target.name_en,
        value: progressQuantity(v, lang),
        asOf: v.asOf,
        source: v.source,
        target: targetText(v, lang),
        ofTarget: ratio === undefined ? '' : formatPercent(ratio, lang),
      };
    });
}

/** `20 km²` for a commitment's figure; an indicator's as 表2 prints it (`>51`, `【12】`), with its unit. */
function targetText(v: ProgressValue, lang: Lang): string {
  const { target, targetText: printed } = v.target;
  if (v.kind === 'commitment')
    return target === undefined ? '' : formatQuantity(target, v.unit as Unit, lang);
  if (!printed) return '';
  return !v.unit || v.unit === '%' || lang === 'zh' ? `${printed}${v.unit}` : `${printed} ${v.unit}`;
}
