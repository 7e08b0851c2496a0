/**
 * Loads the plan layers so that the map waits for as little as possible:
 * 1. the files of the layers visible at start are fetched and parsed on the main thread and go
 *    into the map's first style after a cheap shape check;
 * 2. once the map has drawn them, the other layers' files follow, so a layer that is off by
 *    default costs nothing at start-up. If any file is not byte for byte what the build validated,
 *    the full validator (the one that checks geodata/ at build time) runs in a worker over every
 *    file; what it refuses comes off the map again and is named in a notice
 *    (docs/decisions/0004-progressive-validation.md).
 * A file that fails to load or never answers is named, and everything else is drawn.
 */
import {
  changedSinceBuild,
  FeatureIndex,
  fetchLayerTexts,
  type LayerText,
  quickCollection,
  validatePlan,
  withoutRejected,
} from '../data/plan-data.ts';
import type { LayerId, PlanFeature, PlanFeatureCollection } from '../data/schema.ts';
import { failureMessage } from '../data/worker-client.ts';
import type { Message } from '../i18n/i18n.ts';
import type { LayerDefinition } from '../layers/types.ts';

export interface DataNotice {
  id: string;
  level: 'warning' | 'error';
  summary: Message;
  /** Each problem, said in the reader's language where the validator gives it a code. */
  details: Message[];
}

export interface DataLoaderHost {
  /** The features changed: the first files, every file, or what the validator kept. */
  onFeatures(features: readonly PlanFeature[], collection: PlanFeatureCollection): void;
  notify(notice: DataNotice): void;
}

export class DataLoader {
  readonly #layers: readonly LayerDefinition[];
  readonly #host: DataLoaderHost;
  readonly #first: Promise<LayerText[]>;
  readonly #firstIds: ReadonlySet<LayerId>;
  #index = new FeatureIndex([]);

  /** Starts fetching the files of the layers visible at start at once. */
  constructor(layers: readonly LayerDefinition[], visibleAtStart: readonly LayerId[], host: DataLoaderHost) {
    this.#layers = layers;
    this.#host = host;
    this.#firstIds = new Set(visibleAtStart);
    this.#first = fetchLayerTexts(this.#files((id) => this.#firstIds.has(id)));
  }

  get index(): FeatureIndex {
    return this.#index;
  }

  #files(pick: (id: LayerId) => boolean) {
    return this.#layers.filter((l) => pick(l.id)).map((l) => ({ id: l.id, url: l.dataUrl }));
  }

  /** The features the map starts with: the layers visible at start, before validation. */
  async first(): Promise<PlanFeatureCollection> {
    const shown = quickCollection(await this.#first);
    this.#set(shown);
    return shown;
  }

  /**
   * The rest, once the map has drawn the first files (`drawn` settles): every other layer, then
   * the full check of every file. `show` puts a collection on the map.
   */
  async complete(drawn: Promise<void>, show: (c: PlanFeatureCollection) => void): Promise<void> {
    let texts: LayerText[];
    let all: PlanFeatureCollection;
    try {
      const first = await this.#first;
      await drawn;
      const rest = await fetchLayerTexts(this.#files((id) => !this.#firstIds.has(id)));
      texts = [...first, ...rest];
      all = quickCollection(texts);
      if (rest.length > 0) {
        show(all);
        this.#set(all);
      }
    } catch (err) {
      console.error(err);
      this.#host.notify({
        id: 'load',
        level: 'error',
        summary: { key: 'notice.loadFailed', params: { message: failureMessage(err) } },
        details: [],
      });
      return;
    }
    try {
      // Files byte for byte as the build validated them need no second check (docs/decisions/0004).
      // The digests are only needed now, after the first draw: they stay off the first page.
      const { digests } = await import('virtual:geodata-digests');
      const changed = await changedSinceBuild(texts, digests);
      if (changed.length === 0) return;
      const result = await validatePlan(
        texts,
        changed.map((t) => t.file),
      );
      if (result.issues.length > 0) {
        for (const m of result.messages) console.error(m);
        // Say how much is missing: "the other layers work" only when most of them do.
        const lost = new Set([
          ...texts.filter((t) => t.error !== undefined).map((t) => t.file),
          ...result.rejectedFiles,
        ]).size;
        const params = { count: result.issues.length, files: lost, total: texts.length };
        this.#host.notify({
          id: 'data',
          level: 'error',
          summary: {
            key:
              lost === texts.length ? 'notice.dataNone' : lost > 0 ? 'notice.dataFiles' : 'notice.dataIssues',
            params,
          },
          details: result.said,
        });
        const valid = withoutRejected(all, result);
        show(valid);
        this.#set(valid);
      }
    } catch (err) {
      // The check did not run; what is on the map stays there and the notice says what it is.
      console.error(err);
      this.#host.notify({
        id: 'data',
        level: 'warning',
        summary: {
          key: 'notice.checkFailed',
          params: { reason: failureMessage(err), features: all.features.length },
        },
        details: [],
      });
    }
  }

  #set(collection: PlanFeatureCollection): void {
    this.#index = new FeatureIndex(collection.features);
    this.#host.onFeatures(collection.features, collection);
  }
}
