/**
 * A printed page as one canvas at print resolution: the map in its frame with north arrow and
 * legend, and below it the title block a submitted map needs: title, date, scale as 1:N and as a
 * bar, sources, the plan citations of what is selected, the map-approval line when one is set,
 * and a link to the same view as text and as a QR code.
 */
import { encode } from 'uqr';
import { clip, drawLegend, drawNorthArrow, FONT, type LegendEntry } from '../../map/canvas-draw.ts';
import { scaleBar } from '../../map/map-furniture.ts';
import { CSS_DPI, type PageLayout, roundedScale, scaleDenominator } from './print-layout.ts';

export interface PrintTexts {
  title: string;
  subtitle: string;
  date: string;
  /** `比例尺 1:{n}` / `Scale 1:{n}`, given the rounded denominator, formatted. */
  scale: (denominator: number) => string;
  formatDistance: (metres: number) => string;
  sources: string;
  /** The plan citations of the selected features, one line each. */
  citations: readonly string[];
  /** The map-approval number (审图号), when the deployment has one. */
  approval?: string;
  linkLabel: string;
  url: string;
  legendTitle: string;
  legend: readonly LegendEntry[];
  northLabel: string;
}

export interface PrintedMap {
  canvas: HTMLCanvasElement;
  metresPerCssPixel: number;
  bearing: number;
}

/** Where things went on the page, in its pixels (for tests). */
export interface PrintPageReport {
  width: number;
  height: number;
  scaleDenominator: number;
  legendRows: number;
  legend: { x: number; y: number; width: number; height: number };
  qr: { x: number; y: number; size: number };
}

const INK = '#1f2733';
const MUTED = '#4b5563';

export function composePrintPage(
  layout: PageLayout,
  map: PrintedMap,
  texts: PrintTexts,
): { canvas: HTMLCanvasElement; report: PrintPageReport } {
  const canvas = document.createElement('canvas');
  canvas.width = layout.pagePx.width;
  canvas.height = layout.pagePx.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const m = layout.map;
  ctx.drawImage(map.canvas, m.x, m.y, m.width, m.height);

  // From here on, units are CSS pixels at 96 DPI: the sizes of the screen's furniture, on paper.
  const k = layout.pixelRatio;
  ctx.save();
  ctx.scale(k, k);
  ctx.textBaseline = 'middle';
  const frame = { x: m.x / k, y: m.y / k, w: m.width / k, h: m.height / k };
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(frame.x, frame.y, frame.w, frame.h);
  drawNorthArrow(ctx, frame.x + frame.w - 34, frame.y + 34, 22, map.bearing, texts.northLabel);
  const legend = drawLegend(
    ctx,
    { x: frame.x + 10, bottom: frame.y + frame.h - 10, maxHeight: frame.h * 0.6 },
    texts.legendTitle,
    texts.legend,
  );

  const block = { x: layout.titleBlock.x / k, y: layout.titleBlock.y / k, w: layout.titleBlock.width / k };
  const blockH = layout.titleBlock.height / k;
  const top = block.y + 12;
  const qrSize = blockH - 20;
  const qrX = block.x + block.w - qrSize;
  const textW = (qrX - block.x - 24) / 2;

  // Left column: title, subtitle, date, sources.
  ctx.fillStyle = INK;
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(clip(ctx, texts.title, textW), block.x, top + 10);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.fillText(clip(ctx, texts.subtitle, textW), block.x, top + 34);
  ctx.fillText(clip(ctx, texts.date, textW), block.x, top + 52);
  ctx.font = `10px ${FONT}`;
  ctx.fillText(clip(ctx, texts.sources, textW), block.x, top + 70);
  if (texts.approval) {
    ctx.fillStyle = INK;
    ctx.fillText(clip(ctx, texts.approval, textW), block.x, top + 86);
  }

  // Middle column: the scale, as a ratio and as a bar, and the plan citations.
  const mid = block.x + textW + 12;
  const denominator = roundedScale(scaleDenominator(map.metresPerCssPixel));
  ctx.fillStyle = INK;
  ctx.font = `600 14px ${FONT}`;
  ctx.fillText(texts.scale(denominator), mid, top + 10);
  const bar = scaleBar(map.metresPerCssPixel, Math.min(180, textW - 20));
  ctx.fillRect(mid, top + 28, bar.px, 4);
  ctx.fillRect(mid, top + 22, 1.5, 10);
  ctx.fillRect(mid + bar.px - 1.5, top + 22, 1.5, 10);
  ctx.font = `11px ${FONT}`;
  ctx.fillText(texts.formatDistance(bar.metres), mid + bar.px + 8, top + 30);
  ctx.font = `10px ${FONT}`;
  ctx.fillStyle = MUTED;
  for (const [i, line] of texts.citations.slice(0, 3).entries())
    ctx.fillText(clip(ctx, line, textW), mid, top + 52 + i * 14);

  // Right: the link to this view, as a QR code and as text beside it.
  const qr = encode(texts.url, { ecc: 'M', border: 0 });
  const cell = qrSize / qr.size;
  ctx.fillStyle = INK;
  for (const [y, row] of qr.data.entries())
    for (const [x, dark] of row.entries())
      if (dark) ctx.fillRect(qrX + x * cell, top - 2 + y * cell, cell + 0.02, cell + 0.02);
  ctx.textAlign = 'right';
  ctx.font = `10px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.fillText(texts.linkLabel, qrX - 10, top + qrSize - 22);
  ctx.fillText(clip(ctx, texts.url, textW), qrX - 10, top + qrSize - 8);
  ctx.restore();

  return {
    canvas,
    report: {
      width: canvas.width,
      height: canvas.height,
      scaleDenominator: denominator,
      legendRows: texts.legend.length,
      legend: { x: legend.x * k, y: legend.y * k, width: legend.width * k, height: legend.height * k },
      qr: { x: qrX * k, y: (top - 2) * k, size: qrSize * k },
    },
  };
}

/** The CSS size a printed page is shown at on screen and in the print sheet. */
export const pageCss = (layout: PageLayout) => ({
  width: (layout.pagePx.width / layout.spec.dpi) * CSS_DPI,
  height: (layout.pagePx.height / layout.spec.dpi) * CSS_DPI,
});
