import type {
  ImportDone,
  ImportProgress,
  ImportRequest,
  ImportResponse,
} from '../../data/import/import-protocol.ts';

/** Runs one import in a fresh worker, reporting progress; the worker ends with the import. */
export function importFile(file: File, onProgress: (p: ImportProgress) => void): Promise<ImportDone> {
  const worker = new Worker(new URL('../../data/data.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportDone>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'done') resolve(m);
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => reject(new Error(e.message || 'import worker failed'));
    worker.postMessage({ kind: 'import', file } satisfies ImportRequest);
  }).finally(() => worker.terminate());
}
