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
import { compareStep } from './year-compare-layout.ts';
import type { YearCompareMap } from './year-compare-map.ts';

export class YearCompare {
  #view: YearCompareMap | null = null;
  /** Set while the second map's code is on its way (a chunk of its own, fetched when first asked for). */
  #making = false;
  #disposed = false;
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
    switch (compareStep(s.swipe !== null, this.#view !== null)) {
      case 'make':
        this.#make().catch((err: unknown) => console.error('the year comparison did not load', err));
        break;
      case 'remove':
        this.#view?.dispose();
        this.#view = null;
        break;
      case 'update':
        this.#view?.update(s);
        break;
    }
  }

  async #make(): Promise<void> {
    if (this.#making) return;
    this.#making = true;
    const { YearCompareMap } = await import('./year-compare-map.ts').finally(() => (this.#making = false));
    const s = this.store.state;
    // The comparison may have ended, or the page gone, while the code was on its way.
    if (!s.swipe || this.#view || this.#disposed) return;
    const data = this.opts.data();
    const plan = planStyle(baseStyle(this.opts.glyphs, s.lang), this.opts.layers, s.layers, data);
    const view = new YearCompareMap({ main: this.main, store: this.store, plan, features: data.features });
    view.update(s);
    this.#view = view;
  }

  setPlanData(data: PlanFeatureCollection, labelled: (layer: string) => boolean): void {
    this.#view?.setPlanData(data, labelled);
  }

  dispose(): void {
    this.#disposed = true;
    this.#unsubscribe();
    this.#view?.dispose();
    this.#view = null;
  }
}
