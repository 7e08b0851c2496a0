import type { Lang } from '../i18n/i18n.ts';
import { defaultVisibleLayers } from '../layers/registry.ts';
import type { AppState, ViewState } from './store.ts';

/** The whole district in view. */
export const HOME_VIEW: ViewState = { center: [105.8, 29.29], zoom: 9.3, bearing: 0, pitch: 0 };

/** Where the app starts when the URL asks for nothing else. */
export function homeState(lang: Lang): AppState {
  return {
    lang,
    view: HOME_VIEW,
    layers: defaultVisibleLayers(),
    selected: null,
    panel: null,
    industry: null,
    compare: [],
    para: null,
    quote: null,
    entry: null,
    at: null,
    preciseOnly: false,
    offlineBasemap: true,
    year: null,
    swipe: null,
    hovered: null,
    dimmed: [],
    highlighted: [],
    drawMode: null,
  };
}
