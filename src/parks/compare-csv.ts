/**
 * The parks side by side as CSV, for the comparison's copy button: one column per park, one row
 * per fact, each distance as a number of straight-line km and the name of what it reaches.
 */

import type { PlanFeature } from '../data/schema.ts';
import { type CsvValue, toCsv } from '../format/csv.ts';
import { formatQuantity } from '../format/format.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import type { DistanceRow } from './park-distances.ts';
import { mappedAreaKm2, outputTarget } from './park-filter.ts';
import { localName, nearerPlannedText, paren, reachName } from './park-text.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

export function compareCsv(
  parks: readonly PlanFeature[],
  distances: ReadonlyMap<string, readonly DistanceRow[]>,
  lang: Lang,
): string {
  const cells = (cell: (f: PlanFeature) => CsvValue) => parks.map(cell);
  const rowOf = (f: PlanFeature, dest: DistanceRow['dest']) =>
    distances.get(f.properties.id)?.find((r) => r.dest === dest);
  const rows: CsvValue[][] = [
    [
      t(lang, 'parks.output'),
      ...cells((f) => {
        const fig = outputTarget(f);
        if (!fig) return t(lang, 'parks.noFigure');
        return `${formatQuantity(fig.value, fig.unit, lang)}${paren(lang === 'zh' ? fig.label_zh : fig.label_en, lang)}`;
      }),
    ],
    [t(lang, 'parks.csv.area'), ...cells((f) => round1(mappedAreaKm2(f)))],
    [
      t(lang, 'parks.industries'),
      ...cells((f) =>
        (f.properties.industries ?? [])
          .map((id) => t(lang, `industry.${id}` as const))
          .join(lang === 'zh' ? '、' : ', '),
      ),
    ],
  ];
  for (const { dest } of distances.get(parks[0]?.properties.id ?? '') ?? []) {
    const label = t(lang, `parks.dest.${dest}` as const);
    rows.push([
      t(lang, 'parks.csv.km', { dest: label }),
      ...cells((f) => {
        const km = rowOf(f, dest)?.nearest?.km;
        return km === undefined ? undefined : round1(km);
      }),
    ]);
    rows.push([
      t(lang, 'parks.csv.nearest', { dest: label }),
      ...cells((f) => {
        const row = rowOf(f, dest);
        if (!row?.nearest) return t(lang, 'parks.none.dest');
        const planned = nearerPlannedText(row, lang);
        return planned ? `${reachName(row.nearest, lang)}; ${planned}` : reachName(row.nearest, lang);
      }),
    ]);
  }
  return toCsv([t(lang, 'parks.csv.item'), ...parks.map((f) => localName(f.properties, lang))], rows);
}
