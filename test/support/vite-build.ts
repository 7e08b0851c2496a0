/** Builds the app (or another Vite config) with the project's own Vite, for tests and benchmarks. */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

/** Runs `vite build` with `args` (and `env`); returns how long it took in ms, or throws with Vite's output. */
export function viteBuild(label: string, args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const out = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // A test runner sets NODE_ENV=test, which would give the build the libraries' development
    // builds (Lit's dev mode among them): tests and benchmarks measure what users get.
    env: { ...process.env, ...env, NODE_ENV: 'production' },
  });
  if (out.status !== 0) {
    process.stderr.write(out.stdout + out.stderr);
    throw new Error(`${label} build failed (exit ${out.status})`);
  }
  return performance.now() - t0;
}
