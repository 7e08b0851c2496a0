/** Web-mercator tiles (XYZ, as MapLibre asks for them): which tiles cover an extent, and where a tile's pixels are. */

export interface TileId {
  z: number;
  x: number;
  y: number;
}

/** The mercator latitude limit: tiles stop there. */
const MAX_LAT = 85.0511287798066;

const clampLat = (lat: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));

/** Tile column and row, fractional, of a place at zoom `z`. */
export function tileXY(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const phi = (clampLat(lat) * Math.PI) / 180;
  return [((lon + 180) / 360) * n, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n];
}

/** The place at a fractional tile column and row at zoom `z`. */
export function lonLatOf(tx: number, ty: number, z: number): [number, number] {
  const n = 2 ** z;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / n))) * 180) / Math.PI;
  return [(tx / n) * 360 - 180, lat];
}

/** A tile's extent, [west, south, east, north] in degrees. */
export function tileBounds({ z, x, y }: TileId): [number, number, number, number] {
  const [west, north] = lonLatOf(x, y, z);
  const [east, south] = lonLatOf(x + 1, y + 1, z);
  return [west, south, east, north];
}

/** Every tile at zoom `z` that overlaps the extent [west, south, east, north]. */
export function tilesCovering(bounds: readonly [number, number, number, number], z: number): TileId[] {
  const [west, south, east, north] = bounds;
  const last = 2 ** z - 1;
  const [x0, y0] = tileXY(west, north, z).map((v) => Math.max(0, Math.min(last, Math.floor(v))));
  // An extent ending exactly on a tile edge does not reach into the next tile.
  const [x1, y1] = tileXY(east, south, z).map((v) => Math.max(0, Math.min(last, Math.ceil(v) - 1)));
  const out: TileId[] = [];
  for (let x = x0!; x <= x1!; x++) for (let y = y0!; y <= y1!; y++) out.push({ z, x, y });
  return out;
}
