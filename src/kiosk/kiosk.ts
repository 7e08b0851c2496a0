/**
 * Kiosk mode for a walk-up touch screen (README, "Run a kiosk"). Loaded lazily by the shell
 * only when the URL or the build asks for it, so ordinary visits carry none of this code.
 *
 * It never recreates the map: going home is `store.set(app.home)` plus
 * `controller.jumpTo(HOME_VIEW)`. Every listener and timer it sets is one of a fixed few,
 * installed once; tour steps add none.
 */
import tourUrl from '../../geodata/tour.json?url';
import { HOME_VIEW } from '../app/home.ts';
import type { LayerId, TourStep } from '../data/schema.ts';
import { featureBounds } from '../geo/bounds.ts';
import type { Lang } from '../i18n/i18n.ts';
import { PLAN_SOURCE } from '../map/map-controller.ts';
import type { AtlasApp } from '../shell/atlas-app.ts';
import './kiosk-overlay.ts';
import type { KioskOverlay } from './kiosk-overlay.ts';
import { kioskShellCss } from './kiosk-shell-css.ts';
import { installLockdown, type LockdownStats } from './lockdown.ts';
import { buildId, type CacheStatus, cacheStatus, registerOffline } from './offline.ts';
import { type KioskSettings, readKioskSettings } from './settings.ts';
import { playableTour, TourRunner } from './tour.ts';

/** Input that counts as a visitor being there. */
const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

export class KioskController {
  readonly settings: KioskSettings;
  readonly homeLang: Lang;
  readonly overlay: KioskOverlay;
  tour: TourRunner | null = null;
  lockdown: LockdownStats = { blocked: 0, attempts: [] };
  /** Unexpected errors caught since the page loaded; each one sent the kiosk home. */
  errors = 0;
  homes = 0;
  contextLosses = 0;
  cache: CacheStatus = { state: 'none' };
  /** Kiosk URL parameters that were ignored. */
  warnings: string[] = [];
  readonly #app: AtlasApp;
  readonly #started = Date.now();
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #resetTimer: ReturnType<typeof setTimeout> | undefined;
  #highlighted: string[] = [];
  #layerOf = new Map<string, LayerId>();
  #geometryOf = new Map<string, GeoJSON.Geometry>();

  constructor(app: AtlasApp, settings: KioskSettings) {
    this.#app = app;
    this.settings = settings;
    this.homeLang = app.home.lang;
    this.overlay = document.createElement('kiosk-overlay');
    this.overlay.lang = this.homeLang;
    this.overlay.staff = settings.staff;
    this.overlay.controller = this;
  }

  start(): void {
    const app = this.#app;
    const controller = app.controller;
    if (!controller) throw new Error('kiosk: the map is not there yet');
    this.lockdown = installLockdown().stats;
    app.setAttribute('kiosk', '');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(kioskShellCss);
    if (app.shadowRoot) app.shadowRoot.adoptedStyleSheets = [...app.shadowRoot.adoptedStyleSheets, sheet];
    controller.setKioskGestures({ rotate: this.settings.rotate });
    (app as unknown as { layersCollapsed: boolean }).layersCollapsed = true;
    document.body.append(this.overlay);

    this.overlay.addEventListener('kiosk-lang', (e) =>
      app.store.set({ lang: (e as CustomEvent<{ lang: Lang }>).detail.lang }),
    );
    this.overlay.addEventListener('kiosk-start-tour', () => this.startTour());
    this.overlay.addEventListener('kiosk-staff', () => {
      this.overlay.staff = !this.overlay.staff;
      void this.#refreshStatus();
    });
    app.store.subscribe((s) => (this.overlay.lang = s.lang));
    controller.on('context-lost', () => this.contextLosses++);
    for (const type of ACTIVITY)
      window.addEventListener(type, this.#onActivity, { capture: true, passive: true });
    window.addEventListener('error', this.#onError);
    window.addEventListener('unhandledrejection', this.#onError);
    // Fill the screen at the first touch (browsers allow it only from a gesture).
    window.addEventListener('pointerup', this.#fullscreen, { capture: true, once: true });

    this.#armTimers();
    setInterval(() => void this.#refreshStatus(), 10_000);
    void this.#loadTour();
    void registerOffline()
      .then(() => this.#refreshStatus())
      .catch((err) => console.error('kiosk: service worker not registered', err));
    navigator.serviceWorker?.addEventListener('controllerchange', () => void this.#refreshStatus());
    void this.#refreshStatus();
  }

  async #loadTour(): Promise<void> {
    try {
      await this.#app.dataLoaded;
      for (const f of this.#app.features) {
        this.#layerOf.set(f.properties.id, f.properties.layer);
        this.#geometryOf.set(f.properties.id, f.geometry);
      }
      const res = await fetch(tourUrl);
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
    } catch (err) {
      console.error('kiosk: no tour', err);
    }
  }

  get tourRunning(): boolean {
    return this.tour?.running ?? false;
  }

  startTour(): void {
    if (!this.tour || this.tour.running) return;
    this.tour.start();
  }

  stopTour(): void {
    if (!this.tour?.running) return;
    this.tour.stop();
    this.#app.controller?.map.stop();
    this.#clearHighlights();
    this.overlay.step = null;
  }

  /** The home state: the configured layers and language, panels closed, the whole district in view. */
  goHome({ keepTour = false } = {}): void {
    if (!keepTour) this.stopTour();
    this.homes++;
    this.#clearHighlights();
    this.overlay.step = null;
    const app = this.#app;
    app.store.set(app.home);
    // The layer list folds away: the map and the big kiosk buttons are the home screen.
    (app as unknown as { layersCollapsed: boolean }).layersCollapsed = true;
    app.controller?.map.stop();
    app.controller?.jumpTo(HOME_VIEW);
  }

  #play(step: TourStep, index: number): void {
    const app = this.#app;
    const controller = app.controller;
    if (!controller) return;
    const map = controller.map;
    const features = step.features ?? [];
    this.#clearHighlights();
    const layers = new Set<LayerId>(app.home.layers);
    for (const l of step.layers ?? []) layers.add(l);
    for (const id of features) {
      const l = this.#layerOf.get(id);
      if (l) layers.add(l);
    }
    app.store.set({ layers: [...layers], selected: features[0] ?? null, panel: null });
    for (const id of features.slice(1)) map.setFeatureState({ source: PLAN_SOURCE, id }, { selected: true });
    this.#highlighted = features.slice(1);

    this.overlay.step = step;
    this.overlay.stepNumber = index + 1;

    const stepMs = (step.duration_s * 1000) / this.settings.tourSpeed;
    const duration = Math.min(4500, stepMs * 0.5);
    const cam = step.camera;
    const padding = this.#padding(features.length > 0);
    if ('fit' in cam) {
      const b = features
        .map((id) => this.#geometryOf.get(id))
        .filter((g): g is GeoJSON.Geometry => g !== undefined)
        .map((g) => featureBounds(g));
      const bounds: [[number, number], [number, number]] = [
        [Math.min(...b.map((x) => x[0])), Math.min(...b.map((x) => x[1]))],
        [Math.max(...b.map((x) => x[2])), Math.max(...b.map((x) => x[3]))],
      ];
      const target = map.cameraForBounds(bounds, {
        padding,
        maxZoom: cam.max_zoom ?? 13,
        bearing: cam.bearing ?? 0,
      });
      if (target) map.flyTo({ ...target, pitch: cam.pitch ?? 0, duration, essential: true });
    } else {
      map.flyTo({
        center: cam.center,
        zoom: cam.zoom,
        bearing: cam.bearing ?? 0,
        pitch: cam.pitch ?? 0,
        padding,
        duration,
        essential: true,
      });
    }
  }

  /** Room for the info panel on the right and the caption card at the bottom. */
  #padding(panel: boolean) {
    const w = window.innerWidth;
    const h = window.innerHeight;
    const narrow = w <= 720;
    return {
      top: 90,
      bottom: Math.min(280, h * 0.38),
      left: narrow ? 30 : 60,
      right: narrow ? 30 : panel ? Math.min(380, w * 0.3) : 60,
    };
  }

  #clearHighlights(): void {
    const map = this.#app.controller?.map;
    if (map?.getSource(PLAN_SOURCE)) {
      const selected = this.#app.store.state.selected;
      for (const id of this.#highlighted)
        if (id !== selected) map.setFeatureState({ source: PLAN_SOURCE, id }, { selected: false });
    }
    this.#highlighted = [];
  }

  #armTimers(): void {
    clearTimeout(this.#idleTimer);
    clearTimeout(this.#resetTimer);
    this.#idleTimer = setTimeout(() => this.startTour(), this.settings.idleS * 1000);
    // While the tour plays it has already gone home; a reset would only cut it short.
    this.#resetTimer = setTimeout(() => {
      if (!this.tourRunning) this.goHome();
    }, this.settings.resetS * 1000);
  }

  #onActivity = (e: Event): void => {
    // The corner long-press is staff, not a visitor.
    if (e.type === 'keydown' && (e as KeyboardEvent).repeat) return;
    this.stopTour();
    this.#armTimers();
  };

  #onError = (e: Event): void => {
    const reason = e instanceof ErrorEvent ? (e.error ?? e.message) : (e as PromiseRejectionEvent).reason;
    // ResizeObserver's benign notice is not an error of the app.
    if (e instanceof ErrorEvent && /ResizeObserver loop/.test(e.message)) return;
    this.errors++;
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
    this.cache = await cacheStatus();
    this.overlay.status = this.statusLine();
  }

  /** The staff status line: build, offline cache, uptime, tour and error counters. */
  statusLine(): string {
    const c = this.cache;
    const cache =
      c.state === 'active'
        ? `cache ${c.cached === c.total ? 'complete' : 'INCOMPLETE'} ${c.cached}/${c.total} (${c.version})`
        : `cache ${c.state}${c.error ? `: ${c.error}` : ''}`;
    const up = Math.round((Date.now() - this.#started) / 60_000);
    const tour = this.tour ? `tour ${this.tour.stepsPlayed} steps, ${this.tour.loops} loops` : 'no tour';
    return [
      `build ${buildId()}`,
      cache,
      `up ${up} min`,
      tour,
      `home ${this.homes}×`,
      `errors ${this.errors}`,
      `GL lost ${this.contextLosses}×`,
      `blocked ${this.lockdown.blocked}`,
      navigator.onLine ? 'online' : 'offline',
      ...this.warnings,
    ].join(' · ');
  }
}

/** Starts kiosk mode on the shell once its map exists, with the settings of this URL and build. */
export function startKiosk(app: AtlasApp, search: string): KioskController {
  const { settings, warnings } = readKioskSettings(search);
  for (const w of warnings) console.warn(w);
  const kiosk = new KioskController(app, settings);
  kiosk.warnings = warnings;
  kiosk.start();
  return kiosk;
}
