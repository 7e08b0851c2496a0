/**
 * Kiosk mode for a walk-up touch screen (README, "Run a kiosk"). Loaded lazily by the shell
 * only when the URL or the build asks for it, so ordinary visits carry none of this code.
 *
 * It works through the shell's KioskHost (host.ts) only: it changes the app by setting store
 * state (going home is `store.set(host.home)` plus a camera jump), and it never recreates the
 * map. Every listener it adds takes one AbortSignal and every timer is cleared in `stop()`, which
 * the shell calls when it disconnects; tour steps add none.
 */
import tourUrl from '../../geodata/tour.json?url';
import { HOME_VIEW } from '../app/home.ts';
import type { LayerId, TourStep } from '../data/schema.ts';
import { type Bounds, featureBounds } from '../geo/bounds.ts';
import { type Lang, loadLang } from '../i18n/i18n.ts';
import { KioskView, mapScaleFor } from '../map/kiosk-view.ts';
import { type KioskSettings, readKioskSettings } from '../url/kiosk-settings.ts';
import type { KioskHost } from './host.ts';
import './kiosk-overlay.ts';
import { DOCK_ROOM, type KioskOverlay } from './kiosk-overlay.ts';
import { installLockdown, type LockdownStats } from './lockdown.ts';
import { buildId, type CacheStatus, cacheStatus, registerOffline } from './offline.ts';
import { KioskOperations } from './operations.ts';
import { statusLine } from './status-line.ts';
import { playableTour, TourRunner } from './tour.ts';

// A kiosk speaks both languages at once (the closed screen, the countdown) and switches offline.
await loadLang('en');

/** Input that counts as a visitor being there. */
const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
/** How long the "Still there?" countdown shows before a visitor's session ends, at most. */
export const COUNTDOWN_S = 10;

export class KioskController {
  readonly settings: KioskSettings;
  readonly homeLang: Lang;
  readonly overlay: KioskOverlay;
  /** Opening hours, burn-in care, usage figures, the watchdog link and updates (operations.ts). */
  readonly ops: KioskOperations;
  tour: TourRunner | null = null;
  lockdown: LockdownStats = { blocked: 0, attempts: [] };
  /** Unexpected errors caught since the page loaded; each one sent the kiosk home. */
  errors = 0;
  homes = 0;
  contextLosses = 0;
  cache: CacheStatus = { state: 'none' };
  /** Kiosk URL parameters that were ignored. */
  warnings: string[] = [];
  readonly #host: KioskHost;
  readonly #started = Date.now();
  readonly #abort = new AbortController();
  readonly #undo: (() => void)[] = [];
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** When a visitor last touched the screen (or the kiosk started). */
  #lastActivity = Date.now();
  #resetTimer: ReturnType<typeof setTimeout> | undefined;
  #countdownTimer: ReturnType<typeof setTimeout> | undefined;
  #countdownTick: ReturnType<typeof setInterval> | undefined;
  /** At home, with no visitor since: nobody to warn before the tour starts. */
  #home = true;
  /** The district's bounds, once the data is in: home fits them to the screen. */
  #district: Bounds | null = null;
  #statusTimer: ReturnType<typeof setInterval> | undefined;
  #layerOf = new Map<string, LayerId>();
  #geometryOf = new Map<string, GeoJSON.Geometry>();

  constructor(host: KioskHost, settings: KioskSettings) {
    this.#host = host;
    this.settings = settings;
    this.homeLang = host.home.lang;
    this.overlay = document.createElement('kiosk-overlay');
    this.overlay.lang = this.homeLang;
    this.overlay.staff = settings.staff;
    this.overlay.sandTable = settings.sandTable;
    this.overlay.controller = this;
    this.ops = new KioskOperations(settings, this);
    // The figures and their export are for staff who started the kiosk so, never for a long-press.
    if (settings.staff) this.overlay.usage = this.ops.usage;
  }

  start(): void {
    const host = this.#host;
    const controller = host.controller;
    if (!controller) throw new Error('kiosk: the map is not there yet');
    const lockdown = installLockdown();
    this.lockdown = lockdown.stats;
    this.#undo.push(lockdown.undo);
    const view = controller.enableKiosk(KioskView);
    view.setGestures({ rotate: this.settings.rotate });
    view.setScale(mapScaleFor(window.innerWidth, window.innerHeight));
    host.collapseLayers();
    document.body.append(this.overlay);
    this.#undo.push(() => this.overlay.remove());

    const signal = this.#abort.signal;
    this.overlay.addEventListener(
      'kiosk-lang',
      (e) => host.store.set({ lang: (e as CustomEvent<{ lang: Lang }>).detail.lang }),
      { signal },
    );
    this.overlay.addEventListener('kiosk-start-tour', () => this.startTour(), { signal });
    this.overlay.addEventListener(
      'kiosk-staff',
      () => {
        this.overlay.staff = !this.overlay.staff;
        void this.#refreshStatus();
      },
      { signal },
    );
    this.#undo.push(host.store.subscribe((s) => (this.overlay.lang = s.lang)));
    this.#undo.push(
      controller.on('context-lost', () => {
        this.contextLosses++;
        this.ops.watchdog.send({ type: 'atlas-context-lost' });
      }),
      controller.on('context-restored', () => this.ops.watchdog.send({ type: 'atlas-context-restored' })),
      this.ops.start(host.store, (id) => this.#layerOf.get(id), signal),
    );
    for (const type of ACTIVITY)
      window.addEventListener(type, this.#onActivity, { capture: true, passive: true, signal });
    window.addEventListener('resize', this.#onResize, { signal });
    window.addEventListener('error', this.#onError, { signal });
    window.addEventListener('unhandledrejection', this.#onError, { signal });
    // Fill the screen at the first touch (browsers allow it only from a gesture).
    window.addEventListener('pointerup', this.#fullscreen, { capture: true, once: true, signal });

    this.#armTimers();
    this.#statusTimer = setInterval(() => void this.#refreshStatus(), 10_000);
    void this.#loadTour();
    void registerOffline()
      .then(() => this.#refreshStatus())
      .catch((err) => console.error('kiosk: service worker not registered', err));
    navigator.serviceWorker?.addEventListener('controllerchange', () => void this.#refreshStatus(), {
      signal,
    });
    void this.#refreshStatus();
  }

  /** Undoes everything start() set up: listeners, timers, the tour, the overlay and the lockdown. */
  stop(): void {
    this.tour?.stop();
    this.#abort.abort();
    clearTimeout(this.#idleTimer);
    clearTimeout(this.#resetTimer);
    this.#hideCountdown();
    this.#host.controller?.kiosk.leaveHome();
    clearInterval(this.#statusTimer);
    for (const undo of this.#undo.splice(0).reverse()) undo();
  }

  async #loadTour(): Promise<void> {
    try {
      await this.#host.dataLoaded;
      for (const f of this.#host.features) {
        this.#layerOf.set(f.properties.id, f.properties.layer);
        this.#geometryOf.set(f.properties.id, f.geometry);
        if (f.properties.layer === 'district-boundary') this.#district = featureBounds(f.geometry);
      }
      // Nobody has touched the screen yet: the home view becomes the district filling it.
      if (this.#home && !this.tourRunning) this.#fitHome();
      const res = await fetch(tourUrl, { signal: this.#abort.signal });
      if (!res.ok) throw new Error(`tour.json: HTTP ${res.status}`);
      const tour = playableTour(await res.json(), new Set(this.#layerOf.keys()));
      if (!tour) throw new Error('tour.json holds no playable step');
      this.tour = new TourRunner(tour, {
        speed: this.settings.tourSpeed,
        loopStart: () => this.goHome({ keepTour: true }),
        play: (step, i) => this.#play(step, i),
      });
      this.overlay.tourAvailable = true;
      this.overlay.stepCount = tour.steps.length;
      // The idle time may have run out while the tour was loading: it starts now.
      if (Date.now() - this.#lastActivity >= this.settings.idleS * 1000) this.startTour();
    } catch (err) {
      if (!this.#abort.signal.aborted) console.error('kiosk: no tour', err);
    }
  }

  get tourRunning(): boolean {
    return this.tour?.running ?? false;
  }

  startTour(): void {
    if (!this.tour || this.tour.running || this.ops.closed) return;
    this.ops.tourStarted();
    if (this.settings.sandTable) this.#host.controller?.kiosk.sandTable.raise(true);
    this.tour.start();
  }

  stopTour(): void {
    if (!this.tour?.running) return;
    this.tour.stop();
    this.#host.controller?.stop();
    this.#host.controller?.kiosk.sandTable.raise(false);
    // The tour's feature goes with it; the visitor's own tap selects anew.
    this.#host.store.set({ selected: null, highlighted: [] });
    this.#host.holdInfoPanel(false);
    this.overlay.step = null;
    this.#host.setOverlayInset({ bottom: 0 });
  }

  /** The home state: the configured layers and language, panels closed, the whole district in view. */
  goHome({ keepTour = false } = {}): void {
    if (!keepTour) this.stopTour();
    this.homes++;
    this.#home = true;
    this.#hideCountdown();
    this.overlay.step = null;
    const host = this.#host;
    host.setOverlayInset({ bottom: 0 });
    host.store.set(host.home);
    host.collapseLayers();
    host.controller?.stop();
    this.#fitHome();
  }

  /** The district filling the free part of the screen (clear of the dock in portrait), or the default home view. */
  #fitHome(): void {
    const controller = this.#host.controller;
    if (!controller) return;
    if (!this.#district) {
      controller.jumpTo(HOME_VIEW);
      return;
    }
    const portrait = window.innerHeight > window.innerWidth;
    controller.kiosk.fitHome(this.#district, { inset: { bottom: portrait ? DOCK_ROOM : 0 } });
  }

  #play(step: TourStep, index: number): void {
    const host = this.#host;
    const controller = host.controller;
    if (!controller) return;
    // Only the caption card tells the story: the step's feature is drawn, the info panel stays shut.
    host.holdInfoPanel(true);
    const features = step.features ?? [];
    const layers = new Set<LayerId>(host.home.layers);
    for (const l of step.layers ?? []) layers.add(l);
    for (const id of features) {
      const l = this.#layerOf.get(id);
      if (l) layers.add(l);
    }
    host.store.set({
      layers: [...layers],
      selected: features[0] ?? null,
      highlighted: features.slice(1),
      panel: null,
    });

    this.overlay.step = step;
    this.overlay.stepNumber = index + 1;
    // The caption card covers the bottom of the screen; the camera frames the step above it.
    host.setOverlayInset({ bottom: Math.min(280, window.innerHeight * 0.38) });

    const stepMs = (step.duration_s * 1000) / this.settings.tourSpeed;
    const duration = Math.min(4500, stepMs * 0.5);
    const cam = step.camera;
    const homeZoom = controller.kiosk.homeZoom;
    if (!('fit' in cam) && homeZoom !== null && cam.zoom <= homeZoom) {
      // A step that shows the whole district shows it as home does: filling the screen.
      // (The caption card's room is in the map's padding already.)
      if (this.#district) controller.kiosk.fitHome(this.#district, { duration });
      controller.kiosk.leaveHome();
    } else if ('fit' in cam) {
      controller.kiosk.leaveHome();
      const geometries = features
        .map((id) => this.#geometryOf.get(id))
        .filter((g): g is GeoJSON.Geometry => g !== undefined);
      controller.flyToGeometries(geometries, {
        maxZoom: cam.max_zoom ?? 13,
        bearing: cam.bearing ?? 0,
        pitch: cam.pitch ?? 0,
        duration,
      });
    } else {
      controller.kiosk.leaveHome();
      controller.flyTo({ ...cam, duration });
    }
    if (this.settings.sandTable) controller.kiosk.sandTable.turn(stepMs - duration);
  }

  #armTimers(): void {
    this.#lastActivity = Date.now();
    clearTimeout(this.#idleTimer);
    clearTimeout(this.#resetTimer);
    this.#hideCountdown();
    this.#idleTimer = setTimeout(() => {
      void this.ops.idleReset();
      this.startTour();
    }, this.settings.idleS * 1000);
    // While the tour plays it has already gone home; a reset would only cut it short.
    this.#resetTimer = setTimeout(() => {
      if (this.tourRunning) return;
      this.goHome();
      void this.ops.idleReset();
    }, this.settings.resetS * 1000);
    // The end of a visitor's session (home, or the tour, which starts from home) is announced:
    // the countdown shows for its last ten seconds (half the time, when that is shorter).
    const end = Math.min(this.settings.idleS, this.settings.resetS);
    const lead = Math.min(COUNTDOWN_S, end / 2);
    this.#countdownTimer = setTimeout(() => this.#showCountdown(end), (end - lead) * 1000);
  }

  /** Whether the "Still there?" countdown is on screen. */
  get countingDown(): boolean {
    return this.overlay.countdown !== null;
  }

  #showCountdown(end: number): void {
    // Nobody to warn at home, and the tour is not a visitor's session.
    if (this.#home || this.tourRunning) return;
    const deadline = this.#lastActivity + end * 1000;
    const tick = () => (this.overlay.countdown = Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    tick();
    clearInterval(this.#countdownTick);
    this.#countdownTick = setInterval(tick, 250);
  }

  #hideCountdown(): void {
    clearTimeout(this.#countdownTimer);
    clearInterval(this.#countdownTick);
    this.overlay.countdown = null;
  }

  #onResize = (): void => {
    const controller = this.#host.controller;
    controller?.kiosk.setScale(mapScaleFor(window.innerWidth, window.innerHeight));
    // Turned from landscape to portrait, the dock's room at the bottom changes with the fit.
    if (controller?.kiosk.atHome) this.#fitHome();
  };

  #onActivity = (e: Event): void => {
    // The corner long-press is staff, not a visitor.
    if (e.type === 'keydown' && (e as KeyboardEvent).repeat) return;
    if (this.tourRunning) this.ops.tourInterrupted();
    this.ops.activity();
    this.stopTour();
    this.#home = false;
    this.#host.controller?.kiosk.leaveHome();
    this.#armTimers();
  };

  #onError = (e: Event): void => {
    const reason = e instanceof ErrorEvent ? (e.error ?? e.message) : (e as PromiseRejectionEvent).reason;
    // ResizeObserver's benign notice is not an error of the app.
    if (e instanceof ErrorEvent && /ResizeObserver loop/.test(e.message)) return;
    this.errors++;
    this.ops.error(reason);
    console.error('kiosk: unexpected error; back to the home state', reason);
    try {
      this.goHome();
    } catch (err) {
      console.error('kiosk: going home failed', err);
    }
  };

  #fullscreen = (): void => {
    const el = document.documentElement;
    if (!document.fullscreenElement && el.requestFullscreen) el.requestFullscreen().catch(() => undefined);
  };

  async #refreshStatus(): Promise<void> {
    if (!this.overlay.staff) return;
    [this.cache] = await Promise.all([cacheStatus(), this.ops.refresh()]);
    this.overlay.status = this.statusLine();
  }

  /** The staff status line (status-line.ts). */
  statusLine(): string {
    return statusLine({
      build: buildId(),
      cache: this.cache,
      upMinutes: Math.round((Date.now() - this.#started) / 60_000),
      tour: this.tour,
      homes: this.homes,
      errors: this.errors,
      contextLosses: this.contextLosses,
      blocked: this.lockdown.blocked,
      operations: this.ops.statusParts(),
      online: navigator.onLine,
      warnings: this.warnings,
    });
  }
}

/**
 * Starts kiosk mode on the shell once its map exists, with the settings of this URL and build;
 * returns the function that stops it.
 */
export function startKiosk(host: KioskHost, search: string): () => void {
  const { settings, warnings } = readKioskSettings(search);
  for (const w of warnings) console.warn(w);
  const kiosk = new KioskController(host, settings);
  kiosk.warnings = warnings;
  kiosk.start();
  return () => kiosk.stop();
}
