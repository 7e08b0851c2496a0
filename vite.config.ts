import { defineConfig } from 'vite';
import { basemapPageHtml } from './scripts/basemap/vite-plugin-basemap-page.ts';
import { geodataDigests } from './scripts/data/vite-plugin-geodata-digests.ts';
import { fontSubset } from './scripts/fonts/vite-plugin-font-subset.ts';
import { licences } from './scripts/licences/vite-plugin-licences.ts';
import { precache } from './scripts/pwa/vite-plugin-precache.ts';

export default defineConfig({
  plugins: [fontSubset(), geodataDigests(), licences(), precache(), basemapPageHtml()],
  build: {
    target: 'es2022',
    // Data files stay files: inlined as data: URLs they would be refused by the page's
    // Content-Security-Policy (connect-src 'self'), and small layers would vanish.
    assetsInlineLimit: (file) => (/\.(geo)?json$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 1500,
    // Two pages: the atlas, and the hall page that hosts it with a watchdog (src/watchdog/).
    rollupOptions: { input: { main: 'index.html', kiosk: 'kiosk.html' } },
  },
  worker: {
    format: 'es',
    // geojson-validation is LGPL-3.0: it ships as a file of its own, not minified into the data
    // worker, so that a user can replace it (docs/decisions/0015-third-party-licences.md).
    rollupOptions: {
      output: {
        manualChunks: (id: string) =>
          id.includes('/node_modules/geojson-validation/') ? 'geojson-validation' : undefined,
      },
    },
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
