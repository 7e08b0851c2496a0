/**
 * The rules of selection, in one place: what a click on the map selects, what "show this
 * feature" does (its layer turns on, the camera flies to it), and what a link to a feature that
 * does not exist gets (a notice, and no selection). Every change goes through the store.
 */
import type { AppState, Store } from '../app/store.ts';
import type { FeatureIndex } from '../data/plan-data.ts';
import type { Message } from '../i18n/i18n.ts';
import type { Hit } from '../map/hit-test.ts';
import type { MapController } from '../map/map-controller.ts';

export interface SelectionHost {
  store: Store<AppState>;
  controller(): MapController | undefined;
  index(): FeatureIndex;
  /** Every plan feature is in the index (the layers loaded after start included). */
  complete(): boolean;
  warn(id: string, message: Message): void;
  /** Settles once the panels have their new layout and the map its padding: a flight starts after it. */
  laidOut(): Promise<void>;
}

export class Selection {
  readonly #host: SelectionHost;

  constructor(host: SelectionHost) {
    this.#host = host;
  }

  /**
   * A click or tap on the map. One feature there opens it, and so does a point feature on top
   * (a station inside a park is what the finger meant); several areas or lines there list them
   * to pick from ("what is here"); an empty spot clears the selection. While "what is here" is
   * open, every tap asks it about the tapped point.
   */
  mapClick(hits: readonly Hit[], lngLat: [number, number]): void {
    const { store } = this.#host;
    if (store.state.panel === 'here' && store.state.selected === null) {
      store.set({ at: lngLat });
      return;
    }
    const [top] = hits;
    if (!top) store.set({ selected: null });
    else if (top.shape === 'point' || hits.length === 1) store.set({ selected: top.id });
    else store.set({ selected: null, panel: 'here', at: lngLat });
  }

  /**
   * Selects a feature and shows it: its layer on (and town-level placements, if it is one), the
   * camera on it. `keepPanel` keeps the open side view to come back to (the park finder, the
   * tools); otherwise it closes.
   */
  select(id: string, { keepPanel = false, fly = true } = {}): void {
    const { store } = this.#host;
    store.set(keepPanel ? { selected: id } : { selected: id, panel: null });
    this.show(id, fly);
  }

  /** Shows the selected feature once the data allows; a missing one is named, and dropped. */
  show(id: string | null, fly: boolean): void {
    if (id === null) return;
    const { store } = this.#host;
    const feature = this.#host.index().get(id);
    if (!feature) {
      // A feature of a layer loaded later may not be in the index yet.
      if (!this.#host.complete()) return;
      this.#host.warn('selection', { key: 'notice.selectionMissing', params: { id } });
      if (store.state.selected === id) store.set({ selected: null });
      return;
    }
    const layer = feature.properties.layer;
    if (!store.state.layers.includes(layer)) store.set({ layers: [...store.state.layers, layer] });
    // A feature placed only at a town is hidden while "only precisely located" is on: shown, it turns off.
    if (store.state.preciseOnly && feature.properties.geometry_accuracy === 'town')
      store.set({ preciseOnly: false });
    if (fly) void this.#host.laidOut().then(() => this.#host.controller()?.flyToFeature(feature.geometry));
  }

  /** Flies to a set of features (the park finder's filtered parks), leaving the selection alone. */
  flyTo(ids: readonly string[]): void {
    const geometries = ids.flatMap((id) => {
      const g = this.#host.index().get(id)?.geometry;
      return g ? [g] : [];
    });
    void this.#host.laidOut().then(() => this.#host.controller()?.flyToGeometries(geometries));
  }
}
