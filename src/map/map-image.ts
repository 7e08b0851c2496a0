/**
 * The current map as an image with its furniture: title, legend of the visible layers,
 * scale bar, north arrow, attribution and date. The map is re-rendered at the export's
 * pixel ratio (1×, 2×, 3×) and restored afterwards; the one map is never recreated.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { metresPerPixel } from '../geo/ground-resolution.ts';
import { box, drawLegend, drawNorthArrow, FONT, type LegendEntry, measure } from './canvas-draw.ts';
import { scaleBar } from './map-furniture.ts';

export type LegendRow = LegendEntry;

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
  drawNorthArrow(ctx, cssW - pad - 24, pad + 28, 22, map.getBearing(), opts.northLabel);

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
  const maxH = cssH - stripH - pad * 2 - 56 - pad;
  const lg = drawLegend(
    ctx,
    { x: pad, bottom: cssH - stripH - pad, maxHeight: maxH },
    opts.legendTitle,
    opts.legend,
  );

  return {
    canvas: out,
    layout: {
      width: out.width,
      height: out.height,
      legend: {
        x: lg.x * s,
        y: lg.y * s,
        width: lg.width * s,
        height: lg.height * s,
        rows: opts.legend.map((r) => r.label),
      },
      scaleBar: { x: bx * s, y: by * s, width: bar.px * s, metres: bar.metres },
    },
  };
}

export interface MapAreaSize {
  /** The map's size in CSS pixels while it is drawn: the page's map frame at 96 DPI. */
  cssWidth: number;
  cssHeight: number;
  /** Device pixels per CSS pixel: the print resolution over 96 DPI. */
  pixelRatio: number;
}

/**
 * The map alone, laid out at a print frame's size and drawn at print resolution, so that labels
 * and lines keep their size on paper and the page gets real pixels, not an enlarged screen image.
 * The view keeps its centre and zoom (the scale on paper follows from them); the map's size,
 * padding and pixel ratio are restored afterwards.
 */
export async function renderMapArea(
  map: MaplibreMap,
  size: MapAreaSize,
): Promise<{ canvas: HTMLCanvasElement; metresPerCssPixel: number; bearing: number }> {
  await document.fonts.ready;
  const container = map.getContainer();
  const before = {
    width: container.style.width,
    height: container.style.height,
    pixelRatio: map.getPixelRatio(),
    padding: map.getPadding(),
    center: map.getCenter(),
  };
  const zoom = map.getZoom();
  container.style.width = `${size.cssWidth}px`;
  container.style.height = `${size.cssHeight}px`;
  map.resize();
  map.setPixelRatio(size.pixelRatio);
  map.jumpTo({ center: before.center, zoom, padding: { top: 0, right: 0, bottom: 0, left: 0 } });
  await idle(map);
  const source = map.getCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  canvas.getContext('2d')?.drawImage(source, 0, 0);
  const metresPerCssPixel = metresPerPixel(map.getCenter().lat, zoom);
  container.style.width = before.width;
  container.style.height = before.height;
  map.resize();
  map.setPixelRatio(before.pixelRatio);
  map.jumpTo({ center: before.center, zoom, padding: before.padding });
  map.triggerRepaint();
  return { canvas, metresPerCssPixel, bearing: map.getBearing() };
}
