/**
 * Renders the app state onto the map: visible layers and the label language at once, the
 * per-feature look (selected and highlighted, hovered, dimmed) through feature state; the features
 * the chosen plan year puts in the future are dimmed (ghosted) too, their status unchanged. It keeps
 * what it last applied, so each change touches only the features that changed, and it can
 * re-apply everything after the GPU context comes back.
 *
 * Feature states are applied once the next frame is painted: a click's first frame then shows
 * the info panel without also redrawing the whole map on the CPU (software rendering), and a
 * burst of changes (a filter dimming forty parks) costs one redraw.
 */
import type { GeoJSONSource, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { BASEMAP_SHOWN } from '../../styles/offline-basemap.ts';
import type { AppState } from '../app/store.ts';
import type { LayerId, PlanFeature } from '../data/schema.ts';
import { futureIds, type PlanYear } from '../years/year-filter.ts';
import { HERE_SOURCE, PLAN_SOURCE } from './plan-style.ts';

type Look = 'selected' | 'hover' | 'dimmed';

export interface PlanLayers {
  /** Every plan style layer in drawing order, with its plan layer. */
  specs: readonly { layer: LayerId; spec: LayerSpecification }[];
  styleIds: ReadonlyMap<LayerId, readonly string[]>;
}

export class StateRenderer {
  readonly #map: MaplibreMap;
  readonly #specs: PlanLayers['specs'];
  readonly #styleIds: ReadonlyMap<LayerId, readonly string[]>;
  /** Style layers the map holds: those of the layers shown at start, and of every layer shown since. */
  readonly #added: Set<string>;
  #layers: ReadonlySet<LayerId> | null = null;
  #lang: string | null = null;
  /** As the base style starts: every feature shown. */
  #precise: boolean | null = false;
  /** The offline basemap's style state starts shown (src/map/offline-basemap.ts). */
  #basemap: boolean | null = true;
  #at: AppState['at'] | undefined = null;
  /** What feature states the map holds now, by look. */
  #applied: Record<Look, Set<string>> = { selected: new Set(), hover: new Set(), dimmed: new Set() };
  #wanted: Record<Look, Set<string>> = { selected: new Set(), hover: new Set(), dimmed: new Set() };
  #frame = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Known plan feature ids: a state for an id the source lacks would throw. */
  #ids: ReadonlySet<string> = new Set();
  #features: readonly PlanFeature[] = [];
  /** The features ghosted for a year, worked out once per year and set of features. */
  /** The state last rendered. */
  #state: AppState | null = null;
  #future: { year: PlanYear | null; features: readonly PlanFeature[]; ids: readonly string[] } | null = null;

  constructor(map: MaplibreMap, plan: PlanLayers, shownAtStart: readonly LayerId[]) {
    this.#map = map;
    this.#specs = plan.specs;
    this.#styleIds = plan.styleIds;
    const shown = new Set(shownAtStart);
    this.#added = new Set(plan.specs.filter((s) => shown.has(s.layer)).map((s) => s.spec.id));
    this.#layers = shown;
  }

  /** A plan layer's style layer ids. */
  styleIdsOf(layer: LayerId): readonly string[] {
    return this.#styleIds.get(layer) ?? [];
  }

  /** The plan features now in the source. */
  setFeatureIds(ids: ReadonlySet<string>): void {
    this.#ids = ids;
    for (const look of Object.values(this.#applied)) for (const id of look) if (!ids.has(id)) look.delete(id);
    this.#schedule();
  }

  /** The plan features now in the source, with what the year filter needs of them. */
  setFeatures(features: readonly PlanFeature[]): void {
    this.#features = features;
    this.setFeatureIds(new Set(features.map((f) => f.properties.id)));
    // What the year ghosts depends on the features: the map may have started before they came.
    if (this.#state) this.render(this.#state);
  }

  #futureOf(year: PlanYear | null): readonly string[] {
    const f = this.#future;
    if (f?.year !== year || f.features !== this.#features)
      this.#future = { year, features: this.#features, ids: futureIds(this.#features, year) };
    return this.#future!.ids;
  }

  render(s: AppState): void {
    this.#state = s;
    const layers = new Set(s.layers);
    if (!this.#layers || !sameSet(layers, this.#layers)) {
      for (const id of layers) this.#add(id);
      for (const [id, styleIds] of this.#styleIds) {
        const visibility = layers.has(id) ? 'visible' : 'none';
        for (const styleId of styleIds)
          if (this.#added.has(styleId)) this.#map.setLayoutProperty(styleId, 'visibility', visibility);
      }
      this.#layers = layers;
    }
    if (s.at !== this.#at) {
      const source = this.#map.getSource(HERE_SOURCE) as GeoJSONSource | undefined;
      source?.setData({
        type: 'FeatureCollection',
        features: s.at
          ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: s.at }, properties: {} }]
          : [],
      });
      this.#at = s.at;
    }
    if (s.preciseOnly !== this.#precise) {
      this.#map.setGlobalStateProperty('preciseOnly', s.preciseOnly);
      this.#precise = s.preciseOnly;
    }
    if (s.offlineBasemap !== this.#basemap) {
      this.#map.setGlobalStateProperty(BASEMAP_SHOWN, s.offlineBasemap);
      this.#basemap = s.offlineBasemap;
    }
    if (s.lang !== this.#lang) {
      this.#map.setGlobalStateProperty('lang', s.lang);
      this.#lang = s.lang;
    }
    this.#wanted = {
      selected: new Set([...(s.selected ? [s.selected] : []), ...s.highlighted]),
      hover: new Set(s.hovered && !s.drawMode ? [s.hovered] : []),
      dimmed: new Set([...s.dimmed, ...this.#futureOf(s.year)]),
    };
    this.#schedule();
  }

  /** Adds a layer's style layers the first time it is shown, each in its place in the drawing order. */
  #add(layer: LayerId): void {
    const order = this.#specs;
    order.forEach(({ layer: l, spec }, k) => {
      if (l !== layer || this.#added.has(spec.id)) return;
      const before = order.slice(k + 1).find((s) => this.#added.has(s.spec.id))?.spec.id;
      this.#map.addLayer(spec, before);
      this.#added.add(spec.id);
    });
  }

  /** Forgets what the map holds (a restored GPU context) and applies the last state again. */
  reapply(s: AppState): void {
    this.#layers = null;
    this.#lang = null;
    this.#precise = null;
    this.#basemap = null;
    this.#at = undefined;
    // A restored context comes with a reloaded style, whose sources hold no feature state.
    this.#applied = { selected: new Set(), hover: new Set(), dimmed: new Set() };
    this.render(s);
  }

  /**
   * After the next frame is painted: a change made in that frame's animation callbacks would
   * still make MapLibre redraw in the same frame, so the flush waits for the frame to end.
   */
  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#timer = setTimeout(() => {
        this.#frame = 0;
        this.#flush();
      });
    });
  }

  #flush(): void {
    for (const look of ['selected', 'hover', 'dimmed'] as const) {
      const applied = this.#applied[look];
      const wanted = new Set([...this.#wanted[look]].filter((id) => this.#ids.has(id)));
      for (const id of applied)
        if (!wanted.has(id)) this.#map.setFeatureState({ source: PLAN_SOURCE, id }, { [look]: false });
      for (const id of wanted)
        if (!applied.has(id)) this.#map.setFeatureState({ source: PLAN_SOURCE, id }, { [look]: true });
      this.#applied[look] = wanted;
    }
  }

  dispose(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
  }
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
