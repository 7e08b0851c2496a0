/**
 * Vite plugin: the terrain manifest that `npm run terrain` wrote into the public dir
 * (`<public>/terrain/terrain.json`), or null when there is none, as the virtual module
 * `virtual:terrain-manifest` (types: src/data/virtual-terrain-manifest.d.ts). Without it the
 * atlas has no hillshade and no terrain, and is what it was. The tiles themselves are public
 * files: Vite copies them into the build and the precache lists them with every other file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { TERRAIN_DIR, TERRAIN_MANIFEST_FILE, type TerrainManifest } from '../../src/data/terrain-manifest.ts';

const VIRTUAL_ID = 'virtual:terrain-manifest';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The manifest, or an error saying what in it is wrong: a broken manifest must not ship a broken map. */
export function checkManifest(value: unknown, file: string): TerrainManifest {
  const m = value as Partial<TerrainManifest>;
  const zoom = (z: unknown) => Number.isInteger(z) && (z as number) >= 0 && (z as number) <= 22;
  const problems = [
    m.encoding !== 'terrarium' && 'encoding is not "terrarium"',
    m.tileSize !== 256 && m.tileSize !== 512 && 'tileSize is not 256 or 512',
    !(Array.isArray(m.bounds) && m.bounds.length === 4 && m.bounds.every(Number.isFinite)) &&
      'bounds are not [west, south, east, north]',
    !(zoom(m.minzoom) && zoom(m.maxzoom) && m.minzoom! <= m.maxzoom!) && 'minzoom and maxzoom are not zooms',
    !(typeof m.credit === 'string' && m.credit.trim()) && 'credit is missing',
    !(typeof m.licence === 'string' && m.licence.trim()) && 'licence is missing',
    !(Array.isArray(m.sources) && m.sources.every((s) => typeof s === 'string')) &&
      'sources are not file names',
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')} (run npm run terrain again)`);
  return m as TerrainManifest;
}

export function terrainManifest(): Plugin {
  let file = '';
  return {
    name: 'atlas-terrain-manifest',
    configResolved(config) {
      file = join(config.publicDir || join(config.root, 'public'), TERRAIN_DIR, TERRAIN_MANIFEST_FILE);
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(file);
      const manifest = existsSync(file) ? checkManifest(JSON.parse(readFileSync(file, 'utf8')), file) : null;
      return `export default ${JSON.stringify(manifest)};`;
    },
  };
}
