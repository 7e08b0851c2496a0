/**
 * Builds the bare MapLibre page the startup benchmark compares the atlas with (bench/bare/):
 * one map, the atlas's base style and the district boundary, nothing else.
 *
 * `virtual:font-faces` comes from the font files the atlas build generated (public/fonts), read
 * here without regenerating them, so the bare page declares exactly the atlas's font faces.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { fontFaceCss, type SubsetFace, toFontFaceRefs } from '../scripts/fonts/font-subset.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = join(repo, 'public');
const URL_DIR = 'fonts/noto-sans-sc';

function atlasFontFaces(): Plugin {
  const id = 'virtual:font-faces';
  return {
    name: 'bench-atlas-font-faces',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const manifest = join(publicDir, URL_DIR, 'manifest.json');
      // Without the atlas build's fonts the page still works: the boundary draws no text.
      const faces: SubsetFace[] = existsSync(manifest)
        ? JSON.parse(readFileSync(manifest, 'utf8')).faces
        : [];
      const refs = toFontFaceRefs(faces, '/', URL_DIR);
      return `export const fontFaces = ${JSON.stringify(refs)};\nexport const fontFaceCss = ${JSON.stringify(fontFaceCss(refs))};`;
    },
  };
}

export default defineConfig({
  root: join(repo, 'bench/bare'),
  // The atlas's public files (its fonts), copied as they are.
  publicDir,
  plugins: [atlasFontFaces()],
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
