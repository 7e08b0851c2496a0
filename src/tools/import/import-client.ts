import type { ImportDone, ImportProgress, ImportRequest } from '../../data/import/import-protocol.ts';
import { callDataWorker } from '../../data/worker-client.ts';

/**
 * Runs one import in the data worker, reporting progress; aborting `signal` ends the worker.
 * `zoneEpsg`: the Gauss–Krüger zone to read the file in, in place of a guessed one; `shapefile`:
 * which of a zip's shapefiles to read.
 */
export function importFile(
  file: File,
  onProgress: (p: ImportProgress) => void,
  signal?: AbortSignal,
  zoneEpsg?: number,
  shapefile?: string,
): Promise<ImportDone> {
  return callDataWorker<ImportDone, ImportProgress>(
    { kind: 'import', file, zoneEpsg, shapefile } satisfies ImportRequest,
    {
      onProgress,
      silenceMs: 30_000,
      signal,
    },
  );
}
