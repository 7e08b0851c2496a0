import { getGlobalDispatcher, type Map as MaplibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import { BASEMAP_PREFIX } from './basemap-prefix.ts';

interface StartError {
  error?: Error;
  sourceId?: string;
}

/** What the shared workers reported before any map was watching them (warmWorkers). */
let earlyWorkerFailure: string | null = null;

/**
 * Starts MapLibre's shared workers from `url` now, before any map exists, so that their script
 * loads and compiles while the app fetches its data (measured, docs/decisions/0026). The shared
 * dispatcher watches them from the start, so that a worker that does not load before the map is
 * made is still reported by watchStart.
 */
export function warmWorkers(url: string): void {
  setWorkerUrl(url);
  getGlobalDispatcher().on('error', ((e: StartError) => {
    earlyWorkerFailure ??= e.error?.message ?? 'worker failed to load';
  }) as never);
  prewarm();
}

/**
 * Calls `failed` once if the map reports an error before it has loaded, or a worker that did not
 * load at any time, or has not loaded within `timeoutMs`: a worker file that never arrives leaves
 * the map one flat colour. Returns the teardown.
 */
export function watchStart(
  map: MaplibreMap,
  timeoutMs: number,
  failed: (reason: string) => void,
): () => void {
  let done = false;
  const fail = (reason: string) => {
    if (done) return;
    done = true;
    failed(reason);
  };
  const timer = setTimeout(() => fail(`no map after ${timeoutMs / 1000} s`), timeoutMs);
  let loaded = false;
  const onError = (e: StartError) => {
    // An online basemap that fails never stops the plan map; it says so itself (basemap-layer.ts).
    if (e.sourceId?.startsWith(BASEMAP_PREFIX)) return;
    const message = e.error?.message ?? 'unknown error';
    if (!loaded || /worker/i.test(message)) fail(message);
  };
  map.on('error', onError as never);
  // MapLibre's shared workers report a worker that did not load on their own dispatcher, not the map.
  const dispatcher = getGlobalDispatcher();
  dispatcher.on('error', onError as never);
  // Reported once the caller has had the chance to listen.
  const early = earlyWorkerFailure;
  if (early !== null) queueMicrotask(() => fail(early));
  map.once('load', () => {
    loaded = true;
    clearTimeout(timer);
  });
  return () => {
    clearTimeout(timer);
    map.off('error', onError as never);
    dispatcher.off('error', onError as never);
  };
}
