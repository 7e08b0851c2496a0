/**
 * Pre-renders the map's label glyphs: from the subset font files (font-subset.ts), one glyph PBF
 * per 256-code-point range, in `<outDir>/<fontstack>/<first>-<last>.pbf`, the layout a style's
 * `glyphs` URL template addresses. MapLibre then only parses glyphs at run time instead of
 * drawing every label character with the browser's text engine and computing its distance field
 * on the main thread (docs/decisions/0008-pre-rendered-glyphs.md).
 *
 * Each range file is cached by a hash of its code points and of the font files they come from.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face, Font } from 'harfbuzzjs';
import { encodeGlyphRange, type PbfGlyph, rangeOf } from './glyph-pbf.ts';
import { flattenPath, GLYPH_EM_PX, renderSdf } from './glyph-sdf.ts';

/** Bump when the rendering or the file layout changes, to invalidate every cached range. */
const GENERATOR_VERSION = 1;
const MANIFEST = 'manifest.json';

/** A font file and the code points to take from it. */
export interface GlyphSource {
  path: string;
  codePoints: readonly number[];
}

export interface GlyphRangesResult {
  /** Range files, `first-last`, sorted. */
  ranges: string[];
  /** Code points asked for, across all ranges. */
  codePoints: number;
  written: number;
  reused: number;
  removed: number;
  bytes: number;
  ms: number;
}

interface RangeEntry {
  range: string;
  hash: string;
  bytes: number;
}

/** Harfbuzz fonts per source file, opened once per run. */
async function openFont(path: string): Promise<{ font: Font; scale: number; ascender: number }> {
  const sfnt = await convert(readFileSync(path), 'truetype');
  const face = new Face(new Blob(sfnt));
  const font = new Font(face);
  const scale = GLYPH_EM_PX / face.upem;
  return { font, scale, ascender: Math.round(font.hExtents().ascender * scale) };
}

async function renderRange(cps: readonly number[], sourceOf: Map<number, string>): Promise<PbfGlyph[]> {
  const fonts = new Map<string, Awaited<ReturnType<typeof openFont>>>();
  const glyphs: PbfGlyph[] = [];
  for (const cp of cps) {
    const path = sourceOf.get(cp)!;
    if (!fonts.has(path)) fonts.set(path, await openFont(path));
    const { font, scale, ascender } = fonts.get(path)!;
    const gid = font.nominalGlyph(cp);
    if (gid === undefined) continue;
    const sdf = renderSdf(flattenPath(font.glyphToJson(gid), scale));
    glyphs.push({
      ...sdf,
      id: cp,
      top: sdf.top - ascender,
      advance: Math.round(font.glyphHAdvance(gid) * scale),
    });
  }
  return glyphs;
}

function readManifest(dir: string): Map<string, RangeEntry> {
  try {
    const data = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as {
      version: number;
      ranges: RangeEntry[];
    };
    return data.version === GENERATOR_VERSION ? new Map(data.ranges.map((r) => [r.range, r])) : new Map();
  } catch {
    return new Map();
  }
}

/** Writes the range files of `fontstack` for every code point of `sources`, and removes stale ones. */
export async function buildGlyphRanges(options: {
  sources: readonly GlyphSource[];
  outDir: string;
  fontstack: string;
}): Promise<GlyphRangesResult> {
  const t0 = performance.now();
  const dir = join(options.outDir, options.fontstack);
  mkdirSync(dir, { recursive: true });

  const sourceOf = new Map<number, string>();
  for (const { path, codePoints } of options.sources) for (const cp of codePoints) sourceOf.set(cp, path);
  const byRange = new Map<string, number[]>();
  for (const cp of [...sourceOf.keys()].sort((a, b) => a - b)) {
    const range = rangeOf(cp);
    byRange.set(range, [...(byRange.get(range) ?? []), cp]);
  }

  const fileHashes = new Map<string, string>();
  const hashOfFile = (path: string): string => {
    if (!fileHashes.has(path))
      fileHashes.set(path, createHash('sha256').update(readFileSync(path)).digest('hex'));
    return fileHashes.get(path)!;
  };

  const previous = readManifest(dir);
  const entries: RangeEntry[] = [];
  let written = 0;
  for (const [range, cps] of byRange) {
    const hash = createHash('sha256')
      .update(`${GENERATOR_VERSION}\0${options.fontstack}\0${String.fromCodePoint(...cps)}\0`)
      .update([...new Set(cps.map((cp) => hashOfFile(sourceOf.get(cp)!)))].join())
      .digest('hex')
      .slice(0, 16);
    const file = join(dir, `${range}.pbf`);
    const old = previous.get(range);
    if (old?.hash === hash && existsSync(file)) {
      entries.push(old);
      continue;
    }
    const bytes = encodeGlyphRange(options.fontstack, range, await renderRange(cps, sourceOf));
    writeFileSync(file, bytes);
    entries.push({ range, hash, bytes: bytes.byteLength });
    written++;
  }

  const keep = new Set(entries.map((e) => `${e.range}.pbf`));
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.pbf') && !keep.has(name)) {
      rmSync(join(dir, name));
      removed++;
    }
  }
  writeFileSync(
    join(dir, MANIFEST),
    `${JSON.stringify({ version: GENERATOR_VERSION, ranges: entries }, null, 1)}\n`,
  );
  return {
    ranges: entries.map((e) => e.range),
    codePoints: sourceOf.size,
    written,
    reused: entries.length - written,
    removed,
    bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
    ms: performance.now() - t0,
  };
}
