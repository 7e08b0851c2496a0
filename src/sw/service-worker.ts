/**
 * The kiosk's service worker (dist/sw.js), built with Workbox by scripts/pwa/vite-plugin-precache.ts.
 *
 * - Precaches every file of the build at install; the build injects the list, each file with a
 *   revision from its contents, so a new deployment replaces exactly the files that changed.
 * - Every navigation to the app, whatever its query (`/?kiosk&idle=60`), gets the cached
 *   index.html; other navigations (the notices file) and everything else go to the network.
 * - A new build's worker installs and then waits: it takes over only when the kiosk asks
 *   (`{ type: 'skip-waiting' }`, sent at an idle reset, never during a visitor's session), and the
 *   kiosk then reloads onto it. The very first worker has nothing to wait for and takes over at once.
 * - Answers `{ type: 'status' }` with `{ type: 'status', version, total, cached }`, which the
 *   kiosk's staff line shows as `cache complete n/n`.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;
/** Every file of the build with its revision, and a hash of the whole build; injected at build. */
declare const __ATLAS_PRECACHE__: PrecacheEntry[];
declare const __ATLAS_SW_VERSION__: string;

const manifest = __ATLAS_PRECACHE__;
const base = new URL(self.registration.scope).pathname;
const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

clientsClaim();
cleanupOutdatedCaches();
// A retried import (src/shell/chunk-import.ts) asks for a file under `?retry=n`: the same file.
precacheAndRoute(manifest, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^retry$/] });
registerRoute(
  new NavigationRoute(createHandlerBoundToURL(`${base}index.html`), {
    allowlist: [new RegExp(`^${escapedBase}(index\\.html)?(\\?.*)?$`)],
  }),
);

self.addEventListener('activate', (event) => {
  // Caches of the worker that came before this one held the same files under other names.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('atlas-')).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'skip-waiting') {
    event.waitUntil(self.skipWaiting());
    return;
  }
  if (type !== 'status') return;
  event.waitUntil(
    (async () => {
      const hits = await Promise.all(manifest.map((entry) => matchPrecache(entry.url)));
      const cached = hits.filter(Boolean).length;
      event.source?.postMessage({
        type: 'status',
        version: __ATLAS_SW_VERSION__,
        total: manifest.length,
        cached,
      });
    })(),
  );
});
