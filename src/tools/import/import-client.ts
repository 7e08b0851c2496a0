import type { ImportDone, ImportProgress, ImportRequest } from '../../data/import/import-protocol.ts';
import { callDataWorker } from '../../data/worker-client.ts';

/** Runs one import in the data worker, reporting progress; aborting `signal` ends the worker. */
export function importFile(
  file: File,
  onProgress: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportDone> {
  return callDataWorker<ImportDone, ImportProgress>({ kind: 'import', file } satisfies ImportRequest, {
    onProgress,
    silenceMs: 30_000,
    signal,
  });
}
