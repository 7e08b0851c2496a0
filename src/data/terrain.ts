/**
 * The terrain this build ships, if any (`npm run terrain`, README "Terrain"): its manifest, and
 * the URL template of its tiles.
 */
import manifest from 'virtual:terrain-manifest';
import { TERRAIN_DIR, type TerrainManifest } from './terrain-manifest.ts';

export const TERRAIN: TerrainManifest | null = manifest;

/** The tiles' URL template, absolute as every URL in the map's style is (src/map/map-glyphs.ts). */
export function terrainTilesUrl(origin: string, base: string): string {
  return `${origin}${base}${TERRAIN_DIR}/{z}/{x}/{y}.png`;
}
