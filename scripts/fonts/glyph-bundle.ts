/**
 * Pre-renders the map's label glyphs from the subset font files (font-subset.ts) into one file,
 * `<outDir>/<fontstack>.pbfs`: the glyph PBFs MapLibre reads, one per 256-code-point range, one
 * after the other. The app fetches it once and answers MapLibre's range requests from it
 * (src/map/map-glyphs.ts), so labels need neither a glyph server nor a request per range, and
 * MapLibre no longer draws each character and computes its distance field on the main thread
 * (docs/decisions/0008-pre-rendered-glyphs.md).
 *
 * The file is rebuilt only when its code points or the font files they come from change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face, Font } from 'harfbuzzjs';
import { encodeGlyphRange, type PbfGlyph, rangeOf } from './glyph-pbf.ts';
import { flattenPath, GLYPH_EM_PX, renderSdf } from './glyph-sdf.ts';

/** Bump when the rendering or the file layout changes, to invalidate the cached bundle. */
const GENERATOR_VERSION = 2;

/** A font file and the code points to take from it. */
export interface GlyphSource {
  path: string;
  codePoints: readonly number[];
}

/** Where each range's PBF lies in the bundle: `first-last` → [byte offset, byte length]. */
export type GlyphRangeIndex = Record<string, [offset: number, length: number]>;

export interface GlyphBundle {
  /** File name in `outDir`: `<fontstack>.pbfs`. */
  file: string;
  ranges: GlyphRangeIndex;
  /** Code points asked for, across all ranges. */
  codePoints: number;
  bytes: number;
  /** Whether this run wrote the file (false: the cached one was still good). */
  written: boolean;
  ms: number;
}

interface FontMetrics {
  font: Font;
  /** px per font unit at the 24 px em */
  scale: number;
  ascender: number;
}

async function openFont(path: string): Promise<FontMetrics> {
  const face = new Face(new Blob(await convert(readFileSync(path), 'truetype')));
  const font = new Font(face);
  const scale = GLYPH_EM_PX / face.upem;
  return { font, scale, ascender: Math.round(font.hExtents().ascender * scale) };
}

function renderGlyph({ font, scale, ascender }: FontMetrics, codePoint: number): PbfGlyph | null {
  const gid = font.nominalGlyph(codePoint);
  if (gid === undefined) return null;
  const sdf = renderSdf(flattenPath(font.glyphToJson(gid), scale));
  // The format's `top` counts from the ascender, as node-fontnik writes it.
  return {
    ...sdf,
    id: codePoint,
    top: sdf.top - ascender,
    advance: Math.round(font.glyphHAdvance(gid) * scale),
  };
}

/** Writes the bundle of `fontstack` for every code point of `sources`, unless the cached one is current. */
export async function buildGlyphBundle(options: {
  sources: readonly GlyphSource[];
  outDir: string;
  fontstack: string;
}): Promise<GlyphBundle> {
  const t0 = performance.now();
  const file = `${options.fontstack}.pbfs`;
  const indexPath = join(options.outDir, `${options.fontstack}.json`);
  mkdirSync(options.outDir, { recursive: true });

  const sourceOf = new Map<number, string>();
  for (const { path, codePoints } of options.sources) for (const cp of codePoints) sourceOf.set(cp, path);
  const codePoints = [...sourceOf.keys()].sort((a, b) => a - b);
  const hash = createHash('sha256').update(
    `${GENERATOR_VERSION}\0${options.fontstack}\0${codePoints.join()}\0`,
  );
  for (const path of [...new Set(sourceOf.values())].sort()) hash.update(readFileSync(path));
  const digest = hash.digest('hex').slice(0, 16);

  try {
    const cached = JSON.parse(readFileSync(indexPath, 'utf8')) as { hash: string; ranges: GlyphRangeIndex };
    const path = join(options.outDir, file);
    if (cached.hash === digest && existsSync(path)) {
      const bytes = readFileSync(path).byteLength;
      return {
        file,
        ranges: cached.ranges,
        codePoints: codePoints.length,
        bytes,
        written: false,
        ms: performance.now() - t0,
      };
    }
  } catch {
    // No usable cache: build it.
  }

  const fonts = new Map<string, FontMetrics>();
  const byRange = new Map<string, PbfGlyph[]>();
  for (const cp of codePoints) {
    const path = sourceOf.get(cp)!;
    if (!fonts.has(path)) fonts.set(path, await openFont(path));
    const glyph = renderGlyph(fonts.get(path)!, cp);
    if (!glyph) continue;
    const range = rangeOf(cp);
    byRange.set(range, [...(byRange.get(range) ?? []), glyph]);
  }
  const parts: Uint8Array[] = [];
  const ranges: GlyphRangeIndex = {};
  let offset = 0;
  for (const [range, glyphs] of byRange) {
    const pbf = encodeGlyphRange(options.fontstack, range, glyphs);
    ranges[range] = [offset, pbf.byteLength];
    parts.push(pbf);
    offset += pbf.byteLength;
  }
  writeFileSync(join(options.outDir, file), Buffer.concat(parts));
  writeFileSync(indexPath, `${JSON.stringify({ hash: digest, ranges }, null, 1)}\n`);
  return {
    file,
    ranges,
    codePoints: codePoints.length,
    bytes: offset,
    written: true,
    ms: performance.now() - t0,
  };
}
