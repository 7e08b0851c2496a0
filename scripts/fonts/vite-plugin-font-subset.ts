/**
 * Vite plugin: builds the subset Noto Sans SC web font (font-subset.ts) and, from its regular
 * weight, the map's label glyphs (glyph-ranges.ts) on every dev start and build, and exposes
 * both as the virtual module `virtual:font-faces` (types: src/fonts/virtual-font-faces.d.ts).
 *
 * The woff2 files go to `<publicDir>/fonts/noto-sans-sc/` and the glyph PBFs to
 * `<publicDir>/fonts/glyphs/` (generated, git-ignored), which Vite serves in dev and copies into
 * the build. In dev, a change to the geodata, the UI strings or the code re-runs both and reloads
 * the page when the set of files changed.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { FONT as GLYPHS_FONTSTACK } from '../../styles/tokens.ts';
import {
  buildFontSubsets,
  collectAppCharacters,
  type FontFaceRef,
  fontFaceCss,
  isTextSource,
  parseUnicodeRange,
  type SubsetResult,
  toFontFaceRefs,
} from './font-subset.ts';
import { buildGlyphRanges } from './glyph-ranges.ts';

const VIRTUAL_ID = 'virtual:font-faces';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Folders of the generated files, under the public dir and under `base`. */
const URL_DIR = 'fonts/noto-sans-sc';
const GLYPHS_URL_DIR = 'fonts/glyphs';
/** The weight the map's glyphs are drawn from. */
const GLYPHS_WEIGHT = 400;

export interface FontSubsetPluginOptions {
  /** Weights to generate; default DEFAULT_WEIGHTS (font-subset.ts). */
  weights?: readonly number[];
  /** The project whose characters are kept (font-subset.ts `collectAppCharacters`); default Vite's root. */
  root?: string;
}

export function fontSubset(options: FontSubsetPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let outDir = '';
  let glyphsDir = '';
  let refs: FontFaceRef[] = [];
  let current: Promise<SubsetResult> | undefined;

  async function generate(): Promise<SubsetResult> {
    const result = await buildFontSubsets({
      text: collectAppCharacters(options.root ?? config.root),
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
    const glyphs = await buildGlyphRanges({
      sources: result.faces
        .filter((f) => f.weight === GLYPHS_WEIGHT)
        .map((f) => ({
          path: join(outDir, f.file),
          codePoints: parseUnicodeRange(f.range).flatMap(([a, b]) =>
            Array.from({ length: b - a + 1 }, (_, i) => a + i),
          ),
        })),
      outDir: glyphsDir,
      fontstack: GLYPHS_FONTSTACK,
    });
    config.logger.info(
      `map glyphs: ${glyphs.codePoints} in ${glyphs.ranges.length} ranges, ${(glyphs.bytes / 1024).toFixed(0)} KiB ` +
        `(${glyphs.written} written, ${glyphs.reused} reused) in ${glyphs.ms.toFixed(0)} ms`,
      { timestamp: true },
    );
    return result;
  }

  function watchSources(server: ViteDevServer): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (file: string): void => {
      if (!isTextSource(options.root ?? config.root, file)) return;
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
    const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
    const served = [
      { prefix: `${base}${URL_DIR}/`, dir: () => outDir, name: /^[\w-]+\.woff2$/, type: 'font/woff2' },
      {
        prefix: `${base}${GLYPHS_URL_DIR}/${GLYPHS_FONTSTACK}/`,
        dir: () => join(glyphsDir, GLYPHS_FONTSTACK),
        name: /^\d+-\d+\.pbf$/,
        type: 'application/x-protobuf',
      },
    ];
    server.middlewares.use((req, res, next) => {
      const url = req.url?.split('?')[0] ?? '';
      const kind = served.find((s) => url.startsWith(s.prefix));
      if (!kind) return next();
      const name = url.slice(kind.prefix.length);
      const file = join(kind.dir(), name);
      if (!kind.name.test(name) || !existsSync(file)) return next();
      res.setHeader('Content-Type', kind.type);
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
      glyphsDir = join(publicDir, GLYPHS_URL_DIR);
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
        `export const glyphsPath = ${JSON.stringify(`${config.base.endsWith('/') ? config.base : `${config.base}/`}${GLYPHS_URL_DIR}/{fontstack}/{range}.pbf`)};`,
      ].join('\n');
    },
  };
}
