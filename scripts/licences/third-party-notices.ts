/**
 * The third-party notices the build ships (`third-party-notices.txt`): every package the lockfile
 * installs for the app itself (not for building or testing it), with its version, its licence and
 * the licence text it carries. The lockfile is the list, so nothing bundled can be left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Notice {
  name: string;
  version: string;
  licence: string;
  text: string;
}

interface LockPackage {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
}

/** Every runtime package of the lockfile, by name, with its licence text from node_modules. */
export function runtimeNotices(root: string): Notice[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockPackage>;
  };
  const notices: Notice[] = [];
  for (const [path, p] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || p.dev || p.devOptional) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const dir = join(root, path);
    const file = existsSync(dir)
      ? readdirSync(dir).find((f) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(f))
      : undefined;
    notices.push({
      name,
      version: p.version ?? '?',
      licence: p.license ?? 'see its licence text',
      text: file ? readFileSync(join(dir, file), 'utf8').trim() : '(the package carries no licence file)',
    });
  }
  return notices.sort((a, b) => a.name.localeCompare(b.name));
}

export function noticesText(notices: readonly Notice[]): string {
  const head = [
    'Yongchuan Plan Atlas · third-party software',
    '',
    'The atlas ships the following packages. Each keeps its own licence, reproduced below.',
    'geojson-validation (LGPL-3.0) ships as a file of its own (assets/geojson-validation-*.js), and the',
    "atlas's source and build scripts let anyone rebuild it with a modified version of that library.",
    '',
    ...notices.map((n) => `  ${n.name} ${n.version} — ${n.licence}`),
    '',
  ];
  const bodies = notices.map(
    (n) => `${'='.repeat(78)}\n${n.name} ${n.version} — ${n.licence}\n\n${n.text}\n`,
  );
  return `${[...head, ...bodies].join('\n')}\n`;
}
