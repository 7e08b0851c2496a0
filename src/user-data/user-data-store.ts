/**
 * The planner's own data kept across reloads: imported layers (their validated features, file
 * name, colour and import date) and the outlines assigned to plan features as measured outlines.
 * It is the user's, never plan data: the targets and info panels label every figure from it so.
 * Persistence goes through `UserDataPersistence` (IndexedDB in the browser, memory in tests).
 */
import { Store } from '../app/store.ts';
import type { ImportedRow } from '../data/import/import-check.ts';
import type { WebOffset } from '../geo/china-offsets.ts';

export interface StoredImport {
  id: string;
  fileName: string;
  colour: string;
  /** ISO date-time of the import. */
  importedAt: string;
  visible: boolean;
  features: GeoJSON.FeatureCollection;
  rows: ImportedRow[];
  rowCount: number;
  totals: { areaM2: number; lengthM: number };
  bbox?: [number, number, number, number];
  /** The Chinese web map the user said the file came from: its features are kept converted to WGS84. */
  offset?: WebOffset;
}

/** What an import brings, before the store gives it an id, a colour and its visibility. */
export type NewImport = Omit<StoredImport, 'id' | 'colour' | 'visible'>;

/** A polygon of the user's, assigned to a plan feature as its measured outline. */
export interface MeasuredOutline {
  featureId: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  /** Where it came from: the imported file's name, or the drawn shape's label. */
  source: string;
  /** ISO date-time of the assignment. */
  assignedAt: string;
}

export interface UserData {
  imports: StoredImport[];
  outlines: MeasuredOutline[];
}

export interface UserDataPersistence {
  load(): Promise<UserData | null>;
  save(data: UserData): Promise<void>;
  clear(): Promise<void>;
}

/** Distinct for the common colour-vision deficiencies (Okabe–Ito), none the plan's own zone colours. */
export const IMPORT_PALETTE = ['#d55e00', '#0072b2', '#cc79a7', '#e69f00', '#009e73', '#56b4e9'] as const;

/** The colour the measured outlines are drawn in, apart from every imported layer's. */
export const MEASURED_COLOUR = '#1b1b1b';

export function memoryPersistence(
  initial: UserData | null = null,
): UserDataPersistence & { saved: UserData | null } {
  return {
    saved: initial,
    async load() {
      return this.saved && structuredClone(this.saved);
    },
    async save(data) {
      this.saved = structuredClone(data);
    },
    async clear() {
      this.saved = null;
    },
  };
}

export class UserDataStore extends Store<UserData & { loaded: boolean }> {
  readonly #persistence: UserDataPersistence;
  #loading?: Promise<void>;
  /** Saves in order, so that a later state never lands before an earlier one. */
  #saving: Promise<void> = Promise.resolve();

  constructor(persistence: UserDataPersistence) {
    super({ imports: [], outlines: [], loaded: false });
    this.#persistence = persistence;
  }

  /** Loads what was kept, once; resolves when it is there (or when nothing could be read). */
  ready(): Promise<void> {
    this.#loading ??= this.#persistence.load().then(
      (data) => this.set({ imports: data?.imports ?? [], outlines: data?.outlines ?? [], loaded: true }),
      () => this.set({ loaded: true }),
    );
    return this.#loading;
  }

  /** The colour the next import gets: the first of the palette no layer uses, else in turn. */
  nextColour(): string {
    const used = new Set(this.state.imports.map((i) => i.colour));
    return (
      IMPORT_PALETTE.find((c) => !used.has(c)) ??
      IMPORT_PALETTE[this.state.imports.length % IMPORT_PALETTE.length]
    );
  }

  async addImport(layer: NewImport): Promise<StoredImport> {
    await this.ready();
    const stored: StoredImport = {
      ...layer,
      id: crypto.randomUUID(),
      colour: this.nextColour(),
      visible: true,
    };
    this.#update({ imports: [...this.state.imports, stored] });
    return stored;
  }

  /** Puts a new reading of a layer's file in its place, keeping its id, colour and visibility. */
  replaceImport(id: string, layer: NewImport): void {
    this.#update({
      imports: this.state.imports.map((i) =>
        i.id === id ? { ...layer, id, colour: i.colour, visible: i.visible } : i,
      ),
    });
  }

  /** Changes a layer's features and what follows from them (measures, box, web-map offset). */
  updateImport(id: string, patch: Partial<Omit<StoredImport, 'id'>>): void {
    this.#update({ imports: this.state.imports.map((i) => (i.id === id ? { ...i, ...patch } : i)) });
  }

  setVisible(id: string, visible: boolean): void {
    this.#update({ imports: this.state.imports.map((i) => (i.id === id ? { ...i, visible } : i)) });
  }

  removeImport(id: string): void {
    this.#update({ imports: this.state.imports.filter((i) => i.id !== id) });
  }

  /** Assigns an outline to a feature, replacing the one it had. */
  assign(outline: MeasuredOutline): void {
    const others = this.state.outlines.filter((o) => o.featureId !== outline.featureId);
    this.#update({ outlines: [...others, outline] });
  }

  unassign(featureId: string): void {
    this.#update({ outlines: this.state.outlines.filter((o) => o.featureId !== featureId) });
  }

  outlineOf(featureId: string): MeasuredOutline | undefined {
    return this.state.outlines.find((o) => o.featureId === featureId);
  }

  /** Forgets every imported layer and assigned outline, here and in storage. */
  async forgetAll(): Promise<void> {
    this.set({ imports: [], outlines: [] });
    this.#saving = this.#saving.then(() => this.#persistence.clear()).catch(() => {});
    await this.#saving;
  }

  /** Resolves once every change so far is stored. */
  saved(): Promise<void> {
    return this.#saving;
  }

  #update(patch: Partial<UserData>): void {
    this.set(patch);
    const { imports, outlines } = this.state;
    this.#saving = this.#saving.then(() => this.#persistence.save({ imports, outlines })).catch(() => {});
  }
}
