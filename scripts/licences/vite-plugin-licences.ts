/** Vite plugin: writes `third-party-notices.txt` (third-party-notices.ts) into every build. */
import type { Plugin } from 'vite';
import { noticesText, runtimeNotices } from './third-party-notices.ts';

export const NOTICES_FILE = 'third-party-notices.txt';

export function licences(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-licences',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: noticesText(runtimeNotices(root)) });
    },
  };
}
