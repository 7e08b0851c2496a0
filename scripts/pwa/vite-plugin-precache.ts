/**
 * Vite plugin: makes the built atlas work offline after its first load.
 *
 * - Defines `__ATLAS_BUILD__` (git short hash and build time) for the kiosk's staff status line.
 * - After `vite build` has written dist/, lists every file in it (JS, CSS, fonts, every
 *   .geojson, index.html) and writes `dist/sw.js`: a small service worker with
 *   that list inlined as its precache manifest, under a cache named by a hash of the files'
 *   contents. Any change to any file gives a new cache name, so a new build replaces the old
 *   cache as a whole (docs/decisions/0006-hand-written-service-worker.md).
 *
 * Nothing here runs in `vite dev`: the app registers the worker only in production builds.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { serviceWorkerSource } from './service-worker-source.ts';

export const SW_FILE = 'sw.js';

function buildId(): string {
  const time = new Date().toISOString().slice(0, 16).replace('T', ' ');
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return `${hash} ${time}Z`;
  } catch {
    return `${time}Z`;
  }
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listFiles(path, out);
    else out.push(path);
  }
  return out;
}

/** Files that are never precached: the worker itself and the font plugin's bookkeeping. */
const SKIP = [/^sw\.js$/, /\.map$/, /(^|\/)manifest\.json$/, /(^|\/)\.[^/]+$/];

export function precache(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-precache',
    config: () => ({ define: { __ATLAS_BUILD__: JSON.stringify(buildId()) } }),
    configResolved(c) {
      config = c;
    },
    apply: 'build',
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const hash = createHash('sha256');
      const urls: string[] = [];
      for (const path of listFiles(outDir).sort()) {
        const rel = relative(outDir, path).split(sep).join('/');
        if (SKIP.some((re) => re.test(rel))) continue;
        hash.update(rel).update(readFileSync(path));
        urls.push(config.base + rel);
      }
      const version = hash.digest('hex').slice(0, 12);
      writeFileSync(join(outDir, SW_FILE), serviceWorkerSource({ version, urls, base: config.base }));
      config.logger.info(`precache: ${urls.length} files in ${SW_FILE} (cache atlas-${version})`);
    },
  };
}
