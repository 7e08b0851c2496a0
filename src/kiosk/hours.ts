/**
 * Whether the hall is open, and when it opens next: pure functions of a local date, so tests
 * pass whatever time they need. The hours come from src/url/opening-hours.ts.
 */
import { type OpeningHours, WEEKDAYS } from '../url/opening-hours.ts';

export type { OpeningHours } from '../url/opening-hours.ts';

/** Whether the hall is open at this local time. A span past midnight belongs to the day it opened. */
export function isOpen(hours: OpeningHours, at: Date): boolean {
  const minute = at.getHours() * 60 + at.getMinutes();
  const day = at.getDay();
  const shut = (d: number) => hours.closed.includes(WEEKDAYS[(d + 7) % 7]!);
  if (hours.open === hours.close) return !shut(day);
  if (hours.open < hours.close) return !shut(day) && minute >= hours.open && minute < hours.close;
  // Past midnight: open from `open` today, or until `close` on a day the evening before was open.
  return (minute >= hours.open && !shut(day)) || (minute < hours.close && !shut(day - 1));
}

/** When the hall next opens after `at` (to the minute), or null when it never does. */
export function nextOpening(hours: OpeningHours, at: Date): Date | null {
  if (hours.closed.length === WEEKDAYS.length) return null;
  const t = new Date(at);
  t.setSeconds(0, 0);
  // A week of minutes at most; every opening is on a whole minute.
  for (let i = 0; i <= 7 * 24 * 60; i++) {
    t.setMinutes(t.getMinutes() + 1);
    if (isOpen(hours, t)) return t;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** `09:00–17:00`, as the closed screen shows the hours. */
export function formatSpan(hours: OpeningHours): string {
  const hm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
  return `${hm(hours.open)}–${hm(hours.close === 0 ? 24 * 60 : hours.close)}`;
}
