/** How a loaded progress value reads: always with its as-of date and its source. */
import type { Unit } from '../data/schema.ts';
import { formatNumber, formatPercent, formatQuantity } from '../format/format.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import type { ProgressValue } from './progress-store.ts';

/** `62 km²` for a commitment's unit code, `75.2%` or `9 万元` for an indicator's printed unit. */
export function progressQuantity(v: ProgressValue, lang: Lang): string {
  if (v.kind === 'commitment') return formatQuantity(v.value, v.unit as Unit, lang);
  const n = formatNumber(v.value, lang, 3);
  return v.unit === '%' || !v.unit ? `${n}${v.unit}` : lang === 'zh' ? `${n}${v.unit}` : `${n} ${v.unit}`;
}

/** The share of the target a commitment's value is; indicators (rates, averages) get none. */
export function progressRatio(v: ProgressValue): number | undefined {
  const target = v.target.target;
  return v.kind === 'commitment' && target ? v.value / target : undefined;
}

/** `进展：62平方公里（截至2026-06-30，来源：…），为目标的62%`. */
export function progressText(v: ProgressValue, lang: Lang): string {
  const ratio = progressRatio(v);
  return (
    t(lang, 'progress.value', { value: progressQuantity(v, lang), date: v.asOf, source: v.source }) +
    (ratio === undefined ? '' : t(lang, 'progress.ofTarget', { percent: formatPercent(ratio, lang) }))
  );
}
