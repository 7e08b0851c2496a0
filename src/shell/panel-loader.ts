/**
 * Loads a registered view's code the first time it is opened. If the file does not arrive, the
 * view closes and a notice says so, with a retry that asks for the file anew (chunk-import.ts).
 */
import type { Panel } from '../app/panels.ts';
import type { AppState, Store } from '../app/store.ts';
import type { Notice } from '../components/notice-banner.ts';
import { importChunk } from './chunk-import.ts';

export class PanelLoader {
  readonly #store: Store<AppState>;
  readonly #notify: (notice: Notice) => void;
  readonly #dismiss: (id: string) => void;
  readonly #loaded = new Set<string>();
  /** How often each view's file has failed to arrive. */
  readonly #failures = new Map<string, number>();

  constructor(store: Store<AppState>, notify: (notice: Notice) => void, dismiss: (id: string) => void) {
    this.#store = store;
    this.#notify = notify;
    this.#dismiss = dismiss;
  }

  load(panel: Panel): void {
    if (this.#loaded.has(panel.id)) return;
    this.#loaded.add(panel.id);
    const failures = this.#failures.get(panel.id) ?? 0;
    const id = `view-${panel.id}`;
    importChunk<unknown>(() => panel.load(), failures).catch((err: unknown) => {
      this.#loaded.delete(panel.id);
      this.#failures.set(panel.id, failures + 1);
      console.error(`view ${panel.id} did not load`, err);
      if (this.#store.state.panel === panel.id) this.#store.set({ panel: null });
      this.#notify({
        id,
        level: 'error',
        summary: { key: 'notice.chunkFailed', params: { view: { key: panel.label } } },
        details: [String(err)],
        action: {
          label: { key: 'notice.retry' },
          run: () => {
            this.#dismiss(id);
            this.#store.set({ panel: panel.id, selected: null });
          },
        },
      });
    });
  }
}
