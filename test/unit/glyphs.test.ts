import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  collectLabelCharacters,
  defaultFontsourceDir,
  loadSourceSlices,
  rangesCover,
} from '../../scripts/fonts/font-subset';
import { buildGlyphBundle, type GlyphBundle } from '../../scripts/fonts/glyph-bundle';
import { decodeGlyphRange, encodeGlyphRange, type PbfGlyph, rangeOf } from '../../scripts/fonts/glyph-pbf';
import { flattenPath, GLYPH_BORDER_PX, type Outline, renderSdf } from '../../scripts/fonts/glyph-sdf';
import { GLYPHS_URL, rangeFromBundle } from '../../src/map/map-glyphs';
import { formatArea, formatLength } from '../../src/tools/format-measure';

/**
 * MapLibre's own glyph PBF parser, from the source it ships. Imported by a path held in a variable
 * so that the type checker does not check MapLibre's sources along with ours.
 */
const PARSER = '../../node_modules/maplibre-gl/src/style/parse_glyph_pbf.ts';
type ParsedGlyph = {
  id: number;
  bitmap: { width: number; height: number; data: Uint8Array };
  metrics: { width: number; height: number; left: number; top: number; advance: number };
};
const { parseGlyphPbf } = (await import(/* @vite-ignore */ PARSER)) as {
  parseGlyphPbf(data: Uint8Array): ParsedGlyph[];
};

/** The byte MapLibre's glyph format stores for a signed distance d (px, negative inside). */
const expected = (d: number) => Math.max(0, Math.min(255, Math.round(255 - 255 * (d / 8 + 0.25))));
/** The pixel of a bitmap whose centre is at (x, y) px from the glyph origin. */
function at(sdf: ReturnType<typeof renderSdf>, x: number, y: number): number {
  const col = x - 0.5 - (sdf.left - GLYPH_BORDER_PX);
  const row = sdf.top + GLYPH_BORDER_PX - 0.5 - y;
  return sdf.data[row * (sdf.width + 2 * GLYPH_BORDER_PX) + col];
}

describe('distance fields', () => {
  // A 10 px square from (2, 0) to (12, 10), counter-clockwise.
  const square: Outline = [
    [
      [2, 0],
      [12, 0],
      [12, 10],
      [2, 10],
    ],
  ];

  test('a square: box, bitmap size, and the exact distance at every pixel centre', () => {
    const sdf = renderSdf(square);
    expect({ left: sdf.left, top: sdf.top, width: sdf.width, height: sdf.height }).toEqual({
      left: 2,
      top: 10,
      width: 10,
      height: 10,
    });
    expect(sdf.data.length).toBe(16 * 16);
    for (let y = -2.5; y < 13; y++) {
      for (let x = -0.5; x < 15; x++) {
        const dx = Math.max(2 - x, 0, x - 12);
        const dy = Math.max(0 - y, 0, y - 10);
        const inside = x > 2 && x < 12 && y > 0 && y < 10;
        const d = inside ? -Math.min(x - 2, 12 - x, y, 10 - y) : Math.hypot(dx, dy);
        expect(at(sdf, x, y), `(${x}, ${y})`).toBe(expected(d));
      }
    }
  });

  test('the edge sits at 192 / 256, where the text shader draws it', () => {
    const sdf = renderSdf(square);
    expect(at(sdf, 2.5, 4.5)).toBe(expected(-0.5));
    expect(at(sdf, 1.5, 4.5)).toBe(expected(0.5));
    expect((at(sdf, 2.5, 4.5) + at(sdf, 1.5, 4.5)) / 2).toBeCloseTo(191.25, 0);
  });

  test('a hole wound the other way is outside (non-zero rule)', () => {
    const hole: Outline = [
      ...square,
      [
        [4, 2],
        [4, 8],
        [10, 8],
        [10, 2],
      ],
    ];
    const sdf = renderSdf(hole);
    expect(at(sdf, 7.5, 4.5)).toBe(expected(2.5)); // 2.5 px from the hole's nearest side
    expect(at(sdf, 3.5, 5.5)).toBe(expected(-0.5));
  });

  test('curves are flattened to within 0.02 px, quadratic and cubic', () => {
    const scale = 24 / 1000;
    const [quad] = flattenPath(
      [
        { type: 'M', values: [0, 0] },
        { type: 'Q', values: [500, 1000, 1000, 0] },
        { type: 'Z', values: [] },
      ],
      scale,
    );
    // y = 2t(1 − t)·1000 with x = 1000t: every vertex lies on the parabola, and the chord between
    // two vertices strays from it by (Δx)²/(4·1000) units at most.
    for (const [x, y] of quad) expect(Math.abs(y - 2 * (x / 24) * (1 - x / 24) * 24)).toBeLessThan(1e-9);
    const maxChord = Math.max(...quad.slice(1).map(([x], i) => x - quad[i][0]));
    expect((maxChord / scale) ** 2 / 4000).toBeLessThanOrEqual(0.02 / scale);

    // A circle of radius 10 px from four cubic arcs: the field is the distance to the circle.
    const k = 0.5522847498 * 10;
    const [circle] = flattenPath(
      [
        { type: 'M', values: [10, 0] },
        { type: 'C', values: [10, k, k, 10, 0, 10] },
        { type: 'C', values: [-k, 10, -10, k, -10, 0] },
        { type: 'C', values: [-10, -k, -k, -10, 0, -10] },
        { type: 'C', values: [k, -10, 10, -k, 10, 0] },
        { type: 'Z', values: [] },
      ],
      1,
    );
    const sdf = renderSdf([circle]);
    for (const [x, y] of [
      [0.5, 0.5],
      [9.5, 0.5],
      [12.5, 0.5],
      [7.5, 7.5],
    ]) {
      expect(Math.abs(at(sdf, x, y) - expected(Math.hypot(x, y) - 10)), `(${x}, ${y})`).toBeLessThanOrEqual(
        1,
      );
    }
  });

  test('a glyph with no ink has an empty bitmap', () => {
    expect(renderSdf([])).toEqual({ width: 0, height: 0, left: 0, top: 0, data: new Uint8Array(0) });
  });
});

describe('glyph PBFs', () => {
  const glyphs: PbfGlyph[] = [
    {
      id: 0x6c38,
      ...renderSdf([
        [
          [1, -2],
          [20, -2],
          [20, 18],
          [1, 18],
        ],
      ]),
      top: -10,
      advance: 24,
    },
    { id: 0x20, width: 0, height: 0, left: 0, top: -26, advance: 6, data: new Uint8Array(0) },
  ];

  test('ranges are named by their first and last code point', () => {
    expect(rangeOf(0x20)).toBe('0-255');
    expect(rangeOf(0x6c38)).toBe('27648-27903');
  });

  test('MapLibre reads what we write: ids, metrics and bitmaps', () => {
    const bytes = encodeGlyphRange('NotoSansSC-Regular', '27648-27903', glyphs);
    const parsed = parseGlyphPbf(bytes);
    expect(parsed.map((g) => g.id)).toEqual([0x20, 0x6c38]);
    const yong = parsed[1];
    expect(yong.metrics).toEqual({ width: 19, height: 20, left: 1, top: -10, advance: 24 });
    expect(yong.bitmap.width).toBe(25);
    expect(yong.bitmap.height).toBe(26);
    expect([...yong.bitmap.data]).toEqual([...glyphs[0].data]);
    expect(parsed[0].metrics.advance).toBe(6);
    expect(decodeGlyphRange(bytes)).toMatchObject({ fontstack: 'NotoSansSC-Regular', range: '27648-27903' });
  });
});

describe('the glyph bundle', () => {
  const TEXT = '永川区 Yongchuan（）';
  const FONTSTACK = 'NotoSansSC-Regular';
  let dir: string;
  let first: GlyphBundle;
  let second: GlyphBundle;
  let bytes: ArrayBuffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'glyphs-'));
    const slices = loadSourceSlices(defaultFontsourceDir(), 400);
    const sources = [...TEXT].map((ch) => {
      const cp = ch.codePointAt(0)!;
      const slice = slices.find((s) => rangesCover(s.ranges, cp))!;
      return { path: slice.path, codePoints: [cp] };
    });
    first = await buildGlyphBundle({ sources, outDir: dir, fontstack: FONTSTACK });
    second = await buildGlyphBundle({ sources, outDir: dir, fontstack: FONTSTACK });
    const file = readFileSync(join(dir, first.file));
    bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const ref = () => ({ url: `/fonts/glyphs/${first.file}`, fontstack: FONTSTACK, ranges: first.ranges });
  /** The glyph for a character, as MapLibre gets it: its range answered from the bundle. */
  const glyphOf = (ch: string) => {
    const cp = ch.codePointAt(0)!;
    const url = GLYPHS_URL.replace('{fontstack}', FONTSTACK).replace('{range}', rangeOf(cp));
    return parseGlyphPbf(new Uint8Array(rangeFromBundle(ref(), bytes, url))).find((g) => g.id === cp)!;
  };

  test('one PBF per range that holds a character, end to end, and a warm run rewrites nothing', () => {
    const ranges = [...new Set([...TEXT].map((ch) => rangeOf(ch.codePointAt(0)!)))].sort();
    expect(Object.keys(first.ranges).sort()).toEqual(ranges);
    const spans = Object.values(first.ranges).sort((a, b) => a[0] - b[0]);
    expect(spans[0][0]).toBe(0);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][0] + spans[i - 1][1]);
    expect(bytes.byteLength).toBe(first.bytes);
    expect(first.written).toBe(true);
    expect(second).toMatchObject({ written: false, ranges: first.ranges, bytes: first.bytes });
  });

  test('every character of the text is in its range, and a range the bundle lacks is empty', () => {
    for (const ch of TEXT) expect(glyphOf(ch), ch).toBeDefined();
    expect(rangeFromBundle(ref(), bytes, `atlas-glyphs://${FONTSTACK}/40704-40959`).byteLength).toBe(0);
    expect(() => rangeFromBundle(ref(), bytes, 'atlas-glyphs://Other/0-255')).toThrow(/font stack/);
    expect(() => rangeFromBundle(ref(), bytes, 'https://example.com/0-255.pbf')).toThrow(/not a glyph range/);
  });

  test('glyphs have the font’s metrics at a 24 px em and real ink', () => {
    const yong = glyphOf('永');
    expect(yong.metrics.advance).toBe(24); // a full-width ideograph fills the em
    expect(yong.metrics.width).toBeGreaterThan(16);
    expect(yong.metrics.width).toBeLessThanOrEqual(24);
    // Inked pixels (at or above the edge value) cover a plausible part of the box.
    const ink = [...yong.bitmap.data].filter((v) => v >= 192).length / yong.bitmap.data.length;
    expect(ink).toBeGreaterThan(0.1);
    expect(ink).toBeLessThan(0.6);
    // The border pixels are outside the ink.
    expect(Math.max(...yong.bitmap.data.subarray(0, yong.bitmap.width))).toBeLessThan(192);

    const y = glyphOf('Y');
    expect(y.metrics.advance).toBeGreaterThan(8);
    expect(y.metrics.advance).toBeLessThan(24);
    expect(glyphOf(' ').metrics.width).toBe(0);
  });
});

describe('label characters', () => {
  test('every character of every feature name, and no more of the app’s text', () => {
    const root = mkdtempSync(join(tmpdir(), 'labels-'));
    try {
      mkdirSync(join(root, 'geodata'));
      const feature = (name_zh: string, name_en: string, role: string) => ({
        type: 'Feature',
        properties: { name_zh, name_en, role },
        geometry: null,
      });
      writeFileSync(
        join(root, 'geodata', 'a.geojson'),
        JSON.stringify({
          type: 'FeatureCollection',
          features: [feature('永川站', 'Yongchuan Station', '枢纽')],
        }),
      );
      const chars = new Set(collectLabelCharacters(root).map((cp) => String.fromCodePoint(cp)));
      for (const ch of '永川站YS') expect(chars.has(ch), ch).toBe(true);
      expect(chars.has('枢')).toBe(false);
      expect(chars.has('︵')).toBe(true); // the vertical form of （ for labels set along lines
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('has every glyph the area and length labels on drawn and imported shapes draw, in both languages', () => {
    const chars = new Set(
      collectLabelCharacters(join(import.meta.dirname, '../..')).map((cp) => String.fromCodePoint(cp)),
    );
    for (const lang of ['zh', 'en'] as const) {
      const labels = [
        formatArea(12_345_678.9, lang),
        formatArea(54_321, lang),
        formatArea(321.5, lang),
        formatLength(12_345, lang),
        formatLength(250, lang),
      ];
      const missing = labels.flatMap((l) => [...l].filter((ch) => !chars.has(ch)));
      expect(missing, labels.join(' | ')).toEqual([]);
    }
  });
});
