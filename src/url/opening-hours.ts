/**
 * Opening hours of the hall as the kiosk URL writes them: a daily span (`hours=09:00-17:00`) and
 * closed weekdays (`closed=mon,tue`), also from the build (`VITE_KIOSK_HOURS`,
 * `VITE_KIOSK_CLOSED`). The parsers of the two parameters (src/url/kiosk-settings.ts); whether
 * the hall is open at a time is src/kiosk/hours.ts.
 */

/** Weekday names as `Date.getDay()` numbers them. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningHours {
  /** Minutes after local midnight when the hall opens and closes; `open === close` is all day. */
  open: number;
  close: number;
  /** Weekdays the hall is shut all day. */
  closed: readonly Weekday[];
}

const SPAN = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/** `09:00-17:00` as minutes, or null; a span past midnight (`18:00-02:00`) is allowed, 24:00 only as an end. */
export function parseSpan(text: string): { open: number; close: number } | null {
  const m = SPAN.exec(text.trim());
  if (!m) return null;
  const open = Number(m[1]) * 60 + Number(m[2]);
  const close = Number(m[3]) * 60 + Number(m[4]);
  if (close > 24 * 60 || open === close) return null;
  return { open, close: close % (24 * 60) };
}

/** `mon,tue` as weekdays, or null when a name is not one; an empty text is no closed day. */
export function parseClosedDays(text: string): Weekday[] | null {
  const names = text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (!names.every((n): n is Weekday => (WEEKDAYS as readonly string[]).includes(n))) return null;
  return [...new Set(names)];
}
