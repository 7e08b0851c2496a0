import { getGlobalDispatcher, type Map as MaplibreMap } from 'maplibre-gl';
import { BASEMAP_PREFIX } from './basemap-prefix.ts';

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
  const onError = (e: { error?: Error; sourceId?: string }) => {
    // An online basemap that fails never stops the plan map; it says so itself (basemap-layer.ts).
    if (e.sourceId?.startsWith(BASEMAP_PREFIX)) return;
    const message = e.error?.message ?? 'unknown error';
    if (!loaded || /worker/i.test(message)) fail(message);
  };
  map.on('error', onError as never);
  // MapLibre's shared workers report a worker that did not load on their own dispatcher, not the map.
  const dispatcher = getGlobalDispatcher();
  dispatcher.on('error', onError as never);
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
