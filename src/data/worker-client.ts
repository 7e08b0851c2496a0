/**
 * The one place the data worker (data.worker.ts) is started. Each request gets a fresh worker,
 * ended when the request settles, so nothing stays behind on a kiosk running for weeks.
 * `progress` messages are passed on; an `error` message rejects with its words; any other message
 * is the answer. A worker that cannot start, throws, or falls silent for `silenceMs` rejects with
 * what went wrong, rather than leaving the caller waiting.
 */
export interface WorkerCallOptions<P> {
  onProgress?: (progress: P) => void;
  /** How long the worker may say nothing before the call gives up. */
  silenceMs?: number;
}

export class DataWorkerError extends Error {}

export function callDataWorker<T, P = never>(request: unknown, opts: WorkerCallOptions<P> = {}): Promise<T> {
  const silenceMs = opts.silenceMs ?? 60_000;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    return Promise.reject(new DataWorkerError(`the data worker could not start (${(err as Error).message})`));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<T>((resolve, reject) => {
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => reject(new DataWorkerError(`the data worker did not answer within ${silenceMs / 1000} s`)),
        silenceMs,
      );
    };
    quiet();
    worker.onmessage = (e: MessageEvent<{ type?: string; message?: string } & P & T>) => {
      const m = e.data;
      quiet();
      if (m?.type === 'progress') opts.onProgress?.(m);
      else if (m?.type === 'error') reject(new DataWorkerError(m.message ?? 'the data worker failed'));
      else resolve(m);
    };
    // An ErrorEvent without a message is a script that did not load.
    worker.onerror = (e) =>
      reject(
        new DataWorkerError(
          e.message
            ? `the data worker failed: ${e.message}`
            : 'the data worker could not start (its script did not load)',
        ),
      );
    worker.postMessage(request);
  }).finally(() => {
    clearTimeout(timer);
    worker.terminate();
  });
}
