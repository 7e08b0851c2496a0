/**
 * The kiosk's usage figures (README, "Deploying in a hall"): counters only, one record a day,
 * kept on the machine (usage-store.ts) and never sent anywhere. Nothing here can name a
 * visitor: a tap counts a feature and its layer, a session its length, language and hour.
 */
import { toCsv } from '../format/csv.ts';

/** What the kiosk counts. */
export type UsageEvent =
  | { kind: 'tap'; feature: string; layer: string }
  | { kind: 'tour-start' }
  | { kind: 'tour-interrupt' }
  | { kind: 'session'; ms: number; lang: string; hour: number };

/** One day's counters (`day` is the local date, 2026-12-02). */
export interface UsageDay {
  day: string;
  taps: Record<string, number>;
  layers: Record<string, number>;
  tourStarts: number;
  tourInterrupts: number;
  sessions: number;
  sessionMs: number;
  langs: Record<string, number>;
  /** Sessions begun in each hour of the day, 0–23. */
  hours: number[];
}

export function emptyDay(day: string): UsageDay {
  return {
    day,
    taps: {},
    layers: {},
    tourStarts: 0,
    tourInterrupts: 0,
    sessions: 0,
    sessionMs: 0,
    langs: {},
    hours: Array.from({ length: 24 }, () => 0),
  };
}

/** The local date of `at`, as the day's key. */
export function dayOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const bump = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Adds one event to a day's counters, in place. */
export function count(day: UsageDay, event: UsageEvent): UsageDay {
  switch (event.kind) {
    case 'tap':
      bump(day.taps, event.feature);
      bump(day.layers, event.layer);
      break;
    case 'tour-start':
      day.tourStarts++;
      break;
    case 'tour-interrupt':
      day.tourInterrupts++;
      break;
    case 'session':
      day.sessions++;
      day.sessionMs += Math.max(0, event.ms);
      bump(day.langs, event.lang);
      day.hours[event.hour] = (day.hours[event.hour] ?? 0) + 1;
      break;
  }
  return day;
}

export interface UsageSummary {
  from: string | null;
  to: string | null;
  days: number;
  taps: number;
  /** Features and layers by taps, most tapped first. */
  byFeature: [string, number][];
  byLayer: [string, number][];
  tourStarts: number;
  tourInterrupts: number;
  sessions: number;
  /** Mean session length in seconds, or 0 without sessions. */
  meanSessionS: number;
  langs: [string, number][];
  hours: number[];
}

const ranked = (counts: Record<string, number>): [string, number][] =>
  Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** The days' counters added up. */
export function summarise(days: readonly UsageDay[]): UsageSummary {
  const all = emptyDay('');
  for (const d of days) {
    for (const [k, n] of Object.entries(d.taps)) bump(all.taps, k, n);
    for (const [k, n] of Object.entries(d.layers)) bump(all.layers, k, n);
    for (const [k, n] of Object.entries(d.langs)) bump(all.langs, k, n);
    for (const [h, n] of d.hours.entries()) all.hours[h] = (all.hours[h] ?? 0) + n;
    all.tourStarts += d.tourStarts;
    all.tourInterrupts += d.tourInterrupts;
    all.sessions += d.sessions;
    all.sessionMs += d.sessionMs;
  }
  const sorted = days.map((d) => d.day).sort();
  return {
    from: sorted[0] ?? null,
    to: sorted.at(-1) ?? null,
    days: days.length,
    taps: Object.values(all.taps).reduce((a, b) => a + b, 0),
    byFeature: ranked(all.taps),
    byLayer: ranked(all.layers),
    tourStarts: all.tourStarts,
    tourInterrupts: all.tourInterrupts,
    sessions: all.sessions,
    meanSessionS: all.sessions ? Math.round(all.sessionMs / all.sessions / 1000) : 0,
    langs: ranked(all.langs),
    hours: all.hours,
  };
}

/** One row a day and figure (day, figure, key, value): a shape any spreadsheet can pivot. */
export function usageCsv(days: readonly UsageDay[]): string {
  const rows: (string | number)[][] = [];
  for (const d of [...days].sort((a, b) => a.day.localeCompare(b.day))) {
    const add = (figure: string, key: string, value: number) => rows.push([d.day, figure, key, value]);
    for (const [k, n] of ranked(d.taps)) add('taps by feature', k, n);
    for (const [k, n] of ranked(d.layers)) add('taps by layer', k, n);
    add('tour starts', '', d.tourStarts);
    add('tour interruptions', '', d.tourInterrupts);
    add('sessions', '', d.sessions);
    add('session seconds', '', Math.round(d.sessionMs / 1000));
    for (const [k, n] of ranked(d.langs)) add('sessions by language', k, n);
    for (const [h, n] of d.hours.entries()) if (n > 0) add('sessions by hour', String(h).padStart(2, '0'), n);
  }
  return toCsv(['day', 'figure', 'key', 'value'], rows);
}
