/**
 * Turns DEM files (.hgt, GeoTIFF) into terrarium tiles over the district and a margin around
 * it, `<out>/{z}/{x}/{y}.png`, and writes `<out>/terrain.json` (src/data/terrain-manifest.ts).
 * Tiles wholly outside the data are not written.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { TERRAIN_MANIFEST_FILE, type TerrainManifest } from '../../src/data/terrain-manifest.ts';
import type { Bounds } from '../../src/geo/bounds.ts';
import { featureBounds, unionBounds } from '../../src/geo/bounds.ts';
import { type DemGrid, gridBounds } from './dem.ts';
import { knownProduct } from './dem-credit.ts';
import { readGeoTiff } from './read-geotiff.ts';
import { readHgt } from './read-hgt.ts';
import { renderTile } from './render-tile.ts';
import { tilesCovering } from './tiles.ts';

export interface TerrainOptions {
  files: readonly string[];
  outDir: string;
  minzoom: number;
  maxzoom: number;
  tileSize: 256 | 512;
  /** The extent to cover; the district's box and MARGIN_DEG around it when not given. */
  bounds?: Bounds;
  /** The data's credit; needed when the files' names do not say what they are (dem-credit.ts). */
  credit?: string;
  /** The data's licence, for the sources dialog; the known products' own by default. */
  licence?: string;
  log?: (line: string) => void;
}

/** How far beyond the district the tiles reach, in degrees (about 10 km), so the hillshade does not stop at the boundary. */
export const MARGIN_DEG = 0.1;

const DISTRICT = 'geodata/district-boundary.geojson';

export function districtExtent(): Bounds {
  const fc = JSON.parse(readFileSync(DISTRICT, 'utf8')) as GeoJSON.FeatureCollection;
  const [w, s, e, n] = unionBounds(
    fc.features.flatMap((f) => (f.geometry ? [featureBounds(f.geometry)] : [])),
  );
  return [w - MARGIN_DEG, s - MARGIN_DEG, e + MARGIN_DEG, n + MARGIN_DEG];
}

async function readDem(file: string): Promise<DemGrid> {
  const bytes = new Uint8Array(readFileSync(file));
  const ext = extname(file).toLowerCase();
  if (ext === '.hgt') return readHgt(file, bytes);
  if (ext === '.tif' || ext === '.tiff') return readGeoTiff(file, bytes);
  throw new Error(`${basename(file)}: not an .hgt or GeoTIFF (.tif) file`);
}

function intersect(a: Bounds, b: Bounds): Bounds | null {
  const out: Bounds = [
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.min(a[3], b[3]),
  ];
  return out[0] < out[2] && out[1] < out[3] ? out : null;
}

/** Takes away the tiles and manifest of an earlier run, and nothing else in the folder. */
function clearOutput(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir))
    if (/^\d+$/.test(name) || name === TERRAIN_MANIFEST_FILE) rmSync(join(outDir, name), { recursive: true });
}

export async function buildTerrain(opts: TerrainOptions): Promise<TerrainManifest> {
  const log = opts.log ?? (() => undefined);
  const t0 = performance.now();
  if (opts.files.length === 0) throw new Error('no DEM files given');
  const known = knownProduct(opts.files);
  const credit = opts.credit ?? known?.credit;
  const licence = opts.licence ?? known?.licence ?? 'as its provider states';
  if (!credit)
    throw new Error('the DEM files are not SRTM .hgt or Copernicus tiles: give their credit with --credit');
  const grids = await Promise.all(opts.files.map(readDem));
  const extent = unionBounds(grids.map(gridBounds));
  const wanted = opts.bounds ?? districtExtent();
  const bounds = intersect(wanted, extent);
  if (!bounds)
    throw new Error(
      `the DEM files (${extent.map((v) => v.toFixed(3)).join(', ')}) do not cover ${wanted.join(', ')}`,
    );
  log(`read ${grids.length} DEM file(s) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  clearOutput(opts.outDir);
  let tiles = 0;
  let bytes = 0;
  for (let z = opts.minzoom; z <= opts.maxzoom; z++) {
    const tz = performance.now();
    const ids = tilesCovering(bounds, z);
    for (const tile of ids) {
      const png = renderTile(grids, extent, tile, opts.tileSize);
      const dir = join(opts.outDir, String(z), String(tile.x));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${tile.y}.png`), png);
      bytes += png.length;
    }
    tiles += ids.length;
    log(`z${z}: ${ids.length} tiles in ${((performance.now() - tz) / 1000).toFixed(1)} s`);
  }
  const manifest: TerrainManifest = {
    encoding: 'terrarium',
    tileSize: opts.tileSize,
    bounds,
    minzoom: opts.minzoom,
    maxzoom: opts.maxzoom,
    tiles,
    bytes,
    credit,
    licence,
    sources: grids.map((g) => g.name),
    builtAt: new Date().toISOString(),
  };
  writeFileSync(join(opts.outDir, TERRAIN_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const mb = (bytes / 1e6).toFixed(1);
  log(`${tiles} tiles, ${mb} MB, in ${opts.outDir}, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return manifest;
}
