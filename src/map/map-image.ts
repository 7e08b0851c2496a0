/**
 * The current map as an image with its furniture: title, legend of the visible layers,
 * scale bar, north arrow, attribution and date. The map is re-rendered at the export's
 * pixel ratio (1×, 2×, 3×) and restored afterwards; the one map is never recreated.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { metresPerPixel } from '../geo/ground-resolution.ts';
import type { Swatch } from '../layers/types.ts';
import { legendGrid, scaleBar } from './map-furniture.ts';

export interface LegendRow {
  label: string;
  swatch: Swatch;
}

export interface MapImageOptions {
  scale: 1 | 2 | 3;
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendRow[];
  attribution: string;
  /** Formatted date line. */
  date: string;
  /** `km` / `m` labels for the scale bar. */
  formatDistance: (metres: number) => string;
  northLabel: string;
}

/** Where things were drawn, in image pixels (for tests and print). */
export interface MapImageLayout {
  width: number;
  height: number;
  legend: { x: number; y: number; width: number; height: number; rows: string[] };
  scaleBar: { x: number; y: number; width: number; metres: number };
}

const FONT = '"Noto Sans SC", system-ui, sans-serif';

function idle(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

export async function renderMapImage(
  map: MaplibreMap,
  opts: MapImageOptions,
): Promise<{ canvas: HTMLCanvasElement; layout: MapImageLayout }> {
  const s = opts.scale;
  const texts = [opts.title, opts.subtitle, opts.legendTitle, opts.attribution, opts.date, opts.northLabel];
  for (const r of opts.legend) texts.push(r.label);
  // The page's font is split by unicode range: load the ranges these texts need.
  await document.fonts.load(`14px ${FONT}`, texts.join(''));
  await document.fonts.ready;

  const container = map.getContainer();
  const cssW = container.clientWidth;
  const cssH = container.clientHeight;
  const previous = map.getPixelRatio();
  if (previous !== s) map.setPixelRatio(s);
  await idle(map);
  const out = document.createElement('canvas');
  out.width = Math.round(cssW * s);
  out.height = Math.round(cssH * s);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(map.getCanvas(), 0, 0, out.width, out.height);
  if (previous !== s) {
    map.setPixelRatio(previous);
    map.triggerRepaint();
  }

  ctx.scale(s, s);
  ctx.textBaseline = 'middle';
  const pad = 12;

  // Title, top left.
  ctx.font = `600 18px ${FONT}`;
  const titleW = Math.max(ctx.measureText(opts.title).width, measure(ctx, `12px ${FONT}`, opts.subtitle));
  box(ctx, pad, pad, titleW + 24, 56);
  ctx.fillStyle = '#1f2733';
  ctx.font = `600 18px ${FONT}`;
  ctx.fillText(opts.title, pad + 12, pad + 20);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#4b5563';
  ctx.fillText(opts.subtitle, pad + 12, pad + 42);

  // North arrow, top right: points to true north, turned with the map's bearing.
  const nx = cssW - pad - 24;
  const ny = pad + 28;
  ctx.save();
  ctx.beginPath();
  ctx.arc(nx, ny, 22, 0, Math.PI * 2);
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fill();
  ctx.strokeStyle = '#3d4654';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.translate(nx, ny);
  ctx.rotate((-map.getBearing() * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -6);
  ctx.lineTo(7, 16);
  ctx.lineTo(0, 11);
  ctx.lineTo(-7, 16);
  ctx.closePath();
  ctx.fillStyle = '#1f2733';
  ctx.fill();
  ctx.font = `600 11px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillStyle = '#b42318';
  ctx.fillText(opts.northLabel, 0, -13);
  ctx.restore();

  // Attribution and date, a strip along the bottom.
  const stripH = 22;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(0, cssH - stripH, cssW, stripH);
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = '#1f2733';
  ctx.textAlign = 'left';
  ctx.fillText(opts.attribution, pad, cssH - stripH / 2);
  ctx.textAlign = 'right';
  ctx.fillText(opts.date, cssW - pad, cssH - stripH / 2);
  ctx.textAlign = 'left';

  // Scale bar, bottom right, from the ground resolution at the centre.
  const mpp = metresPerPixel(map.getCenter().lat, map.getZoom());
  const bar = scaleBar(mpp, 140);
  const bx = cssW - pad - bar.px - 12;
  const by = cssH - stripH - 44;
  box(ctx, bx - 10, by, bar.px + 32, 36);
  ctx.fillStyle = '#1f2733';
  ctx.font = `11px ${FONT}`;
  ctx.fillText(opts.formatDistance(bar.metres), bx, by + 11);
  ctx.fillRect(bx, by + 24, bar.px, 4);
  ctx.fillRect(bx, by + 18, 1.5, 10);
  ctx.fillRect(bx + bar.px - 1.5, by + 18, 1.5, 10);

  // Legend, bottom left: the visible layers' own legend entries.
  const rowH = 20;
  const headH = 26;
  const maxH = cssH - stripH - pad * 2 - 56 - pad - headH - 16;
  const grid = legendGrid(opts.legend.length, rowH, maxH);
  ctx.font = `12px ${FONT}`;
  const colW = Math.min(
    300,
    40 +
      Math.max(
        60,
        ...opts.legend.map((r) => ctx.measureText(r.label).width),
        measure(ctx, `600 13px ${FONT}`, opts.legendTitle),
      ),
  );
  const lw = grid.columns * colW + 16;
  const lh = headH + grid.rowsPerColumn * rowH + 8;
  const lx = pad;
  const ly = cssH - stripH - pad - lh;
  box(ctx, lx, ly, lw, lh);
  ctx.fillStyle = '#1f2733';
  ctx.font = `600 13px ${FONT}`;
  ctx.fillText(opts.legendTitle, lx + 10, ly + 15);
  ctx.font = `12px ${FONT}`;
  opts.legend.forEach((row, i) => {
    const col = Math.floor(i / grid.rowsPerColumn);
    const x = lx + 8 + col * colW;
    const y = ly + headH + (i % grid.rowsPerColumn) * rowH;
    drawSwatch(ctx, row.swatch, x, y + 2, 28, 16);
    ctx.fillStyle = '#1f2733';
    ctx.fillText(clip(ctx, row.label, colW - 40), x + 34, y + 10);
  });

  return {
    canvas: out,
    layout: {
      width: out.width,
      height: out.height,
      legend: { x: lx * s, y: ly * s, width: lw * s, height: lh * s, rows: opts.legend.map((r) => r.label) },
      scaleBar: { x: bx * s, y: by * s, width: bar.px * s, metres: bar.metres },
    },
  };
}

function measure(ctx: CanvasRenderingContext2D, font: string, text: string): number {
  const prev = ctx.font;
  ctx.font = font;
  const w = ctx.measureText(text).width;
  ctx.font = prev;
  return w;
}

function clip(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

function box(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
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
function drawSwatch(
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
