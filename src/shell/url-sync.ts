/**
 * The URL and the store: the state a link asks for at start, and the link kept in step with the
 * store afterwards. A kiosk's URL is its configuration, so a kiosk never rewrites it: a reload
 * comes back to the configured home, not to the last visitor's language and layers.
 */
import { homeState } from '../app/home.ts';
import { panelsFor } from '../app/panels.ts';
import type { AppState, Store } from '../app/store.ts';
import { browserLang, type Message } from '../i18n/i18n.ts';
import { readApproval } from '../url/map-approval.ts';
import { readUrlState, writeUrlState } from '../url/url-state.ts';

export interface InitialState {
  state: AppState;
  /** Where "home" goes back to: the defaults with the language and layers the link configures. */
  home: AppState;
  /** Parameters that were ignored, with why. */
  messages: Message[];
}

export function initialState(search: string, kiosk: boolean): InitialState {
  const { patch, messages, warnings } = readUrlState(search);
  for (const w of warnings) console.warn(w);
  if (kiosk && patch.panel && !panelsFor(true).some((p) => p.id === patch.panel)) {
    messages.push({ key: 'url.ignored.panelKiosk', params: { name: 'panel', value: patch.panel } });
    delete patch.panel;
  }
  // A kiosk keeps to one map (one GPU context for weeks): no year comparison there.
  if (kiosk && patch.swipe) {
    messages.push({ key: 'url.ignored.swipeKiosk', params: { name: 'swipe' } });
    delete patch.swipe;
  }
  // The map-approval line is no state, but a malformed one is named with the others.
  messages.push(...readApproval(search).messages);
  const defaults = homeState(browserLang());
  return {
    state: { ...defaults, ...patch },
    home: {
      ...defaults,
      ...(patch.lang ? { lang: patch.lang } : {}),
      ...(patch.layers ? { layers: patch.layers } : {}),
    },
    messages,
  };
}

/** Keeps the URL in step with the store (never in a kiosk); returns the unsubscribe function. */
export function syncUrl(store: Store<AppState>, kiosk: boolean): () => void {
  const write = (s: AppState) => {
    if (kiosk) return;
    const search = writeUrlState(s, location.search);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };
  write(store.state);
  return store.subscribe(write);
}
