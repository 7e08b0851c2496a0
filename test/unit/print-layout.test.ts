import { describe, expect, it } from 'vitest';
import { pageLayout, roundedScale, scaleDenominator } from '../../src/tools/export/print-layout.ts';

describe('print layout', () => {
  it('gives an A3 landscape page at 300 DPI its ISO pixel size', () => {
    const l = pageLayout({ paper: 'A3', orientation: 'landscape', dpi: 300 });
    expect(l.pagePx).toEqual({ width: 4961, height: 3508 });
    expect(l.pixelRatio).toBeCloseTo(3.125, 6);
    // The map and the title block share the page inside its margins.
    expect(l.map.width).toBe(l.titleBlock.width);
    expect(l.map.y + l.map.height).toBe(l.titleBlock.y);
    expect(l.titleBlock.y + l.titleBlock.height).toBe(l.pagePx.height - l.map.x);
    expect(l.mapCss.width * l.pixelRatio).toBeCloseTo(l.map.width, -1);
  });

  it('turns A4 for portrait and halves the pixels at 150 DPI', () => {
    const l = pageLayout({ paper: 'A4', orientation: 'portrait', dpi: 150 });
    expect(l.pagePx).toEqual({ width: 1240, height: 1754 });
    expect(l.pageMm).toEqual({ width: 210, height: 297 });
  });

  it('computes the scale on paper from the ground size of a CSS pixel', () => {
    // One CSS pixel is 0.2646 mm on paper; 10 m per CSS pixel is therefore 1:37,795.
    expect(scaleDenominator(10)).toBeCloseTo(37_795.3, 0);
    expect(roundedScale(37_795.3)).toBe(37_800);
    expect(roundedScale(523_456)).toBe(523_000);
    expect(roundedScale(812)).toBe(812);
  });
});
