/**
 * Drawing on a 2D canvas for what the atlas exports: framed boxes, the layer panel's swatches,
 * text that fits. Shared by the map image (map-image.ts) and the print page.
 */
import type { Swatch } from '../layers/types.ts';
import { legendGrid } from './map-furniture.ts';

export const FONT = '"Noto Sans SC", system-ui, sans-serif';
const INK = '#1f2733';

export interface LegendEntry {
  label: string;
  swatch: Swatch;
}

/**
 * The legend of the visible layers in a framed box whose bottom-left corner is at (`x`, `bottom`),
 * in as many columns as `maxHeight` needs; returns where it was drawn.
 */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  at: { x: number; bottom: number; maxHeight: number },
  title: string,
  rows: readonly LegendEntry[],
): { x: number; y: number; width: number; height: number } {
  const rowH = 20;
  const headH = 26;
  const grid = legendGrid(rows.length, rowH, at.maxHeight - headH - 16);
  ctx.font = `12px ${FONT}`;
  let widest = Math.max(60, measure(ctx, `600 13px ${FONT}`, title));
  for (const r of rows) widest = Math.max(widest, ctx.measureText(r.label).width);
  const colW = Math.min(300, 40 + widest);
  const width = grid.columns * colW + 16;
  const height = headH + grid.rowsPerColumn * rowH + 8;
  const y = at.bottom - height;
  box(ctx, at.x, y, width, height);
  ctx.fillStyle = INK;
  ctx.font = `600 13px ${FONT}`;
  ctx.fillText(title, at.x + 10, y + 15);
  ctx.font = `12px ${FONT}`;
  rows.forEach((row, i) => {
    const col = Math.floor(i / grid.rowsPerColumn);
    const rx = at.x + 8 + col * colW;
    const ry = y + headH + (i % grid.rowsPerColumn) * rowH;
    drawSwatch(ctx, row.swatch, rx, ry + 2, 28, 16);
    ctx.fillStyle = INK;
    ctx.fillText(clip(ctx, row.label, colW - 40), rx + 34, ry + 10);
  });
  return { x: at.x, y, width, height };
}

/** A north arrow in a disc of radius `r` at (`x`, `y`), pointing to true north whatever the map's bearing. */
export function drawNorthArrow(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  bearing: number,
  label: string,
): void {
  const k = r / 22;
  ctx.save();
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fill();
  ctx.strokeStyle = '#3d4654';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.translate(x, y);
  ctx.scale(k, k);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -6);
  ctx.lineTo(7, 16);
  ctx.lineTo(0, 11);
  ctx.lineTo(-7, 16);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.font = `600 11px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#b42318';
  ctx.fillText(label, 0, -13);
  ctx.restore();
}

export function measure(ctx: CanvasRenderingContext2D, font: string, text: string): number {
  const prev = ctx.font;
  ctx.font = font;
  const w = ctx.measureText(text).width;
  ctx.font = prev;
  return w;
}

export function clip(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

export function box(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.save();
  ctx.shadowColor = 'rgba(16,24,40,0.18)';
  ctx.shadowBlur = 8;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 6);
  ctx.fill();
  ctx.restore();
}

/** The same swatches as the layer panel's (legend-swatch.ts), on a canvas. */
export function drawSwatch(
  ctx: CanvasRenderingContext2D,
  s: Swatch,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  ctx.save();
  const dashed = 'dashed' in s && s.dashed;
  ctx.setLineDash(dashed ? [4, 3] : []);
  if (s.type === 'fill') {
    ctx.globalAlpha = 0.35;
    ctx.fillStyle = s.color;
    ctx.fillRect(x + 2, y + 2, w - 4, h - 4);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = s.outline;
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 2, y + 2, w - 4, h - 4);
  } else if (s.type === 'line') {
    const my = y + h / 2;
    if (s.casing) {
      ctx.strokeStyle = s.casing;
      ctx.lineWidth = s.width + 2;
      ctx.beginPath();
      ctx.moveTo(x + 2, my);
      ctx.lineTo(x + w - 2, my);
      ctx.stroke();
    }
    ctx.strokeStyle = s.color;
    ctx.lineWidth = s.width;
    ctx.beginPath();
    ctx.moveTo(x + 2, my);
    ctx.lineTo(x + w - 2, my);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, Math.min(s.radius ?? 6, h / 2 - 1), 0, Math.PI * 2);
    ctx.fillStyle = s.color;
    ctx.fill();
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  ctx.restore();
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
