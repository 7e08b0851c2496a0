import type { LayerId, PlanFeature, PlanFeatureCollection } from './schema.ts';
import type { ValidationIssue } from './validate.ts';

export interface PlanDataRequest {
  layers: { id: LayerId; url: string }[];
}

export interface LoadedPlanData {
  collection: PlanFeatureCollection;
  /** Everything wrong with the files; features with errors are left out, the rest still show. */
  issues: ValidationIssue[];
  /** The issues in words, one line each (formatted in the worker, which holds the validator). */
  messages: string[];
}

/**
 * Fetches and validates every layer file off the main thread, with the same validator
 * that checks geodata/ at build time, and merges the valid features into one collection.
 */
export function loadPlanData(request: PlanDataRequest): Promise<LoadedPlanData> {
  const worker = new Worker(new URL('./plan-data.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<LoadedPlanData>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LoadedPlanData>) => resolve(e.data);
    worker.onerror = (e) => reject(new Error(`data worker failed: ${e.message}`));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
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
