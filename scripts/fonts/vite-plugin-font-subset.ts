/**
 * Vite plugin: builds the subset Noto Sans SC web font (font-subset.ts) and, from its regular
 * weight, the map's label glyphs (glyph-bundle.ts) on every dev start and build. The page gets the
 * font's `@font-face` rules as a style sheet of their own (`fonts/noto-sans-sc/faces.css`, linked from
 * each page's head: a sheet, not a string in the first page's JavaScript), and the map the glyphs
 * through the virtual module `virtual:font-faces` (types: src/map/virtual-font-faces.d.ts).
 *
 * The woff2 files and faces.css go to `<publicDir>/fonts/noto-sans-sc/` and the glyph bundle to
 * `<publicDir>/fonts/glyphs/` (generated, git-ignored), which Vite serves in dev and copies into
 * the build. In dev, a change to the geodata, the UI strings or the code re-runs both and reloads
 * the page when what they produced changed.
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { FONT as GLYPHS_FONTSTACK } from '../../styles/tokens.ts';
import { readBasemapNames } from '../basemap/offline-basemap-files.ts';
import {
  buildFontSubsets,
  collectAppCharacters,
  collectLabelCharacters,
  fontFaceCss,
  isPreloadedFace,
  isTextSource,
  parseUnicodeRange,
  rangesCover,
  type SubsetFace,
  toFontFaceRefs,
  underBase,
} from './font-subset.ts';
import { buildGlyphBundle, type GlyphBundle } from './glyph-bundle.ts';

const VIRTUAL_ID = 'virtual:font-faces';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Folders of the generated files, under the public dir and under `base`. */
const FACES_DIR = 'fonts/noto-sans-sc';
const GLYPHS_DIR = 'fonts/glyphs';
/** The `@font-face` rules for the page, beside the font files. */
const FACES_CSS = 'faces.css';
/** The weight the map's glyphs are drawn from. */
const GLYPHS_WEIGHT = 400;

export interface FontSubsetPluginOptions {
  /** Weights to generate; default DEFAULT_WEIGHTS (font-subset.ts). */
  weights?: readonly number[];
  /** The project whose characters are kept; default Vite's root. */
  root?: string;
  /** Whether pages preload the main face files (isPreloadedFace); default true. */
  preload?: boolean;
}

export function fontSubset(options: FontSubsetPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let publicDir = '';
  /** The virtual module's source, rebuilt by each run. */
  let moduleSource = '';
  /** The face files each page preloads, rebuilt by each run. */
  let preloads: string[] = [];
  let current: Promise<void> | undefined;

  const root = () => options.root ?? config.root;
  const log = (message: string) => config.logger.info(message, { timestamp: true });

  /**
   * The characters of the offline basemap's place names, if one was built (`npm run basemap`):
   * its labels draw from the same glyphs as the plan's.
   */
  function basemapCharacters(): number[] {
    return [...readBasemapNames(publicDir)].map((ch) => ch.codePointAt(0)!).filter((cp) => cp >= 0x20);
  }

  /** Each label character, taken from the subset file of the glyphs' weight that holds it. */
  function glyphSources(faces: readonly SubsetFace[]) {
    const files = faces
      .filter((f) => f.weight === GLYPHS_WEIGHT)
      .map((f) => ({ path: join(publicDir, FACES_DIR, f.file), ranges: parseUnicodeRange(f.range) }));
    const labels = [...new Set([...collectLabelCharacters(root()), ...basemapCharacters()])].sort(
      (a, b) => a - b,
    );
    return labels.flatMap((cp) => {
      const file = files.find((f) => rangesCover(f.ranges, cp));
      return file ? [{ path: file.path, codePoints: [cp] }] : [];
    });
  }

  async function generate(): Promise<void> {
    const subset = await buildFontSubsets({
      text: [...collectAppCharacters(root()), ...basemapCharacters()],
      outDir: join(publicDir, FACES_DIR),
      weights: options.weights,
    });
    log(
      `font subset: ${subset.faces.length} files, ${(subset.bytes / 1024).toFixed(0)} KiB ` +
        `(${subset.written} written, ${subset.reused} reused) in ${subset.ms.toFixed(0)} ms`,
    );
    if (subset.missing.length > 0) {
      const list = subset.missing.map(
        (cp) => `U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`,
      );
      config.logger.warn(`font subset: not in Noto Sans SC, left to fallback fonts: ${list.join(', ')}`);
    }
    const glyphs: GlyphBundle = await buildGlyphBundle({
      sources: glyphSources(subset.faces),
      outDir: join(publicDir, GLYPHS_DIR),
      fontstack: GLYPHS_FONTSTACK,
    });
    log(
      `map glyphs: ${glyphs.codePoints} characters in ${Object.keys(glyphs.ranges).length} ranges, ` +
        `${(glyphs.bytes / 1024).toFixed(0)} KiB (${glyphs.written ? 'written' : 'reused'}) in ${glyphs.ms.toFixed(0)} ms`,
    );
    const refs = toFontFaceRefs(subset.faces, config.base, FACES_DIR);
    preloads =
      options.preload === false
        ? []
        : toFontFaceRefs(subset.faces.filter(isPreloadedFace), config.base, FACES_DIR).map((r) => r.url);
    // Rewritten only when it changes, so that the dev server's watcher sees no change for nothing.
    const css = fontFaceCss(refs);
    const cssFile = join(publicDir, FACES_DIR, FACES_CSS);
    if (!existsSync(cssFile) || readFileSync(cssFile, 'utf8') !== css) writeFileSync(cssFile, css);
    moduleSource = [
      `export const glyphBundle = ${JSON.stringify({ url: underBase(config.base, `${GLYPHS_DIR}/${glyphs.file}`), fontstack: GLYPHS_FONTSTACK, ranges: glyphs.ranges })};`,
    ].join('\n');
  }

  function watchSources(server: ViteDevServer): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (file: string): void => {
      if (!isTextSource(root(), file)) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const before = moduleSource;
        current = generate();
        await current;
        if (moduleSource === before) return;
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
    const served = [
      {
        prefix: underBase(config.base, `${FACES_DIR}/`),
        dir: FACES_DIR,
        name: /^[\w-]+\.woff2$/,
        type: 'font/woff2',
      },
      {
        prefix: underBase(config.base, `${FACES_DIR}/`),
        dir: FACES_DIR,
        name: /^faces\.css$/,
        type: 'text/css',
      },
      {
        prefix: underBase(config.base, `${GLYPHS_DIR}/`),
        dir: GLYPHS_DIR,
        name: /^[\w-]+\.pbfs$/,
        type: 'application/octet-stream',
      },
    ];
    server.middlewares.use((req, res, next) => {
      const url = req.url?.split('?')[0] ?? '';
      const kind = served.find((s) => url.startsWith(s.prefix));
      if (!kind) return next();
      const name = url.slice(kind.prefix.length);
      const file = join(publicDir, kind.dir, name);
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
      publicDir = config.publicDir || join(config.root, 'public');
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
    async transformIndexHtml() {
      current ??= generate();
      await current;
      return [
        // Fetched with the page's scripts, so that its first layout already has them: laid out
        // in a fallback first, the page is laid out again when they arrive (docs/decisions/0025).
        ...preloads.map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href },
          injectTo: 'head-prepend' as const,
        })),
        {
          tag: 'link',
          attrs: { rel: 'stylesheet', href: underBase(config.base, `${FACES_DIR}/${FACES_CSS}`) },
          injectTo: 'head-prepend',
        },
      ];
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      current ??= generate();
      await current;
      return moduleSource;
    },
  };
}
