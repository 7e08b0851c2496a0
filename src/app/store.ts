import type { IndustryId, LayerId } from '../data/schema.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { YearSwipe } from '../years/year-compare.ts';
import type { PlanYear } from '../years/year-filter.ts';

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
  /** Open side view, if any: the id of a view registered in panels.ts (the URL parser checks it). */
  panel: string | null;
  /** The park finder's industry filter. */
  industry: IndustryId | null;
  /** Ids of the parks compared side by side (2–3), or none. */
  compare: string[];
  /** The plan reader's paragraph (`para=`), opened with the reader. */
  para: string | null;
  /** Words of that paragraph the reader emphasises (an info panel's "Read in the plan"); not in a link. */
  quote: string | null;
  /** A register entry shown on its own (`entry=`): a commitment that no feature places. */
  entry: string | null;
  /** The point "what is here" lists every plan feature at (`at=lon,lat`), or none. */
  at: [number, number] | null;
  /** Hide the features the plan places only at a town (`precise=1`). */
  preciseOnly: boolean;
  /** Draw the offline basemap, when the build carries one (`offline-basemap=0` hides it). */
  offlineBasemap: boolean;
  /** The plan year the map shows (`year=`): features it puts in the future are ghosted; null for the whole plan. */
  year: PlanYear | null;
  /** Two plan years side by side (`swipe=`): the main map shows the left one; null when not comparing. */
  swipe: YearSwipe | null;
  /** The feature under the pointer, drawn highlighted. */
  hovered: string | null;
  /** Features drawn faintly, still there: those a filter leaves out. */
  dimmed: readonly string[];
  /** Features drawn as selected beside the selection: the kiosk tour step's other features. */
  highlighted: readonly string[];
  /** The planner's drawing mode; while it is set, map clicks draw instead of selecting. */
  drawMode: DrawMode | null;
}

/** What a click on the map does while the planner draws. */
export type DrawMode = 'polygon' | 'line' | 'point' | 'select';

export type Listener<S> = (state: S, previous: S) => void;

/**
 * A tiny observable store. The app has exactly one: the map and the elements render from it,
 * and the URL mirrors the part of it a link can carry.
 */
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
