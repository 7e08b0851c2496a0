/**
 * Vite plugin: makes the built atlas work offline after its first load.
 *
 * - Defines `__ATLAS_BUILD__` (git short hash and build time, or `ATLAS_BUILD_ID` when a hall names
 *   its builds itself) for the kiosk's staff status line.
 * - After `vite build` has written dist/, lists every file in it (JS, CSS, fonts, every
 *   .geojson, index.html), each with a revision from its contents, and bundles
 *   `src/sw/service-worker.ts` (Workbox) into `dist/sw.js` with that list as its precache
 *   manifest (docs/decisions/0016-workbox-service-worker.md). The list is only known once every
 *   other file is written, which is why the worker is bundled here and not as a Vite entry.
 *
 * Nothing here runs in `vite dev`: the app registers the worker only in production builds.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { buildSync } from 'esbuild';
import type { Plugin, ResolvedConfig } from 'vite';

export const SW_FILE = 'sw.js';

function buildId(): string {
  if (process.env.ATLAS_BUILD_ID) return process.env.ATLAS_BUILD_ID;
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
      const build = createHash('sha256');
      const manifest: { url: string; revision: string }[] = [];
      for (const path of listFiles(outDir).sort()) {
        const rel = relative(outDir, path).split(sep).join('/');
        if (SKIP.some((re) => re.test(rel))) continue;
        const bytes = readFileSync(path);
        build.update(rel).update(bytes);
        manifest.push({
          url: config.base + rel,
          revision: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
        });
      }
      const version = build.digest('hex').slice(0, 12);
      const { outputFiles } = buildSync({
        entryPoints: [resolve(config.root, 'src/sw/service-worker.ts')],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        target: 'es2022',
        define: {
          __ATLAS_PRECACHE__: JSON.stringify(manifest),
          __ATLAS_SW_VERSION__: JSON.stringify(version),
          // Workbox logs in development builds only.
          'process.env.NODE_ENV': '"production"',
        },
      });
      writeFileSync(join(outDir, SW_FILE), outputFiles[0]!.contents);
      config.logger.info(`precache: ${manifest.length} files in ${SW_FILE} (build ${version})`);
    },
  };
}
