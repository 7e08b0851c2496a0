/**
 * Loads the plan layers in two steps, so the map does not wait for the validator:
 * the files are fetched and parsed on the main thread as soon as the app starts and go on
 * the map after a cheap shape check; the full validator (the same one that checks
 * geodata/ at build time) then runs in a worker, and any feature it refuses is taken off
 * again and named in a notice (docs/decisions/0004-progressive-validation.md).
 */
import { type Message, msg, say } from '../i18n/i18n.ts';
import type { PlanFeature, PlanFeatureCollection } from './schema.ts';
import { tileSafe } from './validate/properties.ts';
import type { ValidationIssue } from './validate.ts';
import type { LayerId } from './vocabulary.ts';
import { callDataWorker } from './worker-client.ts';

export interface LayerFile {
  id: LayerId;
  url: string;
}

export interface LayerText {
  id: LayerId;
  /** `<layer>.geojson`, the name issues refer to. */
  file: string;
  text?: string;
  /** Why the file could not be fetched, in English; `errorSays` is the same as a message. */
  error?: string;
  errorSays?: Message;
}

function failed(id: LayerId, file: string, says: Message): LayerText {
  return { id, file, error: say('en', says), errorSays: says };
}

/** How long a layer file may take before the map is drawn without it. */
export const LAYER_FILE_TIMEOUT_MS = 10_000;

/**
 * Fetches every layer file at once; a file that fails, or does not answer within `timeoutMs`, is
 * reported, not thrown, so that one hung file never holds back the others.
 */
export function fetchLayerTexts(
  layers: readonly LayerFile[],
  timeoutMs = LAYER_FILE_TIMEOUT_MS,
): Promise<LayerText[]> {
  return Promise.all(
    layers.map(async ({ id, url }): Promise<LayerText> => {
      const file = `${id}.geojson`;
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const res = await fetch(url, { signal });
        if (!res.ok) return failed(id, file, msg('data.fileFailed.http', { status: res.status }));
        return { id, file, text: await res.text() };
      } catch (err) {
        return failed(
          id,
          file,
          signal.aborted
            ? msg('data.fileFailed.timeout', { seconds: timeoutMs / 1000 })
            : msg('data.fileFailed.other', { reason: (err as Error).message }),
        );
      }
    }),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when every leaf of a coordinates array is a finite number. */
function finiteCoordinates(c: unknown): boolean {
  if (typeof c === 'number') return Number.isFinite(c);
  return Array.isArray(c) && c.length > 0 && c.every(finiteCoordinates);
}

/** The cheap check before drawing: something MapLibre can draw, with the id and layer the app needs. */
function drawable(f: unknown, layer: LayerId): f is PlanFeature {
  if (!isRecord(f) || f.type !== 'Feature' || !isRecord(f.geometry) || !isRecord(f.properties)) return false;
  const { geometry: g, properties: p } = f;
  return (
    typeof g.type === 'string' &&
    finiteCoordinates(g.coordinates) &&
    typeof p.id === 'string' &&
    p.layer === layer &&
    // One property the tile encoder cannot write would hide the whole layer until the worker's verdict.
    tileSafe(p)
  );
}

/** Parses the fetched files and keeps the drawable features; the worker judges the rest. */
export function quickCollection(texts: readonly LayerText[]): PlanFeatureCollection {
  const features: PlanFeature[] = [];
  for (const { id, text } of texts) {
    if (text === undefined) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (isRecord(value) && Array.isArray(value.features)) {
        for (const f of value.features) if (drawable(f, id)) features.push(f);
      }
    } catch {
      // Not JSON: the worker reports it with the file's name.
    }
  }
  return { type: 'FeatureCollection', features };
}

export interface ValidationResult {
  /**
   * The features to take off the map, each by its file and id (an id another file reuses
   * must not take the genuine feature with it), and files to drop whole.
   */
  rejected: { file: string; id: string }[];
  rejectedFiles: string[];
  issues: ValidationIssue[];
  /** The issues in words, one line each (formatted in the worker, which holds the validator). */
  messages: string[];
  /** The same as messages, for the reader's language. */
  said: Message[];
}

export interface PlanValidationRequest {
  kind: 'plan';
  texts: LayerText[];
  /** Files that differ from what the build validated; the others keep their ids first. */
  changed?: string[];
}

/** Runs the full validator in the data worker. */
export function validatePlan(
  texts: readonly LayerText[],
  changed?: readonly string[],
): Promise<ValidationResult> {
  const request: PlanValidationRequest = { kind: 'plan', texts: [...texts] };
  if (changed) request.changed = [...changed];
  return callDataWorker<ValidationResult>(request);
}

/**
 * The files that are not byte for byte the ones the build validated (`virtual:geodata-digests`),
 * or all of them where the browser cannot compute a digest (crypto.subtle needs a secure context).
 */
export async function changedSinceBuild(
  texts: readonly LayerText[],
  built: Readonly<Record<string, string>>,
): Promise<LayerText[]> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return [...texts];
  const hex = (buf: ArrayBuffer) =>
    [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const same = await Promise.all(
    texts.map(async (t) =>
      t.text === undefined
        ? false
        : hex(await subtle.digest('SHA-256', new TextEncoder().encode(t.text))) === built[t.file],
    ),
  );
  return texts.filter((_, k) => !same[k]);
}

/** Removes what the validator refused. */
export function withoutRejected(
  collection: PlanFeatureCollection,
  result: ValidationResult,
): PlanFeatureCollection {
  if (result.rejected.length === 0 && result.rejectedFiles.length === 0) return collection;
  const key = (file: string, id: string) => `${file}\n${id}`;
  const rejected = new Set(result.rejected.map((r) => key(r.file, r.id)));
  const files = new Set(result.rejectedFiles);
  return {
    type: 'FeatureCollection',
    features: collection.features.filter((f) => {
      const file = `${f.properties.layer}.geojson`;
      return !files.has(file) && !rejected.has(key(file, f.properties.id));
    }),
  };
}

/** All features by id, for the panel, search and the targets view. */
export class FeatureIndex {
  readonly #byId = new Map<string, PlanFeature>();

  constructor(readonly features: readonly PlanFeature[]) {
    for (const f of features) this.#byId.set(f.properties.id, f);
  }

  get(id: string): PlanFeature | undefined {
    return this.#byId.get(id);
  }

  countByLayer(): Map<LayerId, number> {
    const counts = new Map<LayerId, number>();
    for (const f of this.features) counts.set(f.properties.layer, (counts.get(f.properties.layer) ?? 0) + 1);
    return counts;
  }
}
