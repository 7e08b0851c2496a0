/**
 * What `npm run terrain` writes beside its tiles (`<public>/terrain/terrain.json`) and what the
 * build hands the app (`virtual:terrain-manifest`): the tiles' encoding, extent and zooms, and
 * the credit and files of the elevation data they were made from.
 */

/** The folder under the public dir, and under the site's base, that holds the tiles and the manifest. */
export const TERRAIN_DIR = 'terrain';
export const TERRAIN_MANIFEST_FILE = 'terrain.json';

export interface TerrainManifest {
  /** Heights as RGB: `(R × 256 + G + B / 256) − 32768` metres (Mapzen's terrarium). */
  encoding: 'terrarium';
  tileSize: 256 | 512;
  /** The extent the tiles cover, [west, south, east, north] in degrees (WGS84). */
  bounds: [west: number, south: number, east: number, north: number];
  minzoom: number;
  maxzoom: number;
  /** How many tile files, and their total size in bytes. */
  tiles: number;
  bytes: number;
  /** The credit the attribution line shows for the elevation data. */
  credit: string;
  /** The elevation data's licence, for the sources dialog. */
  licence: string;
  /** The elevation files the tiles were made from, by file name. */
  sources: string[];
  /** When the tiles were made (ISO 8601). */
  builtAt: string;
}
