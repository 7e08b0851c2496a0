/**
 * Where the offline basemap lives in a public folder and what its manifest says: shared by the
 * command that builds it (build-basemap.ts), the Vite plugin that tells the app about it and the
 * font plugin that draws its place names (scripts/fonts/vite-plugin-font-subset.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The basemap's folder under the public dir, and so under the site's base. */
export const BASEMAP_DIR = 'basemap';
/** Tiles as `tiles/{z}/{x}/{y}.pbf`, uncompressed, so any static server serves them. */
export const TILES_DIR = 'tiles';
export const MANIFEST_FILE = 'basemap.json';
/** The place names the basemap labels, one a line: their characters go into the label glyphs. */
export const NAMES_FILE = 'names.txt';

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

export interface BasemapManifest {
  /** [west, south, east, north] of the tiles, in degrees. */
  bounds: [number, number, number, number];
  minzoom: number;
  maxzoom: number;
  /** The vector layers in the tiles (OpenMapTiles names). */
  layers: string[];
  attribution: string;
  /** The extract it was built from (file name only) and when. */
  source: string;
  builtAt: string;
  tiles: number;
  bytes: number;
}

/** The manifest in a public folder, or null when no basemap was built there. */
export function readBasemapManifest(publicDir: string): BasemapManifest | null {
  const file = join(publicDir, BASEMAP_DIR, MANIFEST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BasemapManifest) : null;
}

/** The basemap's place names as one string ('' when no basemap was built there). */
export function readBasemapNames(publicDir: string): string {
  const file = join(publicDir, BASEMAP_DIR, NAMES_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The x and y ranges of the web-mercator tiles at zoom `z` that cover `bounds`. */
export function tileRange(
  [west, south, east, north]: BasemapManifest['bounds'],
  z: number,
): { x: [number, number]; y: [number, number] } {
  const n = 2 ** z;
  const tx = (lon: number) => Math.min(n - 1, Math.floor(((lon + 180) / 360) * n));
  const ty = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.min(n - 1, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n));
  };
  return { x: [tx(west), tx(east)], y: [ty(north), ty(south)] };
}
