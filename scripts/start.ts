/**
 * `npm start`: serves the production build at http://127.0.0.1:5173, building it first when
 * dist/ is missing or older than anything it is built from. A newcomer's first page is then the
 * same small set of files a deployment serves, not the development server's hundreds of modules.
 * `npm run dev` is the development server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.built');
/** Everything the build reads. */
const INPUTS = [
  'src',
  'layers',
  'styles',
  'geodata',
  'public',
  'scripts/fonts',
  'scripts/pwa',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function run(args: string[]): void {
  const r = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const changed = Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
if (changed > built) {
  console.log(built ? 'start: sources changed since the last build; building…' : 'start: building…');
  run(['run', 'build']);
  writeFileSync(STAMP, new Date().toISOString());
} else {
  console.log('start: dist/ is up to date');
}
const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
const r = spawnSync(
  process.execPath,
  [vite, 'preview', '--port', '5173', '--strictPort', '--host', '127.0.0.1'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 0);
