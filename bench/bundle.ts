/** Gzip sizes of the JavaScript the atlas ships, against MapLibre's own distribution files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  app: { files: FileSize[]; bytes: number; gzip: number };
  maplibre: { files: FileSize[]; bytes: number; gzip: number };
  ratio: number;
}

/** The files MapLibre publishes for bundlers: the main module and its worker. */
export const MAPLIBRE_FILES = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs'];

const isJs = (name: string) => /\.(m?js)$/.test(name);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

export function sizeOf(path: string, base: string): FileSize {
  const data = readFileSync(path);
  return { file: relative(base, path), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function total(files: FileSize[]) {
  return {
    files: files.sort((a, b) => b.gzip - a.gzip),
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

export function bundleReport(distDir: string, maplibreDist: string): BundleReport {
  const app = total(
    walk(distDir)
      .filter(isJs)
      .map((f) => sizeOf(f, distDir)),
  );
  if (app.files.length === 0) throw new Error(`no JavaScript in ${distDir}: build first`);
  const maplibre = total(MAPLIBRE_FILES.map((f) => sizeOf(join(maplibreDist, f), maplibreDist)));
  return { app, maplibre, ratio: app.gzip / maplibre.gzip };
}
