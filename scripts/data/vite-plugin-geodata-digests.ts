/**
 * Vite plugin: the SHA-256 of every plan layer file in geodata/, as the virtual module
 * `virtual:geodata-digests` (types: src/data/virtual-geodata-digests.d.ts). `npm run build`
 * validates these very files first, so a file the app fetches with the same digest is one the
 * validator has passed, and the app need not load the validator to check it again
 * (docs/decisions/0004-progressive-validation.md). A changed file (an edited deployment, a
 * broken proxy) has another digest and is checked in full.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:geodata-digests';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function geodataDigests(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-geodata-digests',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const dir = join(root, 'geodata');
      const digests: Record<string, string> = {};
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith('.geojson'))
        .sort()) {
        const path = join(dir, file);
        this.addWatchFile(path);
        digests[file] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
      return `export const digests = ${JSON.stringify(digests)};`;
    },
  };
}
