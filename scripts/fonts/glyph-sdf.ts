/**
 * Signed distance field glyphs as MapLibre reads them from glyph PBFs (the format node-fontnik
 * writes): a 24 px em, a 3 px border around each bitmap, and one byte per pixel holding
 * 255 − 255·(d / 8 + 0.25) for a signed distance d in px (negative inside), which puts the outline
 * at 192 / 256, where MapLibre's text shader draws its edge.
 *
 * Distances are measured exactly to the outline, flattened to line segments well under a tenth
 * of a pixel from the curves, rather than estimated from a rasterised bitmap.
 */

export const GLYPH_EM_PX = 24;
export const GLYPH_BORDER_PX = 3;
const RADIUS_PX = 8;
const CUTOFF = 0.25;
/** Largest distance between a curve and the segments that stand for it, in px. */
const FLATNESS_PX = 0.02;

export type Point = readonly [x: number, y: number];
/** Closed contours in px, y up, with the pen's origin on the baseline at (0, 0). */
export type Outline = Point[][];

/** One command of a glyph's outline, as harfbuzz's `glyphToJson` gives it (font units, y up). */
export interface PathCommand {
  type: string;
  values: number[];
}

/** The glyph's bitmap and where it sits: `left` and `top` of its ink box, in whole px from the origin. */
export interface SdfBitmap {
  /** Ink box width and height in px; the bitmap is 2 × border larger each way. */
  width: number;
  height: number;
  left: number;
  top: number;
  /** Row-major, (width + 6) × (height + 6) bytes; empty for a glyph with no ink. */
  data: Uint8Array;
}

/** Segments to split a curve into so that none strays more than FLATNESS_PX from it. */
function segmentsFor(secondDerivativeBound: number): number {
  // A chord of parameter length h is within |B''|·h²/8 of its curve.
  return Math.max(1, Math.ceil(Math.sqrt(secondDerivativeBound / (8 * FLATNESS_PX))));
}

/** Flattens M/L/Q/C/Z commands in font units into contours in px (`scale` = px per unit). */
export function flattenPath(commands: readonly PathCommand[], scale: number): Outline {
  const contours: Point[][] = [];
  let current: Point[] = [];
  const close = (): void => {
    if (current.length > 2) contours.push(current);
    current = [];
  };
  let pen: Point = [0, 0];
  for (const { type, values } of commands) {
    const v = values.map((n) => n * scale);
    switch (type) {
      case 'M':
        close();
        pen = [v[0], v[1]];
        current.push(pen);
        break;
      case 'L':
        pen = [v[0], v[1]];
        current.push(pen);
        break;
      case 'Q': {
        const [x0, y0] = pen;
        const [x1, y1, x2, y2] = v;
        const n = segmentsFor(2 * Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          current.push([u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2]);
        }
        pen = [x2, y2];
        break;
      }
      case 'C': {
        const [x0, y0] = pen;
        const [x1, y1, x2, y2, x3, y3] = v;
        const n = segmentsFor(
          6 *
            Math.max(
              Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2),
              Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3),
            ),
        );
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          const a = u * u * u;
          const b = 3 * u * u * t;
          const c = 3 * u * t * t;
          const d = t * t * t;
          current.push([a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3]);
        }
        pen = [x3, y3];
        break;
      }
      case 'Z':
        close();
        break;
      default:
        throw new Error(`unknown outline command "${type}"`);
    }
  }
  close();
  return contours;
}

/** Squared distance from (px, py) to the segment (x0, y0)–(x1, y1). */
function segmentDistance2(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = x0 + t * dx - px;
  const ey = y0 + t * dy - py;
  return ex * ex + ey * ey;
}

/** Renders an outline as a distance field, with inside decided by the non-zero winding rule. */
export function renderSdf(outline: Outline): SdfBitmap {
  const segments: number[] = [];
  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (const ring of outline) {
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[(i + 1) % ring.length];
      if (x0 === x1 && y0 === y1) continue;
      segments.push(x0, y0, x1, y1);
      xMin = Math.min(xMin, x0);
      xMax = Math.max(xMax, x0);
      yMin = Math.min(yMin, y0);
      yMax = Math.max(yMax, y0);
    }
  }
  if (segments.length === 0) return { width: 0, height: 0, left: 0, top: 0, data: new Uint8Array(0) };

  const left = Math.floor(xMin);
  const top = Math.ceil(yMax);
  const width = Math.ceil(xMax) - left;
  const height = top - Math.floor(yMin);
  const b = GLYPH_BORDER_PX;
  const w = width + 2 * b;
  const h = height + 2 * b;
  const data = new Uint8Array(w * h);
  const crossings: { x: number; dir: number }[] = [];

  for (let row = 0; row < h; row++) {
    const y = top + b - row - 0.5;
    crossings.length = 0;
    for (let s = 0; s < segments.length; s += 4) {
      const y0 = segments[s + 1];
      const y1 = segments[s + 3];
      if (y0 <= y === y1 <= y) continue;
      const x0 = segments[s];
      const x1 = segments[s + 2];
      crossings.push({ x: x0 + ((y - y0) / (y1 - y0)) * (x1 - x0), dir: y1 > y0 ? 1 : -1 });
    }
    crossings.sort((p, q) => p.x - q.x);
    let next = 0;
    let winding = 0;
    for (let col = 0; col < w; col++) {
      const x = left - b + col + 0.5;
      while (next < crossings.length && crossings[next].x < x) winding += crossings[next++].dir;
      let best = Infinity;
      for (let s = 0; s < segments.length; s += 4) {
        const d2 = segmentDistance2(x, y, segments[s], segments[s + 1], segments[s + 2], segments[s + 3]);
        if (d2 < best) best = d2;
      }
      const d = winding !== 0 ? -Math.sqrt(best) : Math.sqrt(best);
      const value = Math.round(255 - 255 * (d / RADIUS_PX + CUTOFF));
      data[row * w + col] = Math.max(0, Math.min(255, value));
    }
  }
  return { width, height, left, top, data };
}
