/**
 * `npm run terrain -- [options] DEM...`: terrain tiles for the hillshade and the kiosk's sand
 * table, from SRTM .hgt or GeoTIFF files (README, "Terrain").
 *
 *   --out DIR        where the tiles go (public/terrain, which the next build ships)
 *   --minzoom N      first zoom (8)
 *   --maxzoom N      last zoom (12: about 30 m a pixel here, SRTM's and GLO-30's own resolution)
 *   --tile-size N    256 or 512 pixels (256)
 *   --bounds W,S,E,N the extent to cover (the district and 0.1° around it)
 *   --credit TEXT    the data's credit, for a DEM other than SRTM or Copernicus
 *   --licence TEXT   the data's licence, for the sources dialog (the known products' own)
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TERRAIN_DIR } from '../../src/data/terrain-manifest.ts';
import type { Bounds } from '../../src/geo/bounds.ts';
import { buildTerrain } from './build-terrain.ts';

function zoom(value: string, name: string): number {
  const z = Number(value);
  if (!Number.isInteger(z) || z < 0 || z > 15)
    throw new Error(`--${name} ${value}: a whole zoom from 0 to 15`);
  return z;
}

function bounds(value: string): Bounds {
  const v = value.split(',').map(Number);
  if (v.length !== 4 || v.some((x) => !Number.isFinite(x)) || v[0]! >= v[2]! || v[1]! >= v[3]!)
    throw new Error(`--bounds ${value}: west,south,east,north in degrees`);
  return v as Bounds;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: join('public', TERRAIN_DIR) },
      minzoom: { type: 'string', default: '8' },
      maxzoom: { type: 'string', default: '12' },
      'tile-size': { type: 'string', default: '256' },
      bounds: { type: 'string' },
      credit: { type: 'string' },
      licence: { type: 'string' },
    },
  });
  const minzoom = zoom(values.minzoom, 'minzoom');
  const maxzoom = zoom(values.maxzoom, 'maxzoom');
  if (minzoom > maxzoom) throw new Error('--minzoom is above --maxzoom');
  const tileSize = Number(values['tile-size']);
  if (tileSize !== 256 && tileSize !== 512) throw new Error(`--tile-size ${values['tile-size']}: 256 or 512`);
  await buildTerrain({
    files: positionals,
    outDir: values.out,
    minzoom,
    maxzoom,
    tileSize,
    bounds: values.bounds === undefined ? undefined : bounds(values.bounds),
    credit: values.credit,
    licence: values.licence,
    log: (line) => console.log(`terrain: ${line}`),
  });
}

main().catch((err: unknown) => {
  console.error(`terrain: ${(err as Error).message}`);
  process.exit(1);
});
