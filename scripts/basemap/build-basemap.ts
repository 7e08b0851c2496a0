/**
 * `npm run basemap -- FILE.osm.pbf [--public DIR] [--margin DEG]`: builds the offline basemap from an
 * OpenStreetMap extract the user downloaded (Geofabrik's Chongqing extract, for one): vector tiles
 * of the district and its surroundings in `<public>/basemap/tiles/{z}/{x}/{y}.pbf`, their manifest
 * `basemap.json` and the place names they label, `names.txt` (docs/decisions/0022-offline-basemap.md).
 *
 * osmium cuts the extract to the district's box plus a margin, and Debian's tilemaker 2.2 makes the
 * tiles with the trimmed OpenMapTiles config beside this file. Both are installed with apt when
 * missing and the command runs as root; otherwise it says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Bounds, featureBounds, unionBounds } from '../../src/geo/bounds.ts';
import {
  BASEMAP_DIR,
  type BasemapManifest,
  MANIFEST_FILE,
  NAMES_FILE,
  OSM_ATTRIBUTION,
  TILES_DIR,
  tileRange,
} from './offline-basemap-files.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const CONFIG = join(HERE, 'tilemaker/config.json');
const PROCESS = join(HERE, 'tilemaker/process.lua');
/** The vector layers process.lua writes. */
const LAYERS = ['place', 'transportation', 'waterway', 'water', 'landuse', 'landcover', 'building'];
const MIN_ZOOM = 8;
const MAX_ZOOM = 14;
/** Degrees around the district's box: the neighbouring towns and the roads into the district. */
const DEFAULT_MARGIN = 0.1;

interface Options {
  input: string;
  publicDir: string;
  margin: number;
}

function parseArgs(argv: readonly string[]): Options {
  const rest = [...argv];
  let publicDir = process.env.ATLAS_PUBLIC_DIR || join(ROOT, 'public');
  let margin = DEFAULT_MARGIN;
  const inputs: string[] = [];
  const value = (flag: string) => {
    const v = rest.shift();
    if (v === undefined) throw new Error(`${flag} needs a value`);
    return v;
  };
  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === '--public') publicDir = resolve(value(arg));
    else if (arg === '--margin') margin = Number(value(arg));
    else inputs.push(arg);
  }
  if (inputs.length !== 1 || !/\.osm\.pbf$/.test(inputs[0])) {
    throw new Error('usage: npm run basemap -- FILE.osm.pbf [--public DIR] [--margin DEGREES]');
  }
  if (!existsSync(inputs[0])) throw new Error(`${inputs[0]}: no such file`);
  if (!(margin >= 0 && margin <= 2)) throw new Error('--margin: a number of degrees from 0 to 2');
  return { input: resolve(inputs[0]), publicDir: resolve(publicDir), margin };
}

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** Makes sure `tool` runs, installing Debian's `pkg` when it is missing and we may. */
function ensureTool(tool: string, pkg: string): void {
  if (has(tool)) return;
  if (process.getuid?.() !== 0) throw new Error(`${tool} is missing: sudo apt-get install ${pkg}`);
  console.log(`installing ${pkg} (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!has(tool)) throw new Error(`${tool} is still missing after installing ${pkg}`);
}

function run(cmd: string, args: readonly string[]): string {
  const out = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`${cmd} failed (exit ${out.status}):\n${out.stderr || out.stdout}`);
  return out.stdout;
}

/** The district's box widened by `margin` degrees. */
function basemapBounds(margin: number): Bounds {
  const district = JSON.parse(
    readFileSync(join(ROOT, 'geodata/district-boundary.geojson'), 'utf8'),
  ) as GeoJSON.FeatureCollection;
  const boxes = district.features.map((f) => featureBounds(f.geometry));
  const [w, s, e, n] = unionBounds(boxes);
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return [r(w - margin), r(s - margin), r(e + margin), r(n + margin)];
}

/**
 * Writes an empty tile wherever tilemaker wrote none inside the box: an absent tile would be a 404
 * that the browser reports as an error, and an empty file is a valid empty vector tile.
 */
function fillEmptyTiles(dir: string, bounds: Bounds): number {
  let filled = 0;
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    const { x, y } = tileRange(bounds, z);
    for (let tx = x[0]; tx <= x[1]; tx++) {
      mkdirSync(join(dir, `${z}/${tx}`), { recursive: true });
      for (let ty = y[0]; ty <= y[1]; ty++) {
        const file = join(dir, `${z}/${tx}/${ty}.pbf`);
        if (existsSync(file)) continue;
        writeFileSync(file, '');
        filled++;
      }
    }
  }
  return filled;
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (!st.isFile()) continue;
    files++;
    bytes += st.size;
  }
  return { files, bytes };
}

/** The names of the extract's places, in every form the style labels (name, name:zh, name:en). */
function placeNames(extract: string, work: string): string[] {
  const places = join(work, 'places.osm.pbf');
  run('osmium', ['tags-filter', '--overwrite', extract, 'n/place', '-o', places]);
  const names = new Set<string>();
  for (const line of run('osmium', [
    'export',
    places,
    '-f',
    'geojsonseq',
    '-x',
    'print_record_separator=false',
  ])
    .split('\n')
    .filter(Boolean)) {
    const props = (JSON.parse(line) as GeoJSON.Feature).properties ?? {};
    for (const key of ['name', 'name:zh', 'name:en'])
      if (typeof props[key] === 'string') names.add(props[key]);
  }
  return [...names].sort();
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const lap = (what: string) => console.log(`${what}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  ensureTool('osmium', 'osmium-tool');
  ensureTool('tilemaker', 'tilemaker');
  const bounds = basemapBounds(opts.margin);
  const out = join(opts.publicDir, BASEMAP_DIR);
  const tiles = join(out, TILES_DIR);
  const work = mkdtempSync(join(tmpdir(), 'atlas-basemap-'));
  try {
    const extract = join(work, 'district.osm.pbf');
    run('osmium', [
      'extract',
      '--overwrite',
      '--set-bounds',
      '-b',
      bounds.join(','),
      opts.input,
      '-o',
      extract,
    ]);
    lap(`cut to ${bounds.join(', ')}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    run('tilemaker', [
      '--input',
      extract,
      '--output',
      tiles,
      '--config',
      CONFIG,
      '--process',
      PROCESS,
      '--bbox',
      bounds.join(','),
    ]);
    // tilemaker's own metadata: the manifest below says what the app needs.
    rmSync(join(tiles, 'metadata.json'), { force: true });
    lap('tiles');
    const filled = fillEmptyTiles(tiles, bounds);
    const names = placeNames(extract, work);
    writeFileSync(join(out, NAMES_FILE), names.map((n) => `${n}\n`).join(''));
    const size = folderSize(tiles);
    const manifest: BasemapManifest = {
      bounds,
      minzoom: MIN_ZOOM,
      maxzoom: MAX_ZOOM,
      layers: LAYERS,
      attribution: OSM_ATTRIBUTION,
      source: basename(opts.input),
      builtAt: new Date().toISOString(),
      tiles: size.files,
      bytes: size.bytes,
    };
    writeFileSync(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(
      `basemap built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${size.files} tiles ` +
        `(${filled} of them empty), ${(size.bytes / 1024 / 1024).toFixed(1)} MiB, ${names.length} place names, in ${out}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
