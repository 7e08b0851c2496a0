/**
 * The one place the data worker (data.worker.ts) is started. Each request gets a fresh worker,
 * ended when the request settles, so nothing stays behind on a kiosk running for weeks.
 * `progress` messages are passed on; an `error` message rejects with its words; any other message
 * is the answer. A worker that cannot start, throws, or falls silent for `silenceMs` rejects with
 * what went wrong, rather than leaving the caller waiting.
 */
import { type Message, msg } from '../i18n/i18n.ts';

export interface WorkerCallOptions<P> {
  onProgress?: (progress: P) => void;
  /** How long the worker may say nothing before the call gives up. */
  silenceMs?: number;
  /** Aborting ends the worker at once and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** What went wrong with the worker, as a message in both languages; `message` is for the console. */
export class DataWorkerError extends Error {
  readonly reason: Message;
  constructor(reason: Message, detail = '') {
    super(`${reason.key}${detail ? `: ${detail}` : ''}`);
    this.reason = reason;
  }
}

/** A failure said in the reader's language: the worker's own words where it has them. */
export function failureMessage(err: unknown): Message {
  if (err instanceof DataWorkerError) return err.reason;
  return msg('worker.failed', { detail: err instanceof Error ? err.message : String(err) });
}

export function callDataWorker<T, P = never>(request: unknown, opts: WorkerCallOptions<P> = {}): Promise<T> {
  const silenceMs = opts.silenceMs ?? 60_000;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    return Promise.reject(
      new DataWorkerError(
        msg('worker.cannotStart', { detail: (err as Error).message }),
        (err as Error).message,
      ),
    );
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<T>((resolve, reject) => {
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => reject(new DataWorkerError(msg('worker.silent', { seconds: silenceMs / 1000 }))),
        silenceMs,
      );
    };
    quiet();
    worker.onmessage = (e: MessageEvent<{ type?: string; message?: string } & P & T>) => {
      const m = e.data;
      quiet();
      if (m?.type === 'progress') opts.onProgress?.(m);
      else if (m?.type === 'error')
        reject(new DataWorkerError(msg('worker.failed', { detail: m.message ?? '' }), m.message));
      else resolve(m);
    };
    // An ErrorEvent without a message is a script that did not load.
    worker.onerror = (e) =>
      reject(
        new DataWorkerError(
          e.message ? msg('worker.failed', { detail: e.message }) : msg('worker.scriptMissing'),
          e.message,
        ),
      );
    if (opts.signal?.aborted) reject(opts.signal.reason);
    opts.signal?.addEventListener('abort', () => reject(opts.signal?.reason), { once: true });
    worker.postMessage(request);
  }).finally(() => {
    clearTimeout(timer);
    worker.terminate();
  });
}
