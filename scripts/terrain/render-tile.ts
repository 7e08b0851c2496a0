/**
 * One terrain tile: every pixel's centre is placed on the map (web mercator), its height read
 * from the DEM grids and written as a terrarium colour.
 */
import { PNG } from 'pngjs';
import type { Bounds } from '../../src/geo/bounds.ts';
import { type DemGrid, heightAt } from './dem.ts';
import { encodeTerrarium } from './terrarium.ts';
import { lonLatOf, type TileId } from './tiles.ts';

/**
 * The tile's PNG (RGB). A pixel beyond the data takes the height at the nearest edge of `extent`
 * (the grids' extent), so that a tile cut by the data's edge has no cliff there; a hole inside
 * the extent (a tile missing from the mosaic, a void) is drawn at 0 m. Heights are kept to whole
 * metres, as SRTM and GLO-30 give them: the fractions of the interpolation would fill the blue
 * channel with noise and make each tile several times larger.
 */
export function renderTile(grids: readonly DemGrid[], extent: Bounds, tile: TileId, size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const [west, south, east, north] = extent;
  const lons = Array.from({ length: size }, (_, i) => lonLatOf(tile.x + (i + 0.5) / size, tile.y, tile.z)[0]);
  for (let j = 0; j < size; j++) {
    const lat = lonLatOf(tile.x, tile.y + (j + 0.5) / size, tile.z)[1];
    const inLat = Math.max(south, Math.min(north, lat));
    for (let i = 0; i < size; i++) {
      const inLon = Math.max(west, Math.min(east, lons[i]!));
      encodeTerrarium(Math.round(heightAt(grids, inLon, inLat) ?? 0), rgba, j * size + i);
    }
  }
  const png = new PNG({ width: size, height: size, colorType: 2, inputColorType: 6, inputHasAlpha: true });
  png.data = Buffer.from(rgba.buffer);
  return PNG.sync.write(png, { colorType: 2, inputColorType: 6, inputHasAlpha: true });
}
