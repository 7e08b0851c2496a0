import { defineConfig } from 'vite';
import { geodataDigests } from './scripts/data/vite-plugin-geodata-digests.ts';
import { fontSubset } from './scripts/fonts/vite-plugin-font-subset.ts';
import { precache } from './scripts/pwa/vite-plugin-precache.ts';

export default defineConfig({
  plugins: [fontSubset(), geodataDigests(), precache()],
  build: {
    target: 'es2022',
    // Data files stay files: inlined as data: URLs they would be refused by the page's
    // Content-Security-Policy (connect-src 'self'), and small layers would vanish.
    assetsInlineLimit: (file) => (/\.(geo)?json$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
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
