import type { Figure, Status, Unit } from '../data/schema.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import { englishQuantity } from './english-quantity.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, maxDigits = 2): string {
  const key = `${lang}:${maxDigits}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: maxDigits });
    numberFormats.set(key, nf);
  }
  return nf.format(value);
}

export function unitLabel(unit: Unit, lang: Lang): string {
  // A bare count reads best without a unit word in English ("5 berths" is in the label).
  if (unit === 'count' && lang === 'en') return '';
  return t(lang, `unit.${unit}` as const);
}

/**
 * `10 平方公里` / `10 km²`; percent and Chinese units attach without a space. English says the
 * plan's 亿元, 万人 and 万亩 in plain units: `130亿元` is `CNY 13 bn` (english-quantity.ts).
 */
export function formatQuantity(value: number, unit: Unit, lang: Lang, maxDigits = 2): string {
  if (lang === 'en') {
    const english = englishQuantity(value, unit, maxDigits);
    if (english !== undefined) return english;
  }
  const n = formatNumber(value, lang, maxDigits);
  const u = unitLabel(unit, lang);
  if (!u) return n;
  if (unit === 'percent') return `${n}%`;
  return lang === 'zh' ? `${n}${u}` : `${n} ${u}`;
}

export function formatFigure(f: Figure, lang: Lang): { label: string; value: string; year?: string } {
  const value = formatQuantity(f.value, f.unit, lang);
  const qualifier = f.qualifier ? t(lang, `qualifier.${f.qualifier}` as const) : '';
  return {
    label: lang === 'zh' ? f.label_zh : f.label_en,
    // The plan's own words: 约10平方公里, about 10 km².
    value: qualifier ? (lang === 'zh' ? `${qualifier}${value}` : `${qualifier} ${value}`) : value,
    year: f.year === undefined ? undefined : t(lang, 'figure.year', { year: f.year }),
  };
}

export function statusLabel(status: Status, lang: Lang): string {
  return t(lang, `status.${status}` as const);
}

export function formatPercent(ratio: number, lang: Lang): string {
  return `${formatNumber(ratio * 100, lang, 1)}%`;
}
