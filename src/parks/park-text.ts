/**
 * The park finder's words for a distance, as plain text: the comparison table on screen and the
 * CSV it copies say the same thing, "straight line" included, in the reader's language.
 */
import { formatNumber, statusLabel } from '../format/format.ts';
import { type Lang, type MessageKey, t } from '../i18n/i18n.ts';
import type { DistanceRow, Reach } from './park-distances.ts';

/** Kinds of destination the finder names, so that a freight railway is not taken for a station. */
const KIND_LABELS: Partial<Record<string, MessageKey>> = {
  'rail-station': 'parks.kind.rail-station',
  'freight-railway': 'parks.kind.freight-railway',
  'general-airport': 'parks.kind.general-airport',
  'international-airport': 'parks.kind.international-airport',
};

export function paren(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

export function localName(f: { name_zh: string; name_en: string }, lang: Lang): string {
  return lang === 'zh' ? f.name_zh : f.name_en;
}

/** "直线 3.2 公里", with "inside or touching" for 0. */
export function kmText(km: number, lang: Lang): string {
  const text = t(lang, 'parks.km', { km: formatNumber(km, lang, 1) });
  return km === 0 ? `${text}${paren(t(lang, 'parks.inside'), lang)}` : text;
}

/** The destination's name, with its kind where the finder tells kinds apart and its status if not in service. */
export function reachName(r: Reach, lang: Lang): string {
  const kind = KIND_LABELS[r.kind];
  const notes = [
    ...(kind ? [t(lang, kind)] : []),
    ...(r.status === 'existing' ? [] : [statusLabel(r.status, lang)]),
  ];
  return notes.length > 0
    ? `${localName(r, lang)}${paren(notes.join(lang === 'zh' ? '，' : ', '), lang)}`
    : localName(r, lang);
}

/** The "nearer, not yet in service" note of a row, if it has one. */
export function nearerPlannedText(row: DistanceRow, lang: Lang): string | undefined {
  const planned = row.nearerPlanned;
  if (!planned) return undefined;
  return t(lang, 'parks.nearerPlanned', {
    name: localName(planned, lang),
    status: statusLabel(planned.status, lang),
    km: kmText(planned.km, lang),
  });
}
