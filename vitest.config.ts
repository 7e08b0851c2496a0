import { defineConfig } from 'vitest/config';
import { offlineBasemap } from './scripts/basemap/vite-plugin-offline-basemap.ts';
import { geodataDigests } from './scripts/data/vite-plugin-geodata-digests.ts';
import { fontSubset } from './scripts/fonts/vite-plugin-font-subset.ts';
import { terrainManifest } from './scripts/terrain/vite-plugin-terrain.ts';

export default defineConfig({
  plugins: [fontSubset({ weights: [400] }), geodataDigests(), offlineBasemap(), terrainManifest()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores and SwiftShader is CPU-bound.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
