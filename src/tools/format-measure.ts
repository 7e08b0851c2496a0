import { formatNumber, formatQuantity } from '../format/format.ts';
import { type Lang, t } from '../i18n/i18n.ts';

/** An area in the unit that reads best: km² from 1 km², ha from 1 ha, else m². */
export function formatArea(m2: number, lang: Lang): string {
  if (m2 >= 1e6) return formatQuantity(m2 / 1e6, 'km2', lang, 3);
  if (m2 >= 1e4) return formatQuantity(m2 / 1e4, 'ha', lang, 2);
  return t(lang, 'tools.unit.m2', { n: formatNumber(m2, lang, 0) });
}

/** A length in km from 1 km, else in m. */
export function formatLength(m: number, lang: Lang): string {
  if (m >= 1000) return formatQuantity(m / 1000, 'km', lang, 3);
  return t(lang, 'tools.unit.m', { n: formatNumber(m, lang, 0) });
}
