/**
 * What the planner has drawn and imported, kept per map for the page's life: closing the
 * tools panel (or opening a feature's info) keeps the shapes. The imported layers and the
 * measured outlines are the user's data store's (`user-data.ts`, kept across reloads); the
 * session imports into it and keeps the map drawing it.
 */

import type { ImportDone, ImportProgress } from '../data/import/import-protocol.ts';
import { failureMessage } from '../data/worker-client.ts';
import type { WebOffset } from '../geo/china-offsets.ts';
import type { Lang, Message } from '../i18n/i18n.ts';
import type { DrawTool } from '../map/draw-tool.ts';
import type { MapController } from '../map/map-controller.ts';
import { MapTools } from '../map/map-tools.ts';
import { userData } from '../user-data/user-data.ts';
import type { NewImport, UserDataStore } from '../user-data/user-data-store.ts';
import { importFile } from './import/import-client.ts';
import { withOffset } from './import/web-offset.ts';
import { drawnLabels, userCollection } from './user-polygons.ts';

export type ImportReport = Omit<ImportDone, 'blob' | 'type'>;

export interface ImportStatus {
  fileName: string;
  /** Current step while running; `done`, `failed` or `cancelled` at the end. */
  phase: ImportProgress['phase'] | 'done' | 'failed' | 'cancelled';
  /** Share of the file read, 0–1. */
  ratio: number;
  /** The last finished import's report (issues, rows), kept after the layer is removed. */
  report?: ImportReport;
  /** The reports of a zip's further shapefiles, each imported as a layer of its own. */
  others?: ImportReport[];
  error?: Message;
}

type Listener = () => void;

export class PlannerSession {
  /** The tools' part of the map: the drawing, the user's layers, the map images. */
  readonly tools: MapTools;
  readonly draw: DrawTool;
  /** The tab the panel last showed, so that it reopens there. */
  tab = 'draw';
  #status: ImportStatus | null = null;
  /** Ends the import running now, if any. */
  #abort: AbortController | null = null;
  /** The last file imported and the layers it became: read again when the user picks another zone. */
  #last: { file: File; layerIds: (string | undefined)[] } | null = null;
  readonly #listeners = new Set<Listener>();

  #lang: Lang = 'zh';

  constructor(
    readonly controller: MapController,
    readonly data: UserDataStore = userData,
  ) {
    this.tools = controller.tools(MapTools);
    this.draw = this.tools.draw;
    // The session lives as long as its map: these follow the store and the drawing for as long.
    data.subscribe(() => {
      this.#syncMap();
      this.#changed();
    });
    this.draw.onChange(() => this.#syncLabels());
    // What was kept may have loaded before the tools first opened (for the Targets view).
    void data.ready().then(() => this.#syncMap());
  }

  /** The language of the area labels on the map. */
  setLang(lang: Lang): void {
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#syncMap();
    this.#labelsKey = '';
    this.#syncLabels();
  }

  #syncMap(): void {
    const { imports, outlines } = this.data.state;
    const empty = imports.length === 0 && outlines.length === 0;
    this.tools.setUserData(empty ? null : userCollection(imports, outlines, this.#lang));
  }

  #labelsKey = '';

  /** The drawn polygons' area labels, again only when a polygon changed (not on every pointer move). */
  #syncLabels(): void {
    const polygons = this.draw.shapes.filter((s) => s.kind === 'polygon');
    const key = JSON.stringify(polygons.map((s) => s.coords));
    if (key === this.#labelsKey) return;
    this.#labelsKey = key;
    this.tools.setDrawLabels(drawnLabels(polygons, this.#lang));
  }

  get importStatus(): ImportStatus | null {
    return this.#status;
  }

  /**
   * Reads, validates and measures a file in a worker. A file with issues lists them; its
   * valid features (if any) become a new imported layer beside the others, and nothing else on
   * the map changes; each shapefile of a zip that holds several becomes a layer of its own. The
   * last file chosen wins: choosing another ends the import still running, so a slow earlier file
   * can never finish after it. `zoneEpsg` reads the file in that Gauss–Krüger zone in place of a
   * guessed one, and `replace` are the layers it becomes anew (one per shapefile).
   */
  async importFile(
    file: File,
    zoneEpsg?: number,
    replace: readonly (string | undefined)[] = [],
  ): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const current = () => this.#abort === abort && !abort.signal.aborted;
    this.#status = { fileName: file.name, phase: 'reading', ratio: 0 };
    this.#changed();
    try {
      const reports: ImportReport[] = [];
      const layerIds: (string | undefined)[] = [];
      let shapefiles: readonly (string | undefined)[] = [undefined];
      for (let k = 0; k < shapefiles.length; k++) {
        const done = await importFile(
          file,
          (p) => {
            if (!current()) return;
            this.#status = {
              fileName: file.name,
              phase: p.phase,
              ratio: p.phase === 'reading' ? p.ratio : 1,
            };
            this.#changed();
          },
          abort.signal,
          zoneEpsg,
          shapefiles[k],
        );
        if (!current()) return;
        // The first answer names a zip's shapefiles: the others are read next, in its order.
        if (k === 0 && done.part) shapefiles = done.part.shapefiles;
        // For bench/planner-import.ts: where the worker's part ends and the map's begins.
        performance.mark('planner-import-done');
        const { blob: _blob, type: _type, ...report } = done;
        reports.push(report);
        layerIds.push(done.blob ? await this.addImported(done, done.blob, replace[k]) : undefined);
      }
      this.#last = { file, layerIds };
      if (!current()) return;
      const [report, ...others] = reports;
      this.#status = {
        fileName: file.name,
        phase: 'done',
        ratio: 1,
        report,
        ...(others.length > 0 ? { others } : {}),
      };
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

  /** Keeps a file's valid features as a new imported layer, or in place of layer `replace`; returns its id. */
  async addImported(done: ImportDone, blob: Blob, replace?: string): Promise<string> {
    const features = JSON.parse(await blob.text()) as GeoJSON.FeatureCollection;
    const layer: NewImport = {
      fileName: done.fileName,
      importedAt: new Date().toISOString(),
      features,
      rows: done.rows,
      rowCount: done.rowCount,
      totals: done.totals,
      bbox: done.bbox,
    };
    if (replace && this.data.state.imports.some((i) => i.id === replace)) {
      this.data.replaceImport(replace, layer);
      return replace;
    }
    return (await this.data.addImport(layer)).id;
  }

  /** Reads the last imported file again in the Gauss–Krüger zone the user chose, in place of its layers. */
  reimportInZone(zoneEpsg: number): Promise<void> {
    const last = this.#last;
    return last ? this.importFile(last.file, zoneEpsg, last.layerIds) : Promise.resolve();
  }

  /** Converts a layer from the Chinese web map the user says its file came from (none: as in the file). */
  setOffset(layerId: string, offset: WebOffset | undefined): void {
    const layer = this.data.state.imports.find((i) => i.id === layerId);
    if (layer && layer.offset !== offset) this.data.updateImport(layerId, withOffset(layer, offset));
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
