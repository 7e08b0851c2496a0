/**
 * Vite plugin: builds the subset Noto Sans SC web font (font-subset.ts) on every dev start and
 * build, and exposes it as the virtual module `virtual:font-faces` (types:
 * src/fonts/virtual-font-faces.d.ts).
 *
 * The woff2 files go to `<publicDir>/fonts/noto-sans-sc/` (generated, git-ignored), which Vite
 * serves in dev and copies into the build. In dev, a change to the geodata, the UI strings or the
 * code re-runs the subset and reloads the page when the set of files changed.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import {
  buildFontSubsets,
  collectAppCharacters,
  type FontFaceRef,
  fontFaceCss,
  isTextSource,
  type SubsetResult,
  toFontFaceRefs,
} from './font-subset.ts';

const VIRTUAL_ID = 'virtual:font-faces';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Folder of the generated files, under the public dir and under `base`. */
const URL_DIR = 'fonts/noto-sans-sc';

export interface FontSubsetPluginOptions {
  /** Weights to generate; default 400 (map labels, body text) and 700 (headings). */
  weights?: readonly number[];
}

export function fontSubset(options: FontSubsetPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let outDir = '';
  let refs: FontFaceRef[] = [];
  let current: Promise<SubsetResult> | undefined;

  async function generate(): Promise<SubsetResult> {
    const result = await buildFontSubsets({
      text: collectAppCharacters(config.root),
      outDir,
      weights: options.weights,
    });
    refs = toFontFaceRefs(result.faces, config.base, URL_DIR);
    config.logger.info(
      `font subset: ${result.faces.length} files, ${(result.bytes / 1024).toFixed(0)} KiB ` +
        `(${result.written} written, ${result.reused} reused) in ${result.ms.toFixed(0)} ms`,
      { timestamp: true },
    );
    if (result.missing.length > 0) {
      const list = result.missing.map(
        (cp) => `U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`,
      );
      config.logger.warn(`font subset: not in Noto Sans SC, left to fallback fonts: ${list.join(', ')}`);
    }
    return result;
  }

  function watchSources(server: ViteDevServer): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (file: string): void => {
      if (!isTextSource(config.root, file)) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const before = JSON.stringify(refs);
        current = generate();
        await current;
        if (JSON.stringify(refs) === before) return;
        const graph = server.environments.client.moduleGraph;
        const mod = graph.getModuleById(RESOLVED_ID);
        if (mod) graph.invalidateModule(mod);
        server.hot.send({ type: 'full-reload' });
      }, 300);
    };
    server.watcher.on('add', onChange);
    server.watcher.on('change', onChange);
    server.watcher.on('unlink', onChange);
  }

  /** Serves the generated files in dev even before Vite's watcher has seen them appear. */
  function serveFonts(server: ViteDevServer): void {
    const prefix = `${config.base.endsWith('/') ? config.base : `${config.base}/`}${URL_DIR}/`;
    server.middlewares.use((req, res, next) => {
      const url = req.url?.split('?')[0] ?? '';
      if (!url.startsWith(prefix)) return next();
      const name = url.slice(prefix.length);
      const file = join(outDir, name);
      if (!/^[\w-]+\.woff2$/.test(name) || !existsSync(file)) return next();
      res.setHeader('Content-Type', 'font/woff2');
      res.setHeader('Cache-Control', 'no-cache');
      createReadStream(file).pipe(res);
    });
  }

  return {
    name: 'font-subset',
    configResolved(resolved) {
      config = resolved;
      const publicDir = config.publicDir || join(config.root, 'public');
      outDir = join(publicDir, URL_DIR);
      if (!config.publicDir && config.command === 'build') {
        config.logger.warn('font subset: publicDir is disabled, so the font files will not be copied');
      }
    },
    configureServer(server) {
      serveFonts(server);
      watchSources(server);
    },
    async buildStart() {
      current = generate();
      await current;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      current ??= generate();
      await current;
      return [
        `export const fontFaces = ${JSON.stringify(refs)};`,
        `export const fontFaceCss = ${JSON.stringify(fontFaceCss(refs))};`,
      ].join('\n');
    },
  };
}
