import { describe, expect, it } from 'vitest';
import { type KioskStatus, statusLine } from '../../src/kiosk/status-line.ts';
import { readKioskSettings } from '../../src/url/kiosk-settings.ts';

const base: KioskStatus = {
  build: 'abc1234 2026-12-02 10:00Z',
  cache: { state: 'active', cached: 171, total: 171, version: '0dfd5956' },
  upMinutes: 42,
  tour: { stepsPlayed: 19, loops: 1 },
  homes: 3,
  errors: 0,
  contextLosses: 1,
  blocked: 2,
  operations: ['no watchdog', 'new build waiting'],
  online: false,
  warnings: [],
};

describe('the kiosk staff line', () => {
  it('names the build, the cache, uptime, the tour and every counter, in order', () => {
    expect(statusLine(base)).toBe(
      'build abc1234 2026-12-02 10:00Z · cache complete 171/171 (0dfd5956) · up 42 min · tour 19 steps, 1 loops · ' +
        'home 3× · errors 0 · GL lost 1× · blocked 2 · no watchdog · new build waiting · offline',
    );
  });

  it('says when the cache is incomplete, not there, or failing, and when there is no tour', () => {
    const line = (cache: KioskStatus['cache'], tour: KioskStatus['tour'] = null) =>
      statusLine({ ...base, cache, tour, operations: [], warnings: ['lang ignored'] });
    expect(line({ state: 'active', cached: 90, total: 171, version: 'v' })).toContain(
      'cache INCOMPLETE 90/171 (v)',
    );
    expect(line({ state: 'installing' })).toContain('cache installing · up 42 min · no tour');
    expect(line({ state: 'error', error: 'quota' })).toContain('cache error: quota');
    expect(line({ state: 'none' })).toMatch(/ · offline · lang ignored$/);
  });
});

describe('the sand-table setting', () => {
  it('is off unless asked for, and refuses a malformed value', () => {
    expect(readKioskSettings('?kiosk').settings.sandTable).toBe(false);
    expect(readKioskSettings('?kiosk&sandtable').settings.sandTable).toBe(true);
    expect(readKioskSettings('?kiosk&sandtable=0').settings.sandTable).toBe(false);
    const bad = readKioskSettings('?kiosk&sandtable=maybe');
    expect(bad.settings.sandTable).toBe(false);
    expect(bad.messages).toHaveLength(1);
  });
});
