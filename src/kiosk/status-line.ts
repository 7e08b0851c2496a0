/**
 * The kiosk's staff status line (pure): build, offline cache, uptime, tour and error counters,
 * and what the hall's operations add (watchdog, a waiting build, opening hours).
 */
import type { CacheStatus } from './offline.ts';

export interface KioskStatus {
  build: string;
  cache: CacheStatus;
  /** Minutes since the kiosk started. */
  upMinutes: number;
  tour: { stepsPlayed: number; loops: number } | null;
  homes: number;
  errors: number;
  contextLosses: number;
  blocked: number;
  operations: readonly string[];
  online: boolean;
  warnings: readonly string[];
}

export function statusLine(s: KioskStatus): string {
  const c = s.cache;
  const cache =
    c.state === 'active'
      ? `cache ${c.cached === c.total ? 'complete' : 'INCOMPLETE'} ${c.cached}/${c.total} (${c.version})`
      : `cache ${c.state}${c.error ? `: ${c.error}` : ''}`;
  return [
    `build ${s.build}`,
    cache,
    `up ${s.upMinutes} min`,
    s.tour ? `tour ${s.tour.stepsPlayed} steps, ${s.tour.loops} loops` : 'no tour',
    `home ${s.homes}×`,
    `errors ${s.errors}`,
    `GL lost ${s.contextLosses}×`,
    `blocked ${s.blocked}`,
    ...s.operations,
    s.online ? 'online' : 'offline',
    ...s.warnings,
  ].join(' · ');
}
