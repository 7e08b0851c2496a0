/** The kiosk's usage figures (src/kiosk/usage-figures.ts): counting, adding up days, the CSV. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/csv.ts';
import { count, dayOf, emptyDay, summarise, usageCsv } from '../../src/kiosk/usage-figures.ts';

function monday() {
  const d = emptyDay('2026-12-07');
  count(d, { kind: 'tap', feature: 'fenghuanghu-industrial-park', layer: 'industrial-parks' });
  count(d, { kind: 'tap', feature: 'fenghuanghu-industrial-park', layer: 'industrial-parks' });
  count(d, { kind: 'tap', feature: 'yongchuan-east', layer: 'stations' });
  count(d, { kind: 'tour-start' });
  count(d, { kind: 'tour-interrupt' });
  count(d, { kind: 'session', ms: 30_000, lang: 'zh', hour: 10 });
  count(d, { kind: 'session', ms: 90_000, lang: 'en', hour: 10 });
  return d;
}

describe('usage figures', () => {
  it('counts taps by feature and layer, the tour, sessions by language and hour', () => {
    const d = monday();
    expect(d.taps).toEqual({ 'fenghuanghu-industrial-park': 2, 'yongchuan-east': 1 });
    expect(d.layers).toEqual({ 'industrial-parks': 2, stations: 1 });
    expect([d.tourStarts, d.tourInterrupts, d.sessions, d.sessionMs]).toEqual([1, 1, 2, 120_000]);
    expect(d.langs).toEqual({ zh: 1, en: 1 });
    expect(d.hours[10]).toBe(2);
    expect(d.hours.reduce((a, b) => a + b)).toBe(2);
  });

  it('adds days up, most tapped first, with the mean session length', () => {
    const tue = count(emptyDay('2026-12-08'), { kind: 'tap', feature: 'yongchuan-east', layer: 'stations' });
    count(tue, { kind: 'tap', feature: 'yongchuan-east', layer: 'stations' });
    count(tue, { kind: 'session', ms: 60_000, lang: 'zh', hour: 15 });
    const s = summarise([tue, monday()]);
    expect([s.from, s.to, s.days, s.taps, s.sessions]).toEqual(['2026-12-07', '2026-12-08', 2, 5, 3]);
    expect(s.byFeature).toEqual([
      ['yongchuan-east', 3],
      ['fenghuanghu-industrial-park', 2],
    ]);
    expect(s.byLayer[0]).toEqual(['stations', 3]);
    expect(s.meanSessionS).toBe(60);
    expect(s.langs).toEqual([
      ['zh', 2],
      ['en', 1],
    ]);
    expect([s.hours[10], s.hours[15]]).toEqual([2, 1]);
    expect(summarise([])).toMatchObject({ from: null, taps: 0, meanSessionS: 0 });
  });

  it('exports one row a day and figure, readable back', () => {
    const rows = parseCsv(usageCsv([monday()])).map((r) => r.cells);
    expect(rows[0]).toEqual(['day', 'figure', 'key', 'value']);
    expect(rows).toContainEqual(['2026-12-07', 'taps by feature', 'fenghuanghu-industrial-park', '2']);
    expect(rows).toContainEqual(['2026-12-07', 'taps by layer', 'stations', '1']);
    expect(rows).toContainEqual(['2026-12-07', 'tour interruptions', '', '1']);
    expect(rows).toContainEqual(['2026-12-07', 'session seconds', '', '120']);
    expect(rows).toContainEqual(['2026-12-07', 'sessions by hour', '10', '2']);
  });

  it('keys a day by its local date', () => {
    expect(dayOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
