/**
 * Subsets Noto Sans SC (npm `@fontsource/noto-sans-sc`) to the characters the atlas uses.
 *
 * The package ships the font cut into ~100 woff2 slices per weight, each declared in
 * `<weight>.css` with its `unicode-range`. We keep only the slices that hold a character we need,
 * subset each of them to exactly those characters with `subset-font` (harfbuzz, wasm; no network),
 * and describe every output file by the exact range it covers. Each output is cached by a hash
 * of its source slice and its characters, so a warm run reads and writes almost nothing.
 *
 * Run on its own: npx tsx scripts/fonts/build-fonts.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { ROLE_LABEL_LAYERS } from '../../src/data/vocabulary.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { MAP_LABEL_MESSAGES } from '../../src/tools/map-label-messages.ts';

export const FONT_FAMILY = 'Noto Sans SC';
/** Regular only: the map labels and the UI's text; the browser emboldens headings from it. */
export const DEFAULT_WEIGHTS: readonly number[] = [400];
/** Bump when the output format or the subsetting options change, to invalidate every cached file. */
const GENERATOR_VERSION = 2;
/**
 * The fontsource file of a weight that holds the whole simplified Chinese character set, besides
 * the numbered slices that spread the same characters over about a hundred files.
 */
const WHOLE_SCRIPT = 'chinese-simplified';
const MANIFEST = 'manifest.json';

/** Inclusive code point interval. */
export type CodeRange = readonly [start: number, end: number];

/** One woff2 slice of the source package. */
export interface SourceSlice {
  /** Slice id from the file name: `4` … `119`, `latin`, `latin-ext`, … */
  slice: string;
  weight: number;
  /** Absolute path of the woff2 file. */
  path: string;
  ranges: CodeRange[];
}

/** One generated file. */
export interface SubsetFace {
  /** File name inside the output folder, `<weight>-<slice>.woff2`. */
  file: string;
  weight: number;
  slice: string;
  /** The exact code points the file covers, as a CSS `unicode-range` value. */
  range: string;
  bytes: number;
}

export interface SubsetResult {
  faces: SubsetFace[];
  /** Requested code points no slice covers (drawn by whatever fallback font the machine has). */
  missing: number[];
  written: number;
  reused: number;
  removed: number;
  bytes: number;
  ms: number;
}

export interface SubsetOptions {
  /** The characters to keep. */
  text: string | Iterable<number>;
  outDir: string;
  weights?: readonly number[];
  /** Folder of `@fontsource/noto-sans-sc`; resolved from node_modules by default. */
  fontsourceDir?: string;
}

interface ManifestEntry extends SubsetFace {
  hash: string;
}

// ---------------------------------------------------------------------------------------------
// unicode-range values

const hex = (cp: number): string => cp.toString(16).toUpperCase().padStart(4, '0');

/** Parses a CSS `unicode-range` value (`U+26`, `U+0-7F`, `U+4??`, comma-separated). */
export function parseUnicodeRange(value: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const part of value.split(',')) {
    const item = part.trim();
    if (!item) continue;
    const wildcard = /^u\+([0-9a-f]*)(\?+)$/i.exec(item);
    if (wildcard) {
      const [, prefix, marks] = wildcard;
      ranges.push([
        Number.parseInt(prefix + '0'.repeat(marks.length), 16),
        Number.parseInt(prefix + 'f'.repeat(marks.length), 16),
      ]);
      continue;
    }
    const explicit = /^u\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(item);
    if (!explicit) throw new Error(`invalid unicode-range item "${item}"`);
    const start = Number.parseInt(explicit[1], 16);
    ranges.push([start, explicit[2] === undefined ? start : Number.parseInt(explicit[2], 16)]);
  }
  return ranges;
}

/** The fewest intervals covering exactly `codePoints`, in order. */
export function codeRanges(codePoints: Iterable<number>): CodeRange[] {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: CodeRange[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    ranges.push([sorted[i], sorted[j]]);
    i = j + 1;
  }
  return ranges;
}

/** The shortest `unicode-range` value covering exactly `codePoints`: `U+4E00-4E05,U+4E08`. */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  return codeRanges(codePoints)
    .map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`))
    .join(',');
}

export function rangesCover(ranges: readonly CodeRange[], cp: number): boolean {
  return ranges.some(([start, end]) => cp >= start && cp <= end);
}

// ---------------------------------------------------------------------------------------------
// Source slices

export function defaultFontsourceDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
}

/** Parses the `@font-face` rules of a fontsource `<weight>.css` into its woff2 slices. */
export function parseFontsourceCss(css: string, filesDir: string): SourceSlice[] {
  const slices: SourceSlice[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const weight = /font-weight:\s*(\d+)/.exec(body);
    const style = /font-style:\s*(\w+)/.exec(body);
    const url = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body);
    const range = /unicode-range:\s*([^;]+);/.exec(body);
    if (!weight || !url || !range || (style && style[1] !== 'normal')) continue;
    const id = /^noto-sans-sc-(.+)-\d+-normal\.woff2$/.exec(url[1]);
    if (!id) continue;
    slices.push({
      slice: id[1],
      weight: Number(weight[1]),
      path: join(filesDir, url[1]),
      ranges: parseUnicodeRange(range[1]),
    });
  }
  return slices;
}

export function loadSourceSlices(fontsourceDir: string, weight: number): SourceSlice[] {
  const css = readFileSync(join(fontsourceDir, `${weight}.css`), 'utf8');
  return parseFontsourceCss(css, join(fontsourceDir, 'files'));
}

/**
 * The weight's whole simplified Chinese file as one more slice, with the characters its own cmap
 * maps (fontsource declares no range for it). It holds nearly every character the atlas writes,
 * so the page loads them from one file instead of the twenty-odd numbered slices they are spread
 * over: one request, and a first layout in the web font rather than a fallback, when the page
 * preloads it (measured in bench/run.ts's start-up). Characters it lacks still come from the
 * numbered slices.
 */
export async function loadWholeScriptSlice(
  fontsourceDir: string,
  weight: number,
): Promise<SourceSlice | undefined> {
  const path = join(fontsourceDir, 'files', `noto-sans-sc-${WHOLE_SCRIPT}-${weight}-normal.woff2`);
  if (!existsSync(path)) return undefined;
  const face = new Face(new Blob(await convert(readFileSync(path), 'truetype')));
  return {
    slice: WHOLE_SCRIPT,
    weight,
    path,
    ranges: codeRanges(face.collectUnicodes()),
  };
}

/**
 * Gives each code point to one slice, so that no two files claim the same character: the Latin
 * slice first, then greedily the slices that take the most of what is left, so the page loads
 * as few files as possible.
 */
export function assignToSlices(
  slices: readonly SourceSlice[],
  codePoints: readonly number[],
): { assigned: Map<SourceSlice, number[]>; missing: number[] } {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const lowerBound = (value: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const candidates = slices.map((slice) => {
    const cps = new Set<number>();
    for (const [start, end] of slice.ranges) {
      for (let i = lowerBound(start); i < sorted.length && sorted[i] <= end; i++) cps.add(sorted[i]);
    }
    return { slice, cps };
  });
  const left = new Set<number>();
  for (const c of candidates) for (const cp of c.cps) left.add(cp);
  const missing = sorted.filter((cp) => !left.has(cp));
  const assigned = new Map<SourceSlice, number[]>();
  // Latin first: an English page then needs no CJK slice for its letters and punctuation.
  const latin = candidates.find((c) => c.slice.slice === 'latin');
  if (latin && latin.cps.size > 0) {
    assigned.set(
      latin.slice,
      [...latin.cps].sort((a, b) => a - b),
    );
    for (const cp of latin.cps) left.delete(cp);
  }
  while (left.size > 0) {
    let best: { slice: SourceSlice; cps: number[] } | undefined;
    for (const c of candidates) {
      const cps = [...c.cps].filter((cp) => left.has(cp));
      if (cps.length > (best?.cps.length ?? 0)) best = { slice: c.slice, cps };
    }
    if (!best) break;
    assigned.set(
      best.slice,
      best.cps.sort((a, b) => a - b),
    );
    for (const cp of best.cps) left.delete(cp);
  }
  return { assigned, missing };
}

// ---------------------------------------------------------------------------------------------
// Characters of the app

/**
 * Printable ASCII, digits, CJK punctuation, the signs figures and units are written with, and the
 * vertical forms MapLibre puts in place of punctuation when it sets a CJK label along a line
 * (maplibre-gl src/util/verticalize_punctuation.ts), those Noto Sans SC has.
 */
export const BASE_CHARACTERS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '，。、；：？！“”‘’（）《》【】—…·' +
  '°²³±×÷→←↑↓≈≤≥%‰–−～' +
  '︱︳︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄';

/**
 * Folders scanned for app text (relative to the project root), the file endings read in each and the
 * subfolders left out. geodata/plan/plan.json is read: the plan reader shows the whole plan text (the
 * source .txt beside it holds the same characters and is not read).
 */
export const TEXT_SOURCES: readonly { dir: string; ext: readonly string[]; skip?: readonly string[] }[] = [
  { dir: 'geodata', ext: ['.geojson', '.json'] },
  { dir: 'src', ext: ['.ts', '.json'] },
  { dir: 'layers', ext: ['.ts'] },
  { dir: 'styles', ext: ['.ts'] },
];
export const TEXT_FILES: readonly string[] = ['index.html'];

/** Whether a changed file (absolute path) is one whose characters feed the subset. */
export function isTextSource(root: string, file: string): boolean {
  const rel = file.startsWith(root) ? file.slice(root.length).replace(/^[/\\]+/, '') : file;
  if (TEXT_FILES.includes(rel)) return true;
  const parts = rel.split(/[/\\]/);
  return TEXT_SOURCES.some(
    ({ dir, ext, skip }) =>
      parts[0] === dir && ext.includes(extname(rel)) && !(parts.length > 2 && skip?.includes(parts[1])),
  );
}

function walk(dir: string, ext: readonly string[], out: string[], skip: readonly string[] = []): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || skip.includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, ext, out);
    else if (ext.includes(extname(entry.name))) out.push(path);
  }
}

/** The files whose characters feed the subset, sorted. */
export function textSourceFiles(root: string): string[] {
  const files: string[] = [];
  for (const { dir, ext, skip } of TEXT_SOURCES) walk(join(root, dir), ext, files, skip);
  for (const f of TEXT_FILES) if (existsSync(join(root, f))) files.push(join(root, f));
  return files.sort();
}

/** Code points worth drawing: no controls, no surrogates, no byte order mark, no private use. */
function isDrawable(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  if (cp >= 0xe000 && cp <= 0xf8ff) return false;
  return cp !== 0xfeff && cp !== 0xfffe && cp !== 0xffff;
}

/**
 * Every character the atlas may draw: the base set plus every non-ASCII character in the data,
 * the UI strings and the code (a string scan would miss template text; comments cost little).
 */
export function collectAppCharacters(root: string): number[] {
  const set = new Set<number>();
  for (const ch of BASE_CHARACTERS) set.add(ch.codePointAt(0)!);
  for (const file of textSourceFiles(root)) {
    for (const ch of readFileSync(file, 'utf8')) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x80 && isDrawable(cp)) set.add(cp);
    }
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * The characters map labels can show: the base set and every character of the features' names,
 * `name_zh` and `name_en`, which are all most labels draw (styles/layer-styles.ts `localName`),
 * of the roles of the layers whose labels also draw the role (ROLE_LABEL_LAYERS), and of the
 * messages the map's measurement labels draw (MAP_LABEL_MESSAGES), in both languages.
 */
export function collectLabelCharacters(root: string): number[] {
  const set = new Set<number>();
  for (const ch of BASE_CHARACTERS) set.add(ch.codePointAt(0)!);
  for (const key of MAP_LABEL_MESSAGES) {
    // A parameter's name ({n}) is not drawn; its value is digits and separators, in the base set.
    for (const ch of `${zh[key]}${en[key]}`.replace(/\{\w+\}/g, '')) set.add(ch.codePointAt(0)!);
  }
  const files: string[] = [];
  walk(join(root, 'geodata'), ['.geojson'], files);
  for (const file of files) {
    const { features } = JSON.parse(readFileSync(file, 'utf8')) as {
      features: { properties?: Record<string, unknown> | null }[];
    };
    for (const f of features) {
      const layer = f.properties?.layer;
      const withRole = ROLE_LABEL_LAYERS.some((l) => l === layer);
      for (const key of withRole ? ['name_zh', 'name_en', 'role_zh', 'role_en'] : ['name_zh', 'name_en']) {
        const name = f.properties?.[key];
        if (typeof name === 'string') for (const ch of name) set.add(ch.codePointAt(0)!);
      }
    }
  }
  return [...set].filter(isDrawable).sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------
// Subsetting

function toCodePoints(text: string | Iterable<number>): number[] {
  const set = new Set<number>();
  if (typeof text === 'string') for (const ch of text) set.add(ch.codePointAt(0)!);
  else for (const cp of text) set.add(cp);
  return [...set].filter(isDrawable).sort((a, b) => a - b);
}

function readManifest(outDir: string): Map<string, ManifestEntry> {
  try {
    const data = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as {
      version: number;
      faces: ManifestEntry[];
    };
    if (data.version !== GENERATOR_VERSION) return new Map();
    return new Map(data.faces.map((f) => [f.file, f]));
  } catch {
    return new Map();
  }
}

/** Runs in progress per output folder, so that two callers in one process never write it at once. */
const running = new Map<string, Promise<unknown>>();

/**
 * Writes one subset woff2 per needed source slice and weight into `outDir`, reusing files whose
 * inputs have not changed and deleting woff2 files no longer needed.
 */
export function buildFontSubsets(options: SubsetOptions): Promise<SubsetResult> {
  const previous = running.get(options.outDir) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => buildOnce(options));
  running.set(options.outDir, run);
  return run;
}

async function buildOnce(options: SubsetOptions): Promise<SubsetResult> {
  const t0 = performance.now();
  const fontsourceDir = options.fontsourceDir ?? defaultFontsourceDir();
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const codePoints = toCodePoints(options.text);
  const { outDir } = options;
  mkdirSync(outDir, { recursive: true });

  const previous = readManifest(outDir);
  const entries: ManifestEntry[] = [];
  const missing = new Set<number>();
  let written = 0;
  let reused = 0;

  for (const weight of weights) {
    const whole = await loadWholeScriptSlice(fontsourceDir, weight);
    const slices = [...loadSourceSlices(fontsourceDir, weight), ...(whole ? [whole] : [])];
    const { assigned, missing: notCovered } = assignToSlices(slices, codePoints);
    for (const cp of notCovered) missing.add(cp);
    for (const [slice, cps] of assigned) {
      const file = `${weight}-${slice.slice}.woff2`;
      const source = readFileSync(slice.path);
      const text = String.fromCodePoint(...cps);
      const hash = createHash('sha256')
        .update(`${GENERATOR_VERSION}\0${file}\0${text}\0`)
        .update(source)
        .digest('hex')
        .slice(0, 16);
      const range = formatUnicodeRange(cps);
      const out = join(outDir, file);
      const old = previous.get(file);
      if (old?.hash === hash && existsSync(out) && statSync(out).size === old.bytes) {
        entries.push({ ...old, range });
        reused++;
        continue;
      }
      const woff2 = await subsetFont(source, text, { targetFormat: 'woff2' });
      writeFileSync(out, woff2);
      entries.push({ file, weight, slice: slice.slice, range, bytes: woff2.byteLength, hash });
      written++;
    }
  }

  entries.sort((a, b) => a.weight - b.weight || a.file.localeCompare(b.file, 'en', { numeric: true }));
  const keep = new Set(entries.map((e) => e.file));
  let removed = 0;
  for (const name of readdirSync(outDir)) {
    if (name.endsWith('.woff2') && !keep.has(name)) {
      rmSync(join(outDir, name));
      removed++;
    }
  }
  const license = join(fontsourceDir, 'LICENSE');
  if (existsSync(license) && !existsSync(join(outDir, 'LICENSE-OFL.txt'))) {
    writeFileSync(join(outDir, 'LICENSE-OFL.txt'), readFileSync(license));
  }
  writeFileSync(
    join(outDir, MANIFEST),
    `${JSON.stringify({ version: GENERATOR_VERSION, family: FONT_FAMILY, faces: entries }, null, 1)}\n`,
  );

  const faces = entries.map(({ hash: _hash, ...face }) => face);
  return {
    faces,
    missing: [...missing].sort((a, b) => a - b),
    written,
    reused,
    removed,
    bytes: faces.reduce((sum, f) => sum + f.bytes, 0),
    ms: performance.now() - t0,
  };
}

// ---------------------------------------------------------------------------------------------
// What the page gets

/** A generated file as the app sees it. */
export interface FontFaceRef {
  url: string;
  range: string;
  weight: number;
}

/** Public URLs for the faces, under Vite's `base` (`/`, `/atlas/`, or a full URL). */
export function toFontFaceRefs(faces: readonly SubsetFace[], base: string, urlDir: string): FontFaceRef[] {
  return faces.map((f) => ({
    url: underBase(base, `${urlDir}/${f.file}`),
    range: f.range,
    weight: f.weight,
  }));
}

/**
 * The faces a page preloads: the Latin slice and the whole simplified Chinese file hold nearly
 * every character it writes; the few others come from numbered slices as the text needs them.
 */
export function isPreloadedFace(face: SubsetFace): boolean {
  return face.slice === 'latin' || face.slice === WHOLE_SCRIPT;
}

/** A public path under Vite's `base` (`/`, `/atlas`, `/atlas/` or a full URL). */
export function underBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** `@font-face` rules for the page's own UI text. */
export function fontFaceCss(refs: readonly FontFaceRef[], family = FONT_FAMILY): string {
  return refs
    .map(
      (f) =>
        `@font-face{font-family:'${family}';font-style:normal;font-weight:${f.weight};font-display:swap;` +
        `src:url(${JSON.stringify(f.url)}) format('woff2');unicode-range:${f.range};}`,
    )
    .join('\n');
}
