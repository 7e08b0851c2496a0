/**
 * Owns the one maplibre-gl Map of the page. It is created once and never removed:
 * `map.remove()` leaks worker state (docs/decisions/0003-one-map-instance.md), so the
 * app resets the view instead of rebuilding the map.
 */
import {
  type FilterSpecification,
  type GeoJSONSource,
  type LayerSpecification,
  type MapGeoJSONFeature,
  Map as MaplibreMap,
  NavigationControl,
  type PaddingOptions,
  type Point,
  ScaleControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { baseStyle } from '../../styles/base-style.ts';
import { labelSourceOf } from '../../styles/layer-styles.ts';
import type { ViewState } from '../app/store.ts';
import type { LayerId, PlanFeatureCollection } from '../data/schema.ts';
import { featureBounds } from '../geo/bounds.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { LayerDefinition } from '../layers/types.ts';
import { polygonLabelPoints } from './label-points.ts';

setWorkerUrl(workerUrl);

/** The single GeoJSON source holding every plan feature; each layer filters it by `layer`. */
export const PLAN_SOURCE = 'plan';

export interface MapControllerOptions {
  container: HTMLElement;
  view: ViewState;
  lang: Lang;
  /** The style's `glyphs` URL: the app's own pre-rendered label glyphs. */
  glyphs: string;
  /** Accessible name of the map region. */
  label: string;
  /** Every plan layer, drawn from the plan source. */
  layers: readonly LayerDefinition[];
  /** The plan features the map starts with, in its style: the worker tiles them with the style's first load. */
  data: PlanFeatureCollection;
  /** The plan layers visible at start. */
  visible: readonly LayerId[];
}

export interface MapControllerEvents {
  'feature-click': { id: string | null };
  'view-change': ViewState;
  'context-lost': undefined;
  'context-restored': undefined;
}

type Handler<K extends keyof MapControllerEvents> = (detail: MapControllerEvents[K]) => void;
type AnyHandler = (detail: never) => void;

export class MapController {
  readonly map: MaplibreMap;
  readonly #layers = new Map<LayerId, { def: LayerDefinition; styleIds: string[] }>();
  readonly #handlers = new Map<keyof MapControllerEvents, Set<AnyHandler>>();
  #interactiveIds: string[] = [];
  #hovered: string | number | null = null;
  #selected: string | null = null;
  #dimmed = new Set<string>();
  /** Off while a tool (e.g. drawing) owns map clicks: no info panel, no hover highlight. */
  #featureClicks = true;
  /** Settles once the style, with its sources, exists (MapLibre loads it a frame after the map is made). */
  #styleLoaded: Promise<void>;
  #styleReady = false;

  constructor(opts: MapControllerOptions) {
    this.map = new MaplibreMap({
      container: opts.container,
      style: this.#planStyle(baseStyle(opts.glyphs, opts.lang), opts.layers, opts.visible, opts.data),
      center: opts.view.center,
      zoom: opts.view.zoom,
      bearing: opts.view.bearing,
      pitch: opts.view.pitch,
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
    });
    this.map.getCanvas().setAttribute('aria-label', opts.label);
    this.map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    // 'style.load', not 'load' (which waits for the first full frame): the style can take changes
    // as soon as it exists.
    this.#styleLoaded = new Promise((resolve) =>
      this.map.once('style.load', () => {
        this.#styleReady = true;
        resolve();
      }),
    );
    this.#wireEvents();
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

  /** Replaces the plan features on the map; the layers that draw them are in the style from the start. */
  setPlanData(data: PlanFeatureCollection): void {
    this.#withStyle(() => {
      (this.map.getSource(PLAN_SOURCE) as GeoJSONSource).setData(data);
      (this.map.getSource(labelSourceOf(PLAN_SOURCE)) as GeoJSONSource).setData(
        polygonLabelPoints(data.features),
      );
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
   * The plan source, with its data, and every layer's style layers, built into the initial
   * style: one style load is far cheaper than adding layers one by one.
   * Layers draw in order: every fill first, then lines, then points and labels, so that no
   * polygon of a higher layer hides the lines and labels below it.
   */
  #planStyle(
    base: StyleSpecification,
    defs: readonly LayerDefinition[],
    visible: readonly LayerId[],
    data: PlanFeatureCollection,
  ): StyleSpecification {
    const shown = new Set(visible);
    const rank = (spec: LayerSpecification) =>
      spec.type === 'fill' ? 0 : spec.type === 'line' ? 1 : spec.type === 'circle' ? 2 : 3;
    const specs: { def: LayerDefinition; spec: LayerSpecification }[] = [];
    for (const def of defs) {
      for (const spec of def.styleLayers(PLAN_SOURCE))
        specs.push({ def, spec: withLayerFilter(spec, def.id) });
    }
    specs.sort((a, b) => rank(a.spec) - rank(b.spec) || a.def.order - b.def.order);
    for (const { def, spec } of specs) {
      const entry = this.#layers.get(def.id) ?? { def, styleIds: [] };
      entry.styleIds.push(spec.id);
      this.#layers.set(def.id, entry);
    }
    this.#interactiveIds = [...this.#layers.values()]
      .filter((l) => l.def.interactive)
      .flatMap((l) => l.styleIds.filter((id) => !id.endsWith('-label')));
    return {
      ...base,
      sources: {
        ...base.sources,
        [PLAN_SOURCE]: { type: 'geojson', data, promoteId: 'id', tolerance: 0.2 },
        [labelSourceOf(PLAN_SOURCE)]: { type: 'geojson', data: polygonLabelPoints(data.features) },
      },
      layers: [
        ...base.layers,
        ...specs.map(
          ({ def, spec }) =>
            ({
              ...spec,
              layout: { ...spec.layout, visibility: shown.has(def.id) ? 'visible' : 'none' },
            }) as LayerSpecification,
        ),
      ],
    };
  }

  /**
   * Runs a change to the style now, or once the style has loaded if the map is still starting:
   * calls made meanwhile (a deep link's selection, a restored filter) apply in order, none lost.
   */
  #withStyle(apply: () => void): void {
    if (this.#styleReady) apply();
    else void this.#styleLoaded.then(apply);
  }

  setVisibleLayers(visible: readonly LayerId[]): void {
    const shown = new Set(visible);
    this.#withStyle(() => {
      for (const [id, { styleIds }] of this.#layers) {
        for (const styleId of styleIds) {
          this.map.setLayoutProperty(styleId, 'visibility', shown.has(id) ? 'visible' : 'none');
        }
      }
    });
  }

  setLang(lang: Lang): void {
    this.#withStyle(() => this.map.setGlobalStateProperty('lang', lang));
  }

  /** Marks one feature as selected (or none) through feature state. */
  select(id: string | null): void {
    if (this.#selected === id) return;
    const previous = this.#selected;
    this.#selected = id;
    this.#withStyle(() => {
      if (previous !== null)
        this.map.setFeatureState({ source: PLAN_SOURCE, id: previous }, { selected: false });
      if (id !== null) this.map.setFeatureState({ source: PLAN_SOURCE, id }, { selected: true });
    });
  }

  /** Dims exactly these features (feature state `dimmed`), e.g. those a filter leaves out. */
  setDimmed(ids: readonly string[]): void {
    const previous = this.#dimmed;
    const next = new Set(ids);
    this.#dimmed = next;
    this.#withStyle(() => {
      for (const id of previous)
        if (!next.has(id)) this.map.setFeatureState({ source: PLAN_SOURCE, id }, { dimmed: false });
      for (const id of next) this.map.setFeatureState({ source: PLAN_SOURCE, id }, { dimmed: true });
    });
  }

  /** Moves the camera to show a feature, leaving room for the panel on the right. */
  flyToFeature(geometry: GeoJSON.Geometry, opts: { padding?: PaddingOptions; animate?: boolean } = {}) {
    const [w, s, e, n] = featureBounds(geometry);
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      {
        padding: opts.padding ?? { top: 80, bottom: 80, left: 80, right: 80 },
        maxZoom: 13.5,
        duration: opts.animate === false ? 0 : 1200,
      },
    );
  }

  /** Lets a tool take map clicks (false) or gives them back to feature selection (true). */
  setFeatureClicks(on: boolean): void {
    this.#featureClicks = on;
    if (!on && this.#hovered !== null && this.map.getSource(PLAN_SOURCE)) {
      this.map.setFeatureState({ source: PLAN_SOURCE, id: this.#hovered }, { hover: false });
      this.#hovered = null;
    }
  }

  /**
   * Touch-screen kiosk gestures: one finger pans, pinch zooms; rotation and pitch stay off
   * unless `rotate` is true, and the keyboard does not move the map.
   */
  setKioskGestures({ rotate = false }: { rotate?: boolean } = {}): void {
    const m = this.map;
    if (rotate) {
      m.dragRotate.enable();
      m.touchPitch.enable();
      m.touchZoomRotate.enableRotation();
    } else {
      m.dragRotate.disable();
      m.touchPitch.disable();
      m.touchZoomRotate.disableRotation();
    }
    m.keyboard.disable();
    m.doubleClickZoom.enable();
  }

  jumpTo(view: ViewState): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
  }

  view(): ViewState {
    const c = this.map.getCenter();
    return {
      center: [c.lng, c.lat],
      zoom: this.map.getZoom(),
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  /** Plan features rendered right now, for a layer, as MapLibre sees them. */
  renderedFeatures(layer: LayerId): MapGeoJSONFeature[] {
    const ids = this.#layers.get(layer)?.styleIds ?? [];
    return this.map.queryRenderedFeatures({ layers: ids.filter((id) => this.map.getLayer(id)) });
  }

  #wireEvents(): void {
    const map = this.map;
    map.on('click', (e) => {
      if (!this.#featureClicks) return;
      const hit = this.#hitTest(e.point);
      this.#emit('feature-click', { id: hit });
    });
    map.on('mousemove', (e) => {
      if (!this.#featureClicks) return;
      const hit = this.#hitTest(e.point);
      if (hit === this.#hovered) return;
      if (this.#hovered !== null)
        map.setFeatureState({ source: PLAN_SOURCE, id: this.#hovered }, { hover: false });
      this.#hovered = hit;
      if (hit !== null) map.setFeatureState({ source: PLAN_SOURCE, id: hit }, { hover: true });
      map.getCanvas().style.cursor = hit === null ? '' : 'pointer';
    });
    map.on('moveend', () => this.#emit('view-change', this.view()));
    const canvas = map.getCanvas();
    canvas.addEventListener('webglcontextlost', () => this.#emit('context-lost', undefined));
    canvas.addEventListener('webglcontextrestored', () => {
      // MapLibre rebuilds its GPU state on restore; a repaint draws the map again.
      map.triggerRepaint();
      this.#emit('context-restored', undefined);
    });
  }

  /** The id of the topmost interactive feature under a point; small features win over large ones. */
  #hitTest(point: Point): string | null {
    if (this.#interactiveIds.length === 0) return null;
    const pad = 6;
    const features = this.map.queryRenderedFeatures(
      [
        [point.x - pad, point.y - pad],
        [point.x + pad, point.y + pad],
      ],
      {
        layers: this.#interactiveIds.filter((id) => this.map.getLayoutProperty(id, 'visibility') !== 'none'),
      },
    );
    const best = pickTopmost(features);
    return best ? String(best.id ?? best.properties.id) : null;
  }
}

/** Points before lines before polygons: a station inside a park is what the finger meant. */
function pickTopmost(features: MapGeoJSONFeature[]): MapGeoJSONFeature | undefined {
  const weight = (f: MapGeoJSONFeature) => (f.layer.type === 'circle' ? 0 : f.layer.type === 'line' ? 1 : 2);
  return [...features].sort((a, b) => weight(a) - weight(b))[0];
}

function withLayerFilter(spec: LayerSpecification, layer: LayerId): LayerSpecification {
  if (spec.type === 'background') return spec;
  const own: FilterSpecification = ['==', ['get', 'layer'], layer];
  const filter = spec.filter ? (['all', own, spec.filter] as FilterSpecification) : own;
  return { ...spec, filter } as LayerSpecification;
}
