/**
 * Follows the store's year comparison (`swipe`): makes the second map when it starts, updates it
 * while it lasts, and removes it when it ends, so that the page holds a second WebGL context only
 * while two years are side by side.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { baseStyle } from '../../styles/base-style.ts';
import type { AppState, Store } from '../app/store.ts';
import type { PlanFeatureCollection } from '../data/schema.ts';
import type { LayerDefinition } from '../layers/types.ts';
import { planStyle } from './plan-style.ts';
import { YearCompareMap } from './year-compare-map.ts';

export class YearCompare {
  #view: YearCompareMap | null = null;
  readonly #unsubscribe: () => void;

  constructor(
    readonly main: MaplibreMap,
    readonly store: Store<AppState>,
    /** What the main map is made with; `data` gives the features it holds now. */
    readonly opts: { glyphs: string; layers: readonly LayerDefinition[]; data: () => PlanFeatureCollection },
  ) {
    this.#follow(store.state);
    this.#unsubscribe = store.subscribe((s) => this.#follow(s));
  }

  /** The second map while comparing, for tests and benchmarks. */
  get map() {
    return this.#view?.map ?? null;
  }

  #follow(s: AppState): void {
    if (s.swipe && !this.#view) this.#view = this.#make(s);
    else if (!s.swipe && this.#view) {
      this.#view.dispose();
      this.#view = null;
    }
    this.#view?.update(s);
  }

  #make(s: AppState): YearCompareMap {
    const data = this.opts.data();
    const plan = planStyle(baseStyle(this.opts.glyphs, s.lang), this.opts.layers, s.layers);
    const view = new YearCompareMap({ main: this.main, store: this.store, plan, features: data.features });
    // The style starts with empty plan sources, as the main map's does.
    view.setPlanData(data, plan.labelled);
    return view;
  }

  setPlanData(data: PlanFeatureCollection, labelled: (layer: string) => boolean): void {
    this.#view?.setPlanData(data, labelled);
  }

  dispose(): void {
    this.#unsubscribe();
    this.#view?.dispose();
    this.#view = null;
  }
}
