/**
 * Loading a lazily built file (a view, the kiosk) again after it failed.
 *
 * Chromium keeps a failed dynamic import in its module map: `import()` of the same URL fails
 * again at once, without a request, even once the server has the file back. A retry therefore
 * imports the file the browser names in its error under a new query, which is a new module to
 * the browser and the same file to the server and the service worker's route. Where the browser
 * names no file (or another file the first one needs is the one missing), the retry fails and
 * says so again; a reload then clears the module map.
 */

/** The URL of the module in a failed dynamic import's message, if the browser names it. */
export function failedModuleUrl(err: unknown): string | null {
  const message = err instanceof Error ? err.message : String(err);
  const match = /(https?:\/\/\S+?\.js)\b/.exec(message);
  return match?.[1] ?? null;
}

/** Runs `load`; on a retry (`attempt` > 0) whose import the browser refuses from memory, asks for the file anew. */
export async function importChunk<T>(load: () => Promise<T>, attempt: number): Promise<T> {
  try {
    return await load();
  } catch (err) {
    const url = failedModuleUrl(err);
    if (attempt === 0 || !url) throw err;
    const fresh = new URL(url);
    fresh.searchParams.set('retry', String(attempt));
    return (await import(/* @vite-ignore */ fresh.href)) as T;
  }
}
