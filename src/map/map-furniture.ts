/**
 * Pure geometry of the furniture drawn on an exported map: the scale bar's length and the
 * legend's columns. Kept apart from the canvas code so it can be tested in Node.
 */

/** The longest round length (1, 2 or 5 × 10ⁿ m) that fits in `maxPx`, and its width in px. */
export function scaleBar(mPerPx: number, maxPx: number): { metres: number; px: number } {
  const max = mPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((k) => k * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / mPerPx };
}

export interface LegendGrid {
  columns: number;
  rowsPerColumn: number;
}

/** As many columns as the rows need to fit in `maxHeight`. */
export function legendGrid(rows: number, rowHeight: number, maxHeight: number): LegendGrid {
  const rowsPerColumn = Math.max(1, Math.floor(maxHeight / rowHeight));
  return {
    columns: Math.max(1, Math.ceil(rows / rowsPerColumn)),
    rowsPerColumn: Math.min(rows, rowsPerColumn),
  };
}
