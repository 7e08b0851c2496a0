/**
 * What the planner has drawn and imported, kept per map for the page's life: closing the
 * tools panel (or opening a feature's info) keeps the shapes and the imported layer.
 */

import type { ImportDone, ImportProgress } from '../data/import/import-protocol.ts';
import { failureMessage } from '../data/worker-client.ts';
import type { Message } from '../i18n/i18n.ts';
import type { DrawTool } from '../map/draw-tool.ts';
import type { MapController } from '../map/map-controller.ts';
import { importFile } from './import/import-client.ts';

export interface ImportedLayer {
  result: ImportReport;
  blob: Blob;
  visible: boolean;
}

export type ImportReport = Omit<ImportDone, 'blob' | 'type'>;

export interface ImportStatus {
  fileName: string;
  /** Current step while running; `done`, `failed` or `cancelled` at the end. */
  phase: ImportProgress['phase'] | 'done' | 'failed' | 'cancelled';
  /** Share of the file read, 0–1. */
  ratio: number;
  /** The last finished import's report (issues, rows), kept after the layer is removed. */
  report?: ImportReport;
  error?: Message;
}

type Listener = () => void;

export class PlannerSession {
  readonly draw: DrawTool;
  /** The tab the panel last showed, so that it reopens there. */
  tab = 'draw';
  #imported: ImportedLayer | null = null;
  #status: ImportStatus | null = null;
  /** Ends the import running now, if any. */
  #abort: AbortController | null = null;
  readonly #listeners = new Set<Listener>();

  constructor(readonly controller: MapController) {
    this.draw = controller.tools.draw;
  }

  get imported(): ImportedLayer | null {
    return this.#imported;
  }

  get importStatus(): ImportStatus | null {
    return this.#status;
  }

  /**
   * Reads, validates and measures a file in a worker. A file with issues lists them; its
   * valid features (if any) replace the imported layer, and nothing else on the map changes.
   * The last file chosen wins: choosing another ends the import still running, so a slow
   * earlier file can never finish after it and replace its layer.
   */
  async importFile(file: File): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const current = () => this.#abort === abort && !abort.signal.aborted;
    this.#status = { fileName: file.name, phase: 'reading', ratio: 0 };
    this.#changed();
    try {
      const done = await importFile(
        file,
        (p) => {
          if (!current()) return;
          this.#status = { fileName: file.name, phase: p.phase, ratio: p.phase === 'reading' ? p.ratio : 1 };
          this.#changed();
        },
        abort.signal,
      );
      if (!current()) return;
      // For bench/planner-import.ts: where the worker's part ends and the map's begins.
      performance.mark('planner-import-done');
      const { blob: _blob, type: _type, ...report } = done;
      if (done.blob) this.setImported(done);
      this.#status = { fileName: file.name, phase: 'done', ratio: 1, report };
    } catch (err) {
      if (abort.signal.aborted) return;
      this.#status = { fileName: file.name, phase: 'failed', ratio: 1, error: failureMessage(err) };
    } finally {
      if (this.#abort === abort) this.#abort = null;
    }
    this.#changed();
  }

  /** True while an import runs (it can be cancelled). */
  get importRunning(): boolean {
    return this.#abort !== null;
  }

  /** Ends the running import: its worker is terminated and nothing of it reaches the map. */
  cancelImport(): void {
    const abort = this.#abort;
    if (!abort) return;
    abort.abort();
    this.#abort = null;
    const fileName = this.#status?.fileName ?? '';
    this.#status = { fileName, phase: 'cancelled', ratio: 1 };
    this.#changed();
  }

  onChange(l: Listener): () => void {
    this.#listeners.add(l);
    return () => this.#listeners.delete(l);
  }

  /** Replaces the imported layer with a new file's valid features. */
  setImported(done: ImportDone): void {
    this.removeImported();
    if (!done.blob) return;
    const { blob, type: _type, ...result } = done;
    this.#imported = { result, blob, visible: true };
    this.controller.tools.setImportLayer(blob);
    this.#changed();
  }

  setImportedVisible(visible: boolean): void {
    if (!this.#imported) return;
    this.#imported = { ...this.#imported, visible };
    this.controller.tools.setImportVisible(visible);
    this.#changed();
  }

  removeImported(): void {
    if (!this.#imported) return;
    this.controller.tools.setImportLayer(null);
    this.#imported = null;
    this.#changed();
  }

  #changed(): void {
    for (const l of this.#listeners) l();
  }
}

const sessions = new WeakMap<MapController, PlannerSession>();

export function sessionFor(controller: MapController): PlannerSession {
  let s = sessions.get(controller);
  if (!s) {
    s = new PlannerSession(controller);
    sessions.set(controller, s);
  }
  return s;
}
