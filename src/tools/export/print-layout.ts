/**
 * The geometry of a printed page: paper sizes, the pixels of a page at a print resolution, the
 * part of it the map takes beside the title block, and the map's scale on paper. Pure, so that
 * the figures a planner submits (1:N, the pixel size at 300 DPI) are tested in Node.
 */
export type PaperSize = 'A4' | 'A3';
export type Orientation = 'landscape' | 'portrait';
export type PrintDpi = 150 | 300;

export interface PrintSpec {
  paper: PaperSize;
  orientation: Orientation;
  dpi: PrintDpi;
}

/** ISO 216, millimetres, portrait. */
const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };
const MM_PER_INCH = 25.4;
/** CSS pixels per inch: what the map's style (label sizes, line widths) is written in. */
export const CSS_DPI = 96;
/** The white margin round the page, the title block's height and the map's frame, in mm. */
const MARGIN_MM = 10;
const TITLE_BLOCK_MM = 34;

export interface PageLayout {
  spec: PrintSpec;
  /** The page, in mm and in device pixels at the spec's DPI. */
  pageMm: { width: number; height: number };
  pagePx: { width: number; height: number };
  /** Device pixels per CSS pixel: the map is drawn in CSS pixels at this ratio. */
  pixelRatio: number;
  /** Device pixels per mm. */
  pxPerMm: number;
  /** The map's frame and the title block below it, in device pixels. */
  map: { x: number; y: number; width: number; height: number };
  titleBlock: { x: number; y: number; width: number; height: number };
  /** The map's size in CSS pixels, as the map is laid out to draw it. */
  mapCss: { width: number; height: number };
}

export function pageLayout(spec: PrintSpec): PageLayout {
  const [short, long] = PAPER_MM[spec.paper];
  const pageMm =
    spec.orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
  const pxPerMm = spec.dpi / MM_PER_INCH;
  const px = (mm: number) => Math.round(mm * pxPerMm);
  const pagePx = { width: px(pageMm.width), height: px(pageMm.height) };
  const margin = px(MARGIN_MM);
  const blockH = px(TITLE_BLOCK_MM);
  const map = {
    x: margin,
    y: margin,
    width: pagePx.width - 2 * margin,
    height: pagePx.height - 2 * margin - blockH,
  };
  const pixelRatio = spec.dpi / CSS_DPI;
  return {
    spec,
    pageMm,
    pagePx,
    pixelRatio,
    pxPerMm,
    map,
    titleBlock: { x: margin, y: map.y + map.height, width: map.width, height: blockH },
    mapCss: { width: Math.round(map.width / pixelRatio), height: Math.round(map.height / pixelRatio) },
  };
}

/** The map's scale on paper, 1:N, from the ground size of one CSS pixel. */
export function scaleDenominator(metresPerCssPixel: number): number {
  return metresPerCssPixel / (MM_PER_INCH / 1000 / CSS_DPI);
}

/** A scale denominator as printed: rounded to three significant figures (1:52,300). */
export function roundedScale(n: number): number {
  const pow = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
  return Math.round(n / pow) * pow;
}
