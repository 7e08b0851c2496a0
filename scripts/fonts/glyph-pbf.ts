/**
 * Glyph PBFs: one file per font stack and 256-code-point range, in the protobuf layout MapLibre's
 * `parseGlyphPbf` reads (glyphs.proto of the Mapbox glyph format).
 */
import { PbfReader, PbfWriter } from 'pbf';
import type { SdfBitmap } from './glyph-sdf.ts';

/** One glyph: its code point, distance field and metrics in px at the 24 px em. */
export interface PbfGlyph extends SdfBitmap {
  id: number;
  /** `top` as the format has it: the ink box's top less the font's ascender. */
  top: number;
  advance: number;
}

/** `first-last` of the 256-code-point range that holds `codePoint`, as the glyph URL names it. */
export function rangeOf(codePoint: number): string {
  const start = Math.floor(codePoint / 256) * 256;
  return `${start}-${start + 255}`;
}

function writeGlyph(glyph: PbfGlyph, pbf: PbfWriter): void {
  pbf.writeVarintField(1, glyph.id);
  if (glyph.data.length > 0) pbf.writeBytesField(2, glyph.data);
  pbf.writeVarintField(3, glyph.width);
  pbf.writeVarintField(4, glyph.height);
  pbf.writeSVarintField(5, glyph.left);
  pbf.writeSVarintField(6, glyph.top);
  pbf.writeVarintField(7, glyph.advance);
}

/** Encodes the glyphs of one range, sorted by code point. */
export function encodeGlyphRange(fontstack: string, range: string, glyphs: readonly PbfGlyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (stack: { glyphs: readonly PbfGlyph[] }, out: PbfWriter) => {
      out.writeStringField(1, fontstack);
      out.writeStringField(2, range);
      for (const g of [...stack.glyphs].sort((a, b) => a.id - b.id)) out.writeMessage(3, writeGlyph, g);
    },
    { glyphs },
  );
  return pbf.finish();
}

/** Decodes a range file back into its font stack, range and glyphs (for checks and tests). */
export function decodeGlyphRange(bytes: Uint8Array): {
  fontstack: string;
  range: string;
  glyphs: PbfGlyph[];
} {
  const out = { fontstack: '', range: '', glyphs: [] as PbfGlyph[] };
  new PbfReader(bytes).readFields((tag, result, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, r: typeof out, p) => {
      if (t === 1) r.fontstack = p.readString();
      else if (t === 2) r.range = p.readString();
      else if (t === 3) {
        const g: PbfGlyph = {
          id: 0,
          width: 0,
          height: 0,
          left: 0,
          top: 0,
          advance: 0,
          data: new Uint8Array(0),
        };
        p.readMessage((f, glyph: PbfGlyph, q) => {
          if (f === 1) glyph.id = q.readVarint();
          else if (f === 2) glyph.data = q.readBytes();
          else if (f === 3) glyph.width = q.readVarint();
          else if (f === 4) glyph.height = q.readVarint();
          else if (f === 5) glyph.left = q.readSVarint();
          else if (f === 6) glyph.top = q.readSVarint();
          else if (f === 7) glyph.advance = q.readVarint();
        }, g);
        r.glyphs.push(g);
      }
    }, result);
  }, out);
  return out;
}
