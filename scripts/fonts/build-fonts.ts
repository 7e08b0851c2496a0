/**
 * Builds the subset web font into public/fonts/noto-sans-sc/ without Vite, and prints what it did.
 * The Vite plugin (vite-plugin-font-subset.ts) runs the same code on every dev start and build.
 *
 * Run: npx tsx scripts/fonts/build-fonts.ts [--force]
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildFontSubsets, collectAppCharacters } from './font-subset';

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const outDir = join(root, 'public', 'fonts', 'noto-sans-sc');
if (process.argv.includes('--force')) rmSync(outDir, { recursive: true, force: true });

const t0 = performance.now();
const chars = collectAppCharacters(root);
const tChars = performance.now() - t0;
const result = await buildFontSubsets({ text: chars, outDir });
const hexes = result.missing.map((cp) => `U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`);
console.log(
  [
    `characters: ${chars.length} (scan ${tChars.toFixed(0)} ms)`,
    `files: ${result.faces.length} (written ${result.written}, reused ${result.reused}, removed ${result.removed})`,
    ...[...new Set(result.faces.map((f) => f.weight))].map((w) => {
      const faces = result.faces.filter((f) => f.weight === w);
      const bytes = faces.reduce((s, f) => s + f.bytes, 0);
      return `  weight ${w}: ${faces.length} files, ${bytes} bytes`;
    }),
    `bytes: ${result.bytes}`,
    `time: ${result.ms.toFixed(0)} ms`,
    `not in the font: ${hexes.length ? hexes.join(', ') : 'none'}`,
  ].join('\n'),
);
