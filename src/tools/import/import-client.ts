import type { ImportDone, ImportProgress, ImportRequest } from '../../data/import/import-protocol.ts';
import { callDataWorker } from '../../data/worker-client.ts';

/** Runs one import in the data worker, reporting progress. */
export function importFile(file: File, onProgress: (p: ImportProgress) => void): Promise<ImportDone> {
  return callDataWorker<ImportDone, ImportProgress>({ kind: 'import', file } satisfies ImportRequest, {
    onProgress,
    silenceMs: 30_000,
  });
}
