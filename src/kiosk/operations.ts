/**
 * What keeps a kiosk fit for a hall day after day, beside the visitor-facing controller
 * (kiosk.ts): opening hours and the closed screen, burn-in care, the usage figures, the link to
 * the hall page's watchdog and taking a new build at an idle reset. The controller tells it what
 * happens (a touch, the tour, the end of a session); it tells the controller when to close.
 * Time comes from `now`, so tests set the clock.
 */
import type { AppState, Store } from '../app/store.ts';
import type { KioskSettings } from '../url/kiosk-settings.ts';
import './closed-screen.ts';
import type { KioskClosed } from './closed-screen.ts';
import { isOpen, nextOpening, type OpeningHours } from './hours.ts';
import { takeUpdate, updateWaiting } from './offline.ts';
import { UsageStore } from './usage-store.ts';
import { WatchdogLink } from './watchdog-link.ts';

/** How long a touch keeps a closed kiosk awake after the last touch. */
export const WAKE_MS = 3 * 60_000;
/** Fixed UI moves by a few pixels this often (burn-in care); the closed screen's text more often. */
export const SHIFT_MS = 10 * 60_000;
const DRIFT_MS = 2 * 60_000;
const CHECK_MS = 15_000;
/** The offsets fixed UI takes in turn, in px: never more than 3 from where it was laid out. */
const SHIFTS: readonly [number, number][] = [
  [0, 0],
  [3, 1],
  [1, 3],
  [-2, 2],
  [-3, -1],
  [-1, -3],
  [2, -2],
];

/** What operations needs of the kiosk controller. */
export interface KioskSide {
  readonly tourRunning: boolean;
  /** Used when the hall closes: the tour stops and the app goes home behind the closed screen. */
  goHome(): void;
}

export class KioskOperations {
  readonly hours: OpeningHours | null;
  readonly usage = new UsageStore(() => this.now());
  readonly watchdog = new WatchdogLink();
  readonly closedScreen: KioskClosed;
  /** The clock: the kiosk asks it, never `Date` directly, so tests can move it. */
  now: () => Date = () => new Date();
  updateReady = false;
  #awakeUntil = 0;
  #sessionStart: number | null = null;
  #store: Store<AppState> | null = null;
  #shift = 0;
  readonly #side: KioskSide;

  constructor(settings: KioskSettings, side: KioskSide) {
    this.#side = side;
    this.hours =
      settings.hours || settings.closed.length
        ? { ...(settings.hours ?? { open: 0, close: 0 }), closed: settings.closed }
        : null;
    this.closedScreen = document.createElement('kiosk-closed');
    this.closedScreen.hidden = true;
    this.closedScreen.hours = this.hours;
  }

  start(
    store: Store<AppState>,
    layerOf: (id: string) => string | undefined,
    signal: AbortSignal,
  ): () => void {
    this.#store = store;
    document.body.append(this.closedScreen);
    this.closedScreen.addEventListener(
      'kiosk-wake',
      () => {
        this.activity();
        this.check();
      },
      { signal },
    );
    this.watchdog.start(signal);
    let selected = store.state.selected;
    const unsubscribe = store.subscribe((s) => {
      if (s.selected === selected) return;
      selected = s.selected;
      const layer = selected ? layerOf(selected) : undefined;
      // The tour's own selections are not taps.
      if (selected && layer && !this.#side.tourRunning)
        void this.usage.record({ kind: 'tap', feature: selected, layer });
    });
    const timers = [
      setInterval(() => this.check(), CHECK_MS),
      setInterval(() => this.#shiftUi(), SHIFT_MS),
      setInterval(() => this.closedScreen.drift(), DRIFT_MS),
    ];
    this.check();
    return () => {
      unsubscribe();
      for (const t of timers) clearInterval(t);
      document.body.style.removeProperty('translate');
      this.closedScreen.remove();
      this.usage.close();
    };
  }

  /** Whether the closed screen is up. */
  get closed(): boolean {
    return !this.closedScreen.hidden;
  }

  /** Shows or lifts the closed screen for the time `now()` says. */
  check(): void {
    const at = this.now();
    const shut = this.hours !== null && !isOpen(this.hours, at) && at.getTime() >= this.#awakeUntil;
    if (shut && !this.closed) {
      this.#sessionOver();
      this.#side.goHome();
      this.closedScreen.next = nextOpening(this.hours!, at);
    }
    this.closedScreen.hidden = !shut;
  }

  /**
   * A visitor touched the screen: a session begins (or goes on), and a woken kiosk stays awake
   * WAKE_MS more. (The closed screen lifts on its own click, `kiosk-wake`.)
   */
  activity(): void {
    const at = this.now().getTime();
    this.#sessionStart ??= at;
    this.#awakeUntil = at + WAKE_MS;
  }

  tourStarted(): void {
    void this.usage.record({ kind: 'tour-start' });
  }

  tourInterrupted(): void {
    void this.usage.record({ kind: 'tour-interrupt' });
  }

  /**
   * The visitor's session is over (the idle reset, or the attract tour starting): it is counted,
   * and a new build that waits takes over now. Resolves true when the page is about to reload.
   */
  idleReset(): Promise<boolean> {
    this.#sessionOver();
    return takeUpdate();
  }

  /** Asks the service worker whether a new build waits, for the staff line. */
  async refresh(): Promise<void> {
    this.updateReady = await updateWaiting();
  }

  #sessionOver(): void {
    if (this.#sessionStart === null) return;
    const start = this.#sessionStart;
    this.#sessionStart = null;
    const ms = this.now().getTime() - start;
    void this.usage.record({
      kind: 'session',
      ms,
      lang: this.#store?.state.lang ?? 'zh',
      hour: new Date(start).getHours(),
    });
  }

  #shiftUi(): void {
    this.#shift = (this.#shift + 1) % SHIFTS.length;
    const [x, y] = SHIFTS[this.#shift]!;
    document.body.style.setProperty('translate', `${x}px ${y}px`);
  }

  /** The staff line's part: the hall page's uptime and restarts, a waiting build. */
  statusParts(): string[] {
    const parts: string[] = [];
    const w = this.watchdog.status;
    if (w) {
      const up = Math.round((Date.now() - w.started) / 60_000);
      parts.push(`hall up ${up} min`, `restarts ${w.restarts}${w.lastReason ? ` (${w.lastReason})` : ''}`);
    } else if (this.watchdog.hosted) parts.push('hall page silent');
    else parts.push('no watchdog');
    if (this.updateReady) parts.push('new build waiting');
    if (this.hours) parts.push(this.closed ? 'closed' : 'open');
    return parts;
  }

  /** Passes an unexpected error on to the hall page, which reloads on repeats. */
  error(reason: unknown): void {
    const message = reason instanceof Error ? reason.message : String(reason);
    this.watchdog.send({ type: 'atlas-error', message });
  }
}
