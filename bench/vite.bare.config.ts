/**
 * Builds the bare MapLibre page the startup benchmark compares the atlas with (bench/bare/):
 * one map, the atlas's base style and base map, nothing else.
 *
 * The font plugin is the atlas's own, keeping the atlas's characters, so the bare page draws its
 * labels from exactly the atlas's glyph files (reused from the atlas build when unchanged). The
 * bare page writes no text, so it does not preload the UI font the atlas's pages preload.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { fontSubset } from '../scripts/fonts/vite-plugin-font-subset.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root: join(repo, 'bench/bare'),
  publicDir: join(repo, 'public'),
  plugins: [fontSubset({ root: repo, preload: false })],
  build: {
    target: 'es2022',
    outDir: join(repo, 'bench/bare/dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
  logLevel: 'warn',
});
