/**
 * Owns the one maplibre-gl Map of the page, and is the only code that touches it: the map
 * renders the app store's state (layers, language, selection, hover, dimming, highlights, the
 * drawing mode) and reports what happens on it as events; everything else goes through the
 * methods here. The map is created once and never removed: `map.remove()` leaks worker state
 * (docs/decisions/0003-one-map-instance.md), so the app resets the view instead.
 */

import { withOfflineBasemap } from 'virtual:offline-basemap';
import {
  type LngLatBoundsLike,
  Map as MaplibreMap,
  type MapMouseEvent,
  NavigationControl,
  type PaddingOptions,
  ScaleControl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { baseStyle } from '../../styles/base-style.ts';
import type { AppState, Store, ViewState } from '../app/store.ts';
import type { LayerId, PlanFeatureCollection } from '../data/schema.ts';
import { featureBounds, unionBounds } from '../geo/bounds.ts';
import type { LayerDefinition } from '../layers/types.ts';
import { withShownYear } from '../years/year-compare.ts';
import { deferClickRedraw } from './click-redraw.ts';
import { watchContext } from './context-watch.ts';
import { type Hit, hitTest } from './hit-test.ts';
import type { KioskView } from './kiosk-view.ts';
import type { MapTools } from './map-tools.ts';
import { setPlanSources } from './plan-data.ts';
import { PLAN_SOURCE, planStyle } from './plan-style.ts';
import { warmWorkers, watchStart } from './start-watch.ts';
import { StateRenderer } from './state-renderer.ts';
import { withTerrain } from './terrain.ts';
import { YearCompare } from './year-compare.ts';

warmWorkers(workerUrl);

export { PLAN_SOURCE };

export interface MapControllerOptions {
  container: HTMLElement;
  /** The app store: the map renders its state and follows it. */
  store: Store<AppState>;
  /** The style's `glyphs` URL: the app's own pre-rendered label glyphs. */
  glyphs: string;
  /** Accessible name of the map region. */
  label: string;
  /** Every plan layer, drawn from the plan source. */
  layers: readonly LayerDefinition[];
  /** The plan features the map starts with, in its style: the worker tiles them with the style's first load. */
  data: PlanFeatureCollection;
}

export interface MapControllerEvents {
  /** A click or tap on the map: the plan features under it, topmost first (none: empty map). */
  'feature-click': { hits: Hit[]; lngLat: [number, number] };
  /** The plan feature under the pointer changed. */
  hover: { id: string | null };
  'view-change': ViewState;
  'context-lost': undefined;
  'context-restored': undefined;
  /** The map could not start (its worker did not load, the GPU refused): what went wrong. */
  'start-failed': { reason: string };
}

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  /** Animation length in ms; 0 jumps. */
  duration?: number;
}

type Handler<K extends keyof MapControllerEvents> = (detail: MapControllerEvents[K]) => void;
type AnyHandler = (detail: never) => void;

/** How long the map may take to load before the app says it did not start. */
const START_TIMEOUT_MS = 20_000;

/** Room kept around a feature the camera flies to, inside the map's own padding (the panels). */
const FIT_PADDING = 40;

export class MapController {
  /** The MapLibre map, for tests and benchmarks; only src/map/ uses it (test/unit/structure.test.ts). */
  readonly map: MaplibreMap;
  readonly #store: Store<AppState>;
  readonly #renderer: StateRenderer;
  readonly #interactiveIds: readonly string[];
  readonly #labelled: (layer: string) => boolean;
  readonly #handlers = new Map<keyof MapControllerEvents, Set<AnyHandler>>();
  readonly #teardown: (() => void)[] = [];
  #hovered: string | null = null;
  #tools: MapTools | null = null;
  #kiosk: KioskView | null = null;
  #drawMode: AppState['drawMode'] = null;
  #contextLost = false;
  /** Settles once the style, with its sources, exists (MapLibre loads it a frame after the map is made). */
  readonly #styleLoaded: Promise<void>;
  #styleReady = false;
  #data: PlanFeatureCollection;
  /** Two plan years side by side: a second map, only while the store asks for it. */
  readonly #compare: YearCompare;

  constructor(opts: MapControllerOptions) {
    const s = opts.store.state;
    const plan = planStyle(baseStyle(opts.glyphs, s.lang), opts.layers, s.layers, opts.data);
    this.#store = opts.store;
    this.#interactiveIds = plan.interactiveIds;
    this.#labelled = plan.labelled;
    this.map = new MaplibreMap({
      container: opts.container,
      style: withTerrain(withOfflineBasemap(plan.style, location.origin)),
      center: s.view.center,
      zoom: s.view.zoom,
      bearing: s.view.bearing,
      pitch: s.view.pitch,
      maxPitch: 60,
      attributionControl: false,
      // The style is built from tested layer modules (test/unit/layer-registry.test.ts validates it),
      // so the map need not re-validate every layer at start-up.
      validateStyle: false,
      // Every label glyph, CJK included, comes from the app's own glyphs, never a system font.
      localIdeographFontFamily: false,
      // GeoJSON sources need no tile cache beyond what is on screen; bound it for long runs.
      maxTileCacheSize: 64,
      fadeDuration: 150,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // An A3 page at 300 DPI is 4961 px wide; MapLibre's default would cap the canvas at 4096.
      maxCanvasSize: [8192, 8192],
    });
    this.map.getCanvas().setAttribute('aria-label', opts.label);
    this.map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    this.#renderer = new StateRenderer(this.map, plan, s.layers);
    this.#renderer.setFeatures(opts.data.features);
    this.#data = opts.data;
    this.#compare = new YearCompare(this.map, opts.store, { ...opts, data: () => this.#data });
    this.#teardown.push(() => this.#compare.dispose());
    // 'style.load', not 'load' (which waits for the first full frame): the style can take changes
    // as soon as it exists.
    this.#styleLoaded = new Promise((resolve) =>
      this.map.once('style.load', () => {
        this.#styleReady = true;
        resolve();
      }),
    );
    this.#withStyle(() => this.#render(this.#store.state));
    this.#teardown.push(this.#store.subscribe((state) => this.#withStyle(() => this.#render(state))));
    this.#wireEvents();
    this.#teardown.push(
      watchStart(this.map, START_TIMEOUT_MS, (reason) => this.#emit('start-failed', { reason })),
    );
  }

  on<K extends keyof MapControllerEvents>(type: K, handler: Handler<K>): () => void {
    const handlers = this.#handlers.get(type) ?? new Set<AnyHandler>();
    this.#handlers.set(type, handlers);
    handlers.add(handler as AnyHandler);
    return () => handlers.delete(handler as AnyHandler);
  }

  #emit<K extends keyof MapControllerEvents>(type: K, detail: MapControllerEvents[K]): void {
    for (const h of this.#handlers.get(type) ?? []) (h as Handler<K>)(detail);
  }

  /** The element the map lives in, for a drop target. */
  get container(): HTMLElement {
    return this.map.getContainer();
  }

  /** Replaces the plan features on the map; the layers that draw them are in the style from the start. */
  setPlanData(data: PlanFeatureCollection): void {
    this.#data = data;
    this.#compare.setPlanData(data, this.#labelled);
    this.#withStyle(() => {
      setPlanSources(this.map, data, this.#labelled);
      this.#renderer.setFeatures(data.features);
    });
  }

  /**
   * Settles once the map has drawn what it was given, at its next `idle`, or after `timeoutMs`
   * at most: a hidden page or a lost context never goes idle.
   */
  drawn(timeoutMs = 4000): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const map = this.map;
      function done(): void {
        clearTimeout(timer);
        map.off('idle', done);
        resolve();
      }
      map.once('idle', done);
    });
  }

  /**
   * Runs a change to the style now, or once the style has loaded if the map is still starting:
   * calls made meanwhile (a deep link's selection, a restored filter) apply in order, none lost.
   * While the GPU context is lost nothing is applied; the state is applied again on restore.
   */
  #withStyle(apply: () => void): void {
    if (this.#contextLost) return;
    if (this.#styleReady) apply();
    else void this.#styleLoaded.then(() => this.#contextLost || apply());
  }

  #render(s: AppState): void {
    this.#renderer.render(withShownYear(s));
    if (s.drawMode !== this.#drawMode) {
      this.#drawMode = s.drawMode;
      // Only the planner tools set a drawing mode, and they hand in their map part first.
      const draw = this.#tools?.draw;
      if (s.drawMode && draw) {
        draw.setMode(s.drawMode);
        draw.activate();
        this.#setHover(null);
      } else draw?.deactivate();
    }
  }

  // ------------------------------------------------------------------ camera

  /**
   * The map's padding: the screen edges the panels cover. Set by the shell whenever its layout
   * changes, and used by every camera move, so no caller computes it again. With `keepView` the
   * map does not move on screen (a panel opening must not slide the map under the finger);
   * without it, the map's centre becomes the centre of the free part (a linked view at start).
   */
  setPadding(padding: Required<PaddingOptions>, { keepView = true } = {}): void {
    const now = this.map.getPadding();
    if ((['top', 'bottom', 'left', 'right'] as const).every((k) => now[k] === padding[k])) return;
    if (!keepView || this.map.isMoving()) {
      this.map.jumpTo({ padding });
      return;
    }
    // The place at the middle of the new free area stays where it is on screen.
    const c = this.map.getCanvas();
    const { top, bottom, left, right } = padding;
    const centre = this.map.unproject([
      left + (c.clientWidth - left - right) / 2,
      top + (c.clientHeight - top - bottom) / 2,
    ]);
    this.map.jumpTo({ padding, center: centre });
  }

  /** Moves the camera to show geometries inside the panels' padding. */
  flyToGeometries(
    geometries: readonly GeoJSON.Geometry[],
    opts: { maxZoom?: number; pitch?: number; bearing?: number; duration?: number } = {},
  ): void {
    if (geometries.length === 0) return;
    const box: LngLatBoundsLike = unionBounds(geometries.map(featureBounds));
    const target = this.map.cameraForBounds(box, {
      padding: FIT_PADDING,
      maxZoom: opts.maxZoom ?? 13.5,
      bearing: opts.bearing ?? this.map.getBearing(),
    });
    if (!target) return;
    this.map.flyTo({
      ...target,
      pitch: opts.pitch ?? this.map.getPitch(),
      duration: opts.duration ?? 1200,
      essential: true,
    });
  }

  /** Moves the camera to show one feature. */
  flyToFeature(geometry: GeoJSON.Geometry, opts: { animate?: boolean } = {}): void {
    this.flyToGeometries([geometry], { duration: opts.animate === false ? 0 : 1200 });
  }

  fitBounds(bounds: [number, number, number, number]): void {
    this.map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: 15, duration: 800 });
  }

  flyTo(camera: Camera): void {
    this.map.flyTo({
      center: camera.center,
      zoom: camera.zoom,
      bearing: camera.bearing ?? 0,
      pitch: camera.pitch ?? 0,
      duration: camera.duration ?? 1200,
      essential: true,
    });
  }

  /** Home: the kiosk's fit of the district when it has one, otherwise `view`. */
  goHome(view: ViewState, duration = 0): void {
    if (this.#kiosk?.homeZoom != null) this.#kiosk.flyHome(duration);
    else this.flyTo({ ...view, duration });
  }

  jumpTo(view: ViewState): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
  }

  /** Stops any camera animation. */
  stop(): void {
    this.map.stop();
  }

  view(): ViewState {
    const [m, c] = [this.map, this.map.getCenter()];
    return { center: [c.lng, c.lat], zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
  }

  /** Plan features rendered right now, for a layer, as MapLibre sees them (tests). */
  renderedFeatures(layer: LayerId) {
    const ids = this.#renderer.styleIdsOf(layer);
    return this.map.queryRenderedFeatures({ layers: ids.filter((id) => this.map.getLayer(id)) });
  }

  /** The second map while two years are compared, for tests and benchmarks. */
  get compareMap(): MaplibreMap | null {
    return this.#compare.map;
  }

  // ------------------------------------------------------------------ planner tools

  /** The planner's drawing, user layers and map images; the class comes with the tools' own chunk. */
  tools(Tools: new (map: MaplibreMap) => MapTools): MapTools {
    this.#tools ??= new Tools(this.map);
    return this.#tools;
  }

  /** Starts the kiosk's presentation (home fit, limits, label scale, tap areas); the class comes with the kiosk's chunk. */
  enableKiosk(View: typeof KioskView): KioskView {
    this.#kiosk ??= new View(
      this.map,
      (f) => this.#withStyle(f),
      (f) => this.on('context-restored', f),
    );
    return this.#kiosk;
  }

  get kiosk(): KioskView {
    if (!this.#kiosk) throw new Error('kiosk presentation not enabled (enableKiosk)');
    return this.#kiosk;
  }

  // ------------------------------------------------------------------ events

  #setHover(id: string | null): void {
    if (id === this.#hovered) return;
    this.#hovered = id;
    this.map.getCanvas().style.cursor = id === null ? '' : 'pointer';
    this.#emit('hover', { id });
  }

  #wireEvents(): void {
    const map = this.map;
    const onClick = (e: MapMouseEvent) => {
      if (this.#store.state.drawMode) return;
      this.#emit('feature-click', {
        hits: hitTest(map, e.point, this.#interactiveIds, this.#kiosk?.pointPad),
        lngLat: [e.lngLat.lng, e.lngLat.lat],
      });
    };
    const onMove = (e: MapMouseEvent) => {
      if (this.#store.state.drawMode) return;
      this.#setHover(hitTest(map, e.point, this.#interactiveIds)[0]?.id ?? null);
    };
    const onMoveEnd = () => this.#emit('view-change', this.view());
    map.on('click', onClick);
    map.on('mousemove', onMove);
    map.on('moveend', onMoveEnd);
    this.#teardown.push(() => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('moveend', onMoveEnd);
    }, deferClickRedraw(map));
    this.#teardown.push(
      watchContext(map, {
        lost: () => {
          this.#contextLost = true;
          this.#emit('context-lost', undefined);
        },
        restored: () => {
          this.#contextLost = false;
          this.#renderer.reapply(this.#store.state);
          map.triggerRepaint();
          this.#emit('context-restored', undefined);
        },
      }),
    );
  }
}
