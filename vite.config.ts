import { defineConfig } from 'vite';
import { basemapPageHtml } from './scripts/basemap/vite-plugin-basemap-page.ts';
import { offlineBasemap } from './scripts/basemap/vite-plugin-offline-basemap.ts';
import { geodataDigests } from './scripts/data/vite-plugin-geodata-digests.ts';
import { fontSubset } from './scripts/fonts/vite-plugin-font-subset.ts';
import { licences } from './scripts/licences/vite-plugin-licences.ts';
import { precache } from './scripts/pwa/vite-plugin-precache.ts';
import { terrainManifest } from './scripts/terrain/vite-plugin-terrain.ts';

/**
 * The data worker's libraries each go to a file of their own, so that no file the app loads later
 * passes its budget (60 KB gzip) and a library's file stays cached when the app's code changes.
 * geojson-validation is LGPL-3.0: as a file of its own, not minified into the worker, a user can
 * replace it (docs/decisions/0015-third-party-licences.md).
 */
const WORKER_LIBRARIES: Record<string, string> = {
  'geojson-validation': 'geojson-validation',
  zod: 'zod',
  proj4: 'proj4',
  mgrs: 'proj4',
  'wkt-parser': 'proj4',
  'geographiclib-geodesic': 'geodesic',
};

function workerChunk(id: string): string | undefined {
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
  return pkg === undefined ? undefined : WORKER_LIBRARIES[pkg];
}

export default defineConfig({
  // A build can take its public files from elsewhere: the basemap and terrain tests build the atlas
  // with the files their commands wrote, without touching the repo's own public/.
  publicDir: process.env.ATLAS_PUBLIC_DIR || 'public',
  plugins: [
    fontSubset(),
    geodataDigests(),
    terrainManifest(),
    licences(),
    precache(),
    basemapPageHtml(),
    offlineBasemap(),
  ],
  build: {
    target: 'es2022',
    // Every browser the atlas supports preloads modules itself; the polyfill would only add to the first page.
    modulePreload: { polyfill: false },
    // Data files stay files: inlined as data: URLs they would be refused by the page's
    // Content-Security-Policy (connect-src 'self'), and small layers would vanish.
    assetsInlineLimit: (file) => (/\.(geo)?json$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 1500,
    // Two pages: the atlas, and the hall page that hosts it with a watchdog (src/watchdog/).
    rollupOptions: { input: { main: 'index.html', kiosk: 'kiosk.html' } },
  },
  worker: {
    format: 'es',
    rollupOptions: { output: { manualChunks: workerChunk } },
  },
  // The data worker's dependencies are found late in dev; listing them avoids a reload on first visit.
  optimizeDeps: {
    include: [
      '@turf/boolean-point-in-polygon',
      '@turf/kinks',
      '@turf/point-to-line-distance',
      'geojson-validation',
      'geographiclib-geodesic',
      'zod',
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
