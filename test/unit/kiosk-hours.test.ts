/** Opening hours (src/url/opening-hours.ts, src/kiosk/hours.ts) and their URL parameters. */
import { describe, expect, it } from 'vitest';
import { isOpen, nextOpening, type OpeningHours } from '../../src/kiosk/hours.ts';
import { readKioskSettings } from '../../src/url/kiosk-settings.ts';
import { parseClosedDays, parseSpan } from '../../src/url/opening-hours.ts';

/** A local time: 2026-12-07 is a Monday. */
const at = (day: number, hh: number, mm = 0) => new Date(2026, 11, 7 + day, hh, mm);
const MON = 0;
const TUE = 1;
const SUN = 6;

describe('opening hours', () => {
  it('parses a span and closed days, refusing malformed ones', () => {
    expect(parseSpan('09:00-17:00')).toEqual({ open: 540, close: 1020 });
    expect(parseSpan('18:00-24:00')).toEqual({ open: 1080, close: 0 });
    expect(parseSpan('9-17')).toBeNull();
    expect(parseSpan('09:00-09:00')).toBeNull();
    expect(parseSpan('25:00-26:00')).toBeNull();
    expect(parseClosedDays('mon, Tue,mon')).toEqual(['mon', 'tue']);
    expect(parseClosedDays('')).toEqual([]);
    expect(parseClosedDays('monday')).toBeNull();
  });

  const hall: OpeningHours = { open: 9 * 60, close: 17 * 60, closed: ['mon'] };

  it('is open within the span on an open day only', () => {
    expect(isOpen(hall, at(TUE, 8, 59))).toBe(false);
    expect(isOpen(hall, at(TUE, 9, 0))).toBe(true);
    expect(isOpen(hall, at(TUE, 16, 59))).toBe(true);
    expect(isOpen(hall, at(TUE, 17, 0))).toBe(false);
    expect(isOpen(hall, at(MON, 12, 0))).toBe(false);
  });

  it('keeps a span past midnight with the day it opened', () => {
    const night: OpeningHours = { open: 18 * 60, close: 2 * 60, closed: ['mon'] };
    expect(isOpen(night, at(SUN, 23, 0))).toBe(true);
    // Monday 01:00 belongs to Sunday evening; Monday evening stays shut.
    expect(isOpen(night, at(MON + 7, 1, 0))).toBe(true);
    expect(isOpen(night, at(MON, 19, 0))).toBe(false);
    expect(isOpen(night, at(TUE, 1, 0))).toBe(false);
    expect(isOpen(night, at(TUE, 3, 0))).toBe(false);
  });

  it('finds the next opening past closed days', () => {
    expect(nextOpening(hall, at(MON, 12, 0))).toEqual(at(TUE, 9, 0));
    expect(nextOpening(hall, at(TUE, 17, 30))).toEqual(at(TUE + 1, 9, 0));
    expect(
      nextOpening({ ...hall, closed: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }, at(0, 0)),
    ).toBe(null);
  });

  it('are kiosk URL parameters, ignored with a message when malformed', () => {
    const good = readKioskSettings('?kiosk&hours=09:00-17:00&closed=mon');
    expect(good.settings.hours).toEqual({ open: 540, close: 1020 });
    expect(good.settings.closed).toEqual(['mon']);
    const bad = readKioskSettings('?kiosk&hours=late&closed=someday');
    expect(bad.settings.hours).toBeNull();
    expect(bad.settings.closed).toEqual([]);
    expect(bad.messages.map((m) => m.key)).toEqual(['url.ignored.hours', 'url.ignored.closed']);
  });
});
