/**
 * The hall page's judgement of the app in its iframe: it asks for a reload when the heartbeats
 * stop for `hangMs`, when the same error has come `repeats` times since the last load, or when
 * a lost WebGL context has not come back within `gpuMs` (a GPU-process crash). Time is passed
 * in (`check(now)`), so tests need no clock.
 */
import type { AppMessage } from './messages.ts';

export interface WatchdogLimits {
  hangMs: number;
  repeats: number;
  gpuMs: number;
}

export const DEFAULT_LIMITS: WatchdogLimits = { hangMs: 15_000, repeats: 5, gpuMs: 10_000 };

export class Watchdog {
  readonly limits: WatchdogLimits;
  restarts = 0;
  lastReason: string | null = null;
  #loadedAt: number;
  #lastBeat: number | null = null;
  #lostAt: number | null = null;
  #errors = new Map<string, number>();

  constructor(limits: WatchdogLimits, now: number) {
    this.limits = limits;
    this.#loadedAt = now;
  }

  /** The app was (re)loaded: every count starts again. */
  loaded(now: number): void {
    this.#loadedAt = now;
    this.#lastBeat = null;
    this.#lostAt = null;
    this.#errors.clear();
  }

  /** Takes one message from the app; returns a reason to reload now, or null. */
  receive(message: AppMessage, now: number): string | null {
    switch (message.type) {
      case 'atlas-heartbeat':
        this.#lastBeat = now;
        return null;
      case 'atlas-context-lost':
        this.#lostAt ??= now;
        return null;
      case 'atlas-context-restored':
        this.#lostAt = null;
        return null;
      case 'atlas-error': {
        const n = (this.#errors.get(message.message) ?? 0) + 1;
        this.#errors.set(message.message, n);
        return n >= this.limits.repeats ? `the same error ${n}×: ${message.message.slice(0, 80)}` : null;
      }
    }
  }

  /**
   * A reason to reload at `now`, or null. Before its first heartbeat a loading app gets twice the
   * hang time (a cold start builds the map and loads every layer).
   */
  check(now: number): string | null {
    const since = this.#lastBeat ?? this.#loadedAt;
    const limit = this.#lastBeat === null ? 2 * this.limits.hangMs : this.limits.hangMs;
    if (now - since > limit) return `no heartbeat for ${Math.round((now - since) / 1000)} s`;
    if (this.#lostAt !== null && now - this.#lostAt > this.limits.gpuMs)
      return `WebGL context not restored in ${Math.round((now - this.#lostAt) / 1000)} s`;
    return null;
  }

  /** Counts a reload the watchdog asked for. */
  restarted(reason: string, now: number): void {
    this.restarts++;
    this.lastReason = reason;
    this.loaded(now);
  }
}
