/**
 * The app store, provided by the shell to the elements that act on it (the top bar, the side
 * views): they write what the user asks for, and render from what it holds.
 */
import { createContext } from '@lit/context';
import type { AppState, Store } from './store.ts';

export const storeContext = createContext<Store<AppState>>(Symbol('atlas-store'));
