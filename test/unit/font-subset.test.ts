import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildFontSubsets,
  type CodeRange,
  fontFaceCss,
  formatUnicodeRange,
  isPreloadedFace,
  isTextSource,
  parseUnicodeRange,
  rangesCover,
  type SubsetResult,
  textSourceFiles,
  toFontFaceRefs,
} from '../../scripts/fonts/font-subset';

/** Latin, CJK, and an arrow that only a numbered slice of the font holds. */
const TEXT = '永川区Yongchuan 123 →';
const requested = [...new Set([...TEXT].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);

/** The code points mapped by a TrueType/OpenType font's cmap (formats 4 and 12). */
function cmapCodePoints(font: Buffer): Set<number> {
  const numTables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    if (font.toString('latin1', rec, rec + 4) === 'cmap') cmap = font.readUInt32BE(rec + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  const cps = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const sub = cmap + font.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = font.readUInt16BE(sub);
    if (format === 4) {
      const segX2 = font.readUInt16BE(sub + 6);
      for (let s = 0; s < segX2; s += 2) {
        const end = font.readUInt16BE(sub + 14 + s);
        const start = font.readUInt16BE(sub + 16 + segX2 + s);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) cps.add(cp);
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(sub + 12);
      for (let g = 0; g < groups; g++) {
        const start = font.readUInt32BE(sub + 16 + 12 * g);
        const end = font.readUInt32BE(sub + 20 + 12 * g);
        for (let cp = start; cp <= end; cp++) cps.add(cp);
      }
    }
  }
  return cps;
}

describe('unicode-range values', () => {
  test('format is compact, upper-case and sorted', () => {
    expect(formatUnicodeRange([0x4e08, 0x4e00, 0x4e01, 0x4e02, 0x4e03, 0x4e04, 0x4e05])).toBe(
      'U+4E00-4E05,U+4E08',
    );
    expect(formatUnicodeRange([0x20])).toBe('U+0020');
  });

  test('parse reads single points, intervals and wildcards', () => {
    expect(parseUnicodeRange('U+26, u+0-7f,U+4??')).toEqual([
      [0x26, 0x26],
      [0, 0x7f],
      [0x400, 0x4ff],
    ]);
    expect(() => parseUnicodeRange('U+XYZ')).toThrow();
  });
});

describe('subset of a tiny character set', () => {
  let outDir: string;
  let result: SubsetResult;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'font-subset-'));
    result = await buildFontSubsets({ text: TEXT, outDir, weights: [400] });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('writes only woff2 files (magic wOF2) listed in the result', () => {
    const woff2 = readdirSync(outDir).filter((f) => f.endsWith('.woff2'));
    expect(woff2.sort()).toEqual(result.faces.map((f) => f.file).sort());
    expect(result.faces.length).toBeGreaterThan(0);
    for (const face of result.faces) {
      const bytes = readFileSync(join(outDir, face.file));
      expect(bytes.toString('latin1', 0, 4), face.file).toBe('wOF2');
      expect(bytes.byteLength).toBe(face.bytes);
      expect(face.file).toMatch(/^400-[\w-]+\.woff2$/);
    }
    expect(result.missing).toEqual([]);
  });

  test('the ranges cover exactly the requested characters, each in one file', () => {
    const covered: number[] = [];
    for (const face of result.faces) {
      for (const [start, end] of parseUnicodeRange(face.range)) {
        for (let cp = start; cp <= end; cp++) covered.push(cp);
      }
    }
    expect(covered.sort((a, b) => a - b)).toEqual(requested);
  });

  test('the CJK characters come from the whole simplified Chinese file, a sign it lacks from a numbered slice', () => {
    const holding = (ch: string) =>
      result.faces
        .filter((f) => rangesCover(parseUnicodeRange(f.range), ch.codePointAt(0)!))
        .map((f) => f.slice);
    for (const ch of '永川区') expect(holding(ch), ch).toEqual(['chinese-simplified']);
    expect(holding('Y')).toEqual(['latin']);
    const arrow = holding('→');
    expect(arrow).toHaveLength(1);
    expect(arrow[0]).toMatch(/^\d+$/);
  });

  test('a page preloads the Latin and the whole simplified Chinese files, not the numbered slices', () => {
    expect(result.faces.length).toBe(3);
    expect(
      result.faces
        .filter(isPreloadedFace)
        .map((f) => f.slice)
        .sort(),
    ).toEqual(['chinese-simplified', 'latin']);
  });

  test('a character not requested is not covered', () => {
    const ranges: CodeRange[] = result.faces.flatMap((f) => parseUnicodeRange(f.range));
    for (const ch of ['重', '庆', 'Z', 'x', '9']) {
      expect(rangesCover(ranges, ch.codePointAt(0)!), ch).toBe(false);
    }
  });

  test('each file decodes and maps exactly the characters of its range', async () => {
    for (const face of result.faces) {
      const sfnt = await convert(readFileSync(join(outDir, face.file)), 'truetype');
      const inRange = parseUnicodeRange(face.range).flatMap(([s, e]) =>
        Array.from({ length: e - s + 1 }, (_, i) => s + i),
      );
      expect(
        [...cmapCodePoints(sfnt)].sort((a, b) => a - b),
        face.file,
      ).toEqual(inRange);
    }
  });

  test('a second run reuses every file', async () => {
    const mtimes = result.faces.map((f) => statSync(join(outDir, f.file)).mtimeMs);
    const again = await buildFontSubsets({ text: TEXT, outDir, weights: [400] });
    expect(again.written).toBe(0);
    expect(again.reused).toBe(result.faces.length);
    expect(again.faces).toEqual(result.faces);
    expect(result.faces.map((f) => statSync(join(outDir, f.file)).mtimeMs)).toEqual(mtimes);
  });

  test('a smaller set removes the files no longer needed', async () => {
    const latinOnly = await buildFontSubsets({ text: 'Yongchuan', outDir, weights: [400] });
    expect(latinOnly.faces.map((f) => f.file)).toEqual(['400-latin.woff2']);
    expect(readdirSync(outDir).filter((f) => f.endsWith('.woff2'))).toEqual(['400-latin.woff2']);
    result = await buildFontSubsets({ text: TEXT, outDir, weights: [400] });
  });
});

describe('what the page and the map get', () => {
  const faces = [
    { file: '400-118.woff2', weight: 400, slice: '118', range: 'U+4E09-4E0B,U+533A', bytes: 1 },
    { file: '700-118.woff2', weight: 700, slice: '118', range: 'U+4E09-4E0B,U+533A', bytes: 1 },
  ];

  test('URLs honour Vite base', () => {
    expect(toFontFaceRefs(faces, '/', 'fonts/noto-sans-sc')[0].url).toBe('/fonts/noto-sans-sc/400-118.woff2');
    expect(toFontFaceRefs(faces, '/atlas', 'fonts/noto-sans-sc')[0].url).toBe(
      '/atlas/fonts/noto-sans-sc/400-118.woff2',
    );
  });

  test('CSS has one @font-face per file with its weight and range', () => {
    const css = fontFaceCss(toFontFaceRefs(faces, '/', 'fonts/noto-sans-sc'));
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain("font-family:'Noto Sans SC'");
    expect(css).toContain('font-weight:700');
    expect(css).toContain('font-display:swap');
    expect(css).toContain('unicode-range:U+4E09-4E0B,U+533A;');
  });
});

describe('which files feed the subset', () => {
  const root = join(import.meta.dirname, '..', '..');

  test('the data, the code and the plan text the reader shows do; the source text of the plan does not', () => {
    expect(isTextSource(root, join(root, 'geodata/tour.json'))).toBe(true);
    expect(isTextSource(root, join(root, 'src/data/schema.ts'))).toBe(true);
    expect(isTextSource(root, join(root, 'geodata/plan/plan.json'))).toBe(true);
    const files = textSourceFiles(root).map((f) => f.slice(root.length + 1));
    expect(files).toContain('geodata/indicators.json');
    expect(files.filter((f) => f.startsWith('geodata/plan/'))).toEqual(['geodata/plan/plan.json']);
  });
});
