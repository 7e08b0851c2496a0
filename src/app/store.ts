import type { IndustryId, LayerId } from '../data/schema.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { PanelId } from './panels.ts';

export type { PanelId };

export interface ViewState {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface AppState {
  lang: Lang;
  view: ViewState;
  /** Visible layers. */
  layers: LayerId[];
  /** Id of the selected feature, whose info panel is open. */
  selected: string | null;
  /** Open side view, if any. */
  panel: PanelId | null;
  /** The park finder's industry filter. */
  industry: IndustryId | null;
  /** Ids of the parks compared side by side (2–3), or none. */
  compare: string[];
}

export type Listener<S> = (state: S, previous: S) => void;

/** A tiny observable store; the app has exactly one, which the URL mirrors. */
export class Store<S extends object> {
  #state: S;
  readonly #listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.#state = initial;
  }

  get state(): S {
    return this.#state;
  }

  set(patch: Partial<S>): void {
    const previous = this.#state;
    const next = { ...previous, ...patch };
    if (Object.keys(patch).every((k) => Object.is(previous[k as keyof S], next[k as keyof S]))) return;
    this.#state = next;
    for (const listener of [...this.#listeners]) listener(next, previous);
  }

  /** Calls `listener` on every change; returns the function that unsubscribes it. */
  subscribe(listener: Listener<S>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }
}
