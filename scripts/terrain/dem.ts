/**
 * An elevation grid on geographic coordinates, as read from an SRTM .hgt or a GeoTIFF, and the
 * height at any place in a set of them (the tiles of a DEM overlap by one row at their edges).
 */

export interface DemGrid {
  /** The file it came from, for messages and the manifest. */
  name: string;
  width: number;
  height: number;
  /** Longitude and latitude of the centre of the first (north-west) sample. */
  west: number;
  north: number;
  /** Degrees between samples, east-west and north-south (both positive). */
  dx: number;
  dy: number;
  /** Heights in metres, row by row from the north; NaN where the file has no data. */
  heights: Float32Array;
}

/** The extent of a grid's samples' centres, [west, south, east, north]. */
export function gridBounds(g: DemGrid): [number, number, number, number] {
  return [g.west, g.north - (g.height - 1) * g.dy, g.west + (g.width - 1) * g.dx, g.north];
}

/** Sample units a place on a grid's edge may lie beyond it by rounding alone. */
const EDGE = 1e-6;

/** A fractional sample index within [0, last], or undefined if it lies beyond by more than rounding. */
function clampNear(f: number, last: number): number | undefined {
  if (f < -EDGE || f > last + EDGE) return undefined;
  return Math.max(0, Math.min(last, f));
}

/**
 * The height at a place, interpolated between the four samples around it (those without data
 * left out), from the first grid that covers the place; undefined where none does.
 */
export function heightAt(grids: readonly DemGrid[], lon: number, lat: number): number | undefined {
  for (const g of grids) {
    const fx = clampNear((lon - g.west) / g.dx, g.width - 1);
    const fy = clampNear((g.north - lat) / g.dy, g.height - 1);
    if (fx === undefined || fy === undefined) continue;
    const x0 = Math.min(Math.floor(fx), g.width - 2);
    const y0 = Math.min(Math.floor(fy), g.height - 2);
    const tx = fx - x0;
    const ty = fy - y0;
    let sum = 0;
    let weight = 0;
    for (const [x, y, w] of [
      [x0, y0, (1 - tx) * (1 - ty)],
      [x0 + 1, y0, tx * (1 - ty)],
      [x0, y0 + 1, (1 - tx) * ty],
      [x0 + 1, y0 + 1, tx * ty],
    ] as const) {
      const h = g.heights[y * g.width + x]!;
      if (Number.isNaN(h) || w === 0) continue;
      sum += h * w;
      weight += w;
    }
    if (weight > 0) return sum / weight;
  }
  return undefined;
}
