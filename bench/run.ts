/**
 * Performance figures of the built atlas, from one run, in headless Chromium (SwiftShader):
 *
 * 1. bundle: gzip -9 size of the JS the first page fetches (until its data is loaded and checked)
 *    against MapLibre's own main and worker files, and of each chunk loaded later (a view, the
 *    kiosk);
 * 2. startup: navigation start → first map `idle` with every default layer on, against a bare
 *    MapLibre page with the same base (bench/bare/), runs interleaved, each in a fresh browser context;
 * 3. click → panel: a click on a feature until the info panel shows its name: in the DOM, at the
 *    start of the first frame that has it and at the end of that frame (the budgeted figure: the
 *    frame's rendering done, a map redraw in it included; src/map/click-redraw.ts keeps the one
 *    MapLibre asks for on every click out of it);
 * 4. reader: once the atlas has loaded, opening the plan reader at a paragraph, and jumping to
 *    another in the open reader, until the end of the first frame that shows it (bench/reader.ts).
 *
 * It reports and writes bench/results/latest.json; it exits non-zero only when the benchmark
 * itself fails, never for a figure over budget.
 *
 * Usage: npx tsx bench/run.ts [--runs 7] [--clicks 12] [--no-build]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import centroid from '@turf/centroid';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/static-server.ts';
import { viteBuild } from '../test/support/vite-build.ts';
import { type BundleReport, bundleReport, MAPLIBRE_FILES } from './bundle.ts';
import { readerBench } from './reader.ts';
import { median, quantile, round } from './stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The atlas is built here rather than in dist/, which other tools rebuild and empty while they run. */
const APP_DIST = join(ROOT, 'bench/results/dist');
const BARE_DIST = join(ROOT, 'bench/bare/dist');
const probe = (name: string) => readFileSync(join(ROOT, 'bench/probes', name), 'utf8');

/**
 * What the probes (bench/probes/) put on the page's window. Predicates are functions, not strings:
 * the atlas's Content-Security-Policy refuses a string evaluated in the page.
 */
interface BenchWindow {
  __bench?: { idle?: number; error?: string };
  __click?: { result(): unknown };
}

const BUDGET = { firstPageRatio: 1.15, laterChunkKib: 60, startupRatio: 1.1, clickMs: 50, readerMs: 100 };
/** Both pages open on this view, through the atlas's own `view` URL parameter. */
const VIEW = '105.9,29.29,9.35';
const VIEWPORT = { width: 900, height: 600 };
const CONTEXT = { viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' };
const TIMEOUT_MS = 60_000;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    clicks: { type: 'string', default: '12' },
    'no-build': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(9, Number(args.runs));
const CLICKS = Math.max(10, Number(args.clicks));

// ---------------------------------------------------------------------------------------------
// Build

// ---------------------------------------------------------------------------------------------
// Startup

interface StartupSample {
  /** ms from navigation start to the first `idle` with everything on the map. */
  idle: number;
  marks: Record<string, number>;
  nav: Record<string, number>;
  fcp: number | null;
  longTasks: { start: number; duration: number }[];
  resources: { name: string; start: number; end: number; bytes: number }[];
  canvas: { width: number; height: number };
  errors: string[];
}

const PAGE_FACTS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const map = window.__map ?? document.querySelector('atlas-app')?.controller?.map;
  const canvas = map.getCanvas();
  return {
    marks: window.__bench,
    nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, loadEvent: nav.loadEventEnd },
    fcp: fcp ? fcp.startTime : null,
    longTasks: window.__longTasks ?? [],
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name.replace(location.origin, '').replace(/^data:([^,;]*).*/, 'data:$1'),
      start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize,
    })),
    canvas: { width: canvas.clientWidth, height: canvas.clientHeight },
  };
})()`;

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

async function withContext<T>(browser: Browser, fn: (ctx: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(CONTEXT);
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

/** One page load in a fresh context; the page's init script fills `window.__bench`. */
function startupRun(browser: Browser, url: string, initScripts: string[]): Promise<StartupSample> {
  return withContext(browser, async (context) => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    for (const content of initScripts) await page.addInitScript({ content });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => {
        const b = (window as unknown as BenchWindow).__bench;
        return b !== undefined && (b.idle !== undefined || b.error !== undefined);
      },
      null,
      { timeout: TIMEOUT_MS, polling: 100 },
    );
    const facts = (await page.evaluate(PAGE_FACTS)) as Omit<StartupSample, 'idle' | 'errors'>;
    if (facts.marks.error !== undefined) throw new Error(`${url}: ${facts.marks.error}`);
    const { width, height } = facts.canvas;
    if (width !== VIEWPORT.width || height !== VIEWPORT.height) {
      throw new Error(`${url}: map canvas is ${width}×${height}, not ${VIEWPORT.width}×${VIEWPORT.height}`);
    }
    return { ...facts, idle: facts.marks.idle, errors };
  });
}

/** The JS files (paths under the build) a page fetches by itself, until its data is loaded and checked. */
function firstPageScripts(browser: Browser, url: string): Promise<string[]> {
  return withContext(browser, async (context) => {
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname.replace(/^\//, '');
      if (/\.m?js$/.test(path)) scripts.add(path);
    });
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('atlas-app')?.controller, null, {
      timeout: TIMEOUT_MS,
    });
    await page.evaluate('document.querySelector("atlas-app").dataLoaded');
    await page.waitForTimeout(1000);
    return [...scripts];
  });
}

// ---------------------------------------------------------------------------------------------
// Click → panel

interface ClickTarget {
  id: string;
  name: string;
  lngLat: [number, number];
}

interface ClickSample {
  target: string;
  /** click event → the panel title reads the feature's name in the DOM */
  dom: number;
  /** click event → start of the first frame that has it */
  frameStart: number;
  /** click event → end of that frame (the panel drawn) */
  frame: number;
  /** pointerdown → end of that frame */
  fromPointerDown: number | null;
}

type ClickResult =
  | { down: number | null; click: number; dom: number; frameStart: number; frame: number }
  | { error: string; title: string | null };

function geodataFeatures(layer: string): GeoJSON.Feature[] {
  return JSON.parse(readFileSync(join(ROOT, 'geodata', `${layer}.geojson`), 'utf8')).features;
}

/** Candidate targets, in order of preference: two rail stations, then the expansion zones' centroids. */
function clickCandidates(): ClickTarget[] {
  const stations = geodataFeatures('rail-stations');
  const near = (lon: number, lat: number) =>
    stations.find((f) => {
      const [x, y] = (f.geometry as GeoJSON.Point).coordinates;
      return Math.abs(x - lon) < 0.002 && Math.abs(y - lat) < 0.002;
    });
  const picked = [near(105.946, 29.374), near(105.897, 29.344)].filter((f) => f !== undefined);
  const zones = geodataFeatures('expansion-zones').map((f) => ({
    ...f,
    geometry: centroid(f as GeoJSON.Feature<GeoJSON.Polygon>).geometry,
  }));
  return [...picked, ...zones].map((f) => ({
    id: String(f.properties?.id),
    name: String(f.properties?.name_zh),
    lngLat: (f.geometry as GeoJSON.Point).coordinates as [number, number],
  }));
}

async function waitIdleAndQuiet(page: Page): Promise<void> {
  await page.evaluate(`new Promise((done) => {
    const map = document.querySelector('atlas-app').controller.map;
    const settle = () => setTimeout(done, 150);
    if (map.loaded() && !map.isMoving()) settle();
    else map.once('idle', settle);
  })`);
}

/** Clicks at a point and returns the probe's timings (null if the panel never showed `expected`). */
async function clickOnce(page: Page, at: { x: number; y: number }, expected: string, timeoutMs: number) {
  await page.evaluate(`window.__click.arm(${JSON.stringify(expected)})`);
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(120);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__click?.result() !== null, null, {
    timeout: timeoutMs,
    polling: 20,
  });
  return (await page.evaluate('window.__click.result()')) as ClickResult;
}

async function clickBench(browser: Browser, appUrl: string) {
  return withContext(browser, async (context) => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript({ content: probe('app-startup.js') });
    await page.goto(appUrl);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.idle !== undefined, null, {
      timeout: TIMEOUT_MS,
    });
    await page.evaluate(probe('click-probe.js'));

    const candidates = clickCandidates();
    const points = (await page.evaluate(`(() => {
      const map = document.querySelector('atlas-app').controller.map;
      const r = map.getCanvas().getBoundingClientRect();
      return ${JSON.stringify(candidates.map((c) => c.lngLat))}.map((ll) => {
        const p = map.project(ll);
        return { x: r.left + p.x, y: r.top + p.y };
      });
    })()`)) as { x: number; y: number }[];

    // Keep the candidates whose click selects the feature meant (nothing drawn over it).
    const targets: (ClickTarget & { at: { x: number; y: number } })[] = [];
    const rejected: { id: string; title: string | null }[] = [];
    for (const [i, c] of candidates.entries()) {
      if (targets.length === 3) break;
      const at = points[i];
      if (at.x < 0 || at.y < 0 || at.x > VIEWPORT.width || at.y > VIEWPORT.height) continue;
      await page.keyboard.press('Escape');
      await waitIdleAndQuiet(page);
      const r = await clickOnce(page, at, c.name, 6000);
      if ('error' in r) rejected.push({ id: c.id, title: r.title });
      else targets.push({ ...c, at });
    }
    if (targets.length < 2)
      throw new Error(`fewer than 2 clickable targets (rejected: ${JSON.stringify(rejected)})`);

    const samples: ClickSample[] = [];
    // Each click starts from no selection, as a visitor's first tap does: the panel opens over the
    // right-hand side of the map, where it would hide the next target.
    for (let i = 0; i < CLICKS; i++) {
      const t = targets[i % targets.length];
      await page.keyboard.press('Escape');
      await waitIdleAndQuiet(page);
      const r = await clickOnce(page, t.at, t.name, 10_000);
      if ('error' in r) throw new Error(`click on ${t.id}: ${r.error} (title: ${r.title})`);
      samples.push({
        target: t.id,
        dom: r.dom - r.click,
        frameStart: r.frameStart - r.click,
        frame: r.frame - r.click,
        fromPointerDown: r.down === null ? null : r.frame - r.down,
      });
    }
    return {
      targets: targets.map(({ id, name, lngLat, at }) => ({ id, name, lngLat, at })),
      rejected,
      samples,
      errors,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Report

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The median run's stages, as consecutive spans, to show where startup time goes. */
function stages(order: [string, number | undefined][]): string {
  let prev = 0;
  const parts: string[] = [];
  for (const [label, at] of order) {
    if (at === undefined) continue;
    parts.push(`${label} ${Math.round(at)} (+${Math.round(at - prev)})`);
    prev = at;
  }
  return parts.join(' → ');
}

/** One line per page: each run's time to idle, then the median and the interquartile range. */
function spread(label: string, runs: StartupSample[]): string {
  const t = runs.map((r) => r.idle);
  const q = (p: number) => Math.round(quantile(t, p));
  return `${label} ${t.map((v) => Math.round(v)).join(' ')}  median ${Math.round(median(t))} (p25 ${q(0.25)}, p75 ${q(0.75)})`;
}

function pickMedianRun(samples: StartupSample[]): StartupSample {
  const m = median(samples.map((s) => s.idle));
  return samples.reduce((best, s) => (Math.abs(s.idle - m) < Math.abs(best.idle - m) ? s : best));
}

async function main() {
  const t0 = performance.now();
  const builds: Record<string, number> = {};
  if (!args['no-build']) {
    builds.app = viteBuild('atlas', ['--outDir', APP_DIST, '--emptyOutDir']);
    builds.bare = viteBuild('bare page', ['-c', 'bench/vite.bare.config.ts']);
  }

  const bundle: BundleReport = bundleReport(APP_DIST, join(ROOT, 'node_modules/maplibre-gl/dist'));

  const app = await serveDir(APP_DIST);
  const bare = await serveDir(BARE_DIST);
  const browser = await launchChromium();
  try {
    // Every default layer: a layer off by default must cost (almost) nothing at start-up.
    const appUrl = `${app.url}/?view=${VIEW}`;
    const bareUrl = `${bare.url}/?view=${VIEW}`;
    // The atlas drawing what the bare page draws: its fixed cost apart from the cost of its layers.
    const appBoundaryUrl = `${app.url}/?view=${VIEW}&layers=district-boundary`;
    const appScripts = [probe('long-tasks.js'), probe('app-startup.js')];
    const bareScripts = [probe('long-tasks.js')];

    // One discarded round warms Chromium and the disk cache; then bare, app, app with the
    // boundary only, bare, app, … so that all three share the machine's noise.
    await startupRun(browser, bareUrl, bareScripts);
    await startupRun(browser, appUrl, appScripts);
    const bareRuns: StartupSample[] = [];
    const appRuns: StartupSample[] = [];
    const appBoundaryRuns: StartupSample[] = [];
    for (let i = 0; i < RUNS; i++) {
      bareRuns.push(await startupRun(browser, bareUrl, bareScripts));
      appRuns.push(await startupRun(browser, appUrl, appScripts));
      appBoundaryRuns.push(await startupRun(browser, appBoundaryUrl, appScripts));
      process.stderr.write(
        `startup run ${i + 1}/${RUNS}: bare ${ms(bareRuns[i].idle)}, app ${ms(appRuns[i].idle)}, app (boundary only) ${ms(appBoundaryRuns[i].idle)}\n`,
      );
    }
    const click = await clickBench(browser, appUrl);
    const reader = await readerBench(browser, appUrl, CONTEXT, {
      root: ROOT,
      startupProbe: probe('app-startup.js'),
      readerProbe: probe('reader-probe.js'),
      runs: 9,
      timeoutMs: TIMEOUT_MS,
    });
    const readerOpen = median(reader.open.map((s) => s.frame));
    const readerJump = median(reader.jump.map((s) => s.frame));
    const fetched = new Set(await firstPageScripts(browser, appUrl));
    const firstPage = bundle.app.files.filter((f) => fetched.has(f.file));
    const later = bundle.app.files.filter((f) => !fetched.has(f.file));
    const firstPageGzip = firstPage.reduce((sum, f) => sum + f.gzip, 0);
    const firstPageRatio = firstPageGzip / bundle.maplibre.gzip;
    const largestLater = later.reduce((max, f) => Math.max(max, f.gzip), 0);

    // -- figures
    const bareMedian = median(bareRuns.map((r) => r.idle));
    const appMedian = median(appRuns.map((r) => r.idle));
    const startupRatio = appMedian / bareMedian;
    const appBoundaryMedian = median(appBoundaryRuns.map((r) => r.idle));
    const clickFrame = median(click.samples.map((s) => s.frame));
    const clickDom = median(click.samples.map((s) => s.dom));
    const clickFrameStart = median(click.samples.map((s) => s.frameStart));
    const appMid = pickMedianRun(appRuns);
    const bareMid = pickMedianRun(bareRuns);
    const longTaskMs = (s: StartupSample) =>
      s.longTasks.filter((t) => t.start < s.idle).reduce((sum, t) => sum + t.duration, 0);

    const rows = [
      ['figure', 'measured', 'budget', 'result'],
      [
        'JS the first page fetches, gzip / maplibre main + worker',
        `${firstPageRatio.toFixed(3)} (${kib(firstPageGzip)} / ${kib(bundle.maplibre.gzip)})`,
        `≤ ${BUDGET.firstPageRatio}`,
        verdict(firstPageRatio <= BUDGET.firstPageRatio),
      ],
      [
        `largest chunk loaded later, gzip (of ${later.length})`,
        kib(largestLater),
        `≤ ${BUDGET.laterChunkKib} KiB`,
        verdict(largestLater <= BUDGET.laterChunkKib * 1024),
      ],
      [
        `startup to idle, median of ${RUNS}: app / bare`,
        `${startupRatio.toFixed(3)} (${ms(appMedian)} / ${ms(bareMedian)})`,
        `≤ ${BUDGET.startupRatio}`,
        verdict(startupRatio <= BUDGET.startupRatio),
      ],
      [
        `click → the frame with the panel, fully drawn, median of ${click.samples.length}`,
        `${ms(clickFrame)} (in DOM ${ms(clickDom)}, frame starts ${ms(clickFrameStart)})`,
        `< ${BUDGET.clickMs} ms`,
        verdict(clickFrame < BUDGET.clickMs),
      ],
      [
        `reader: open at a paragraph → the frame showing it, median of ${reader.open.length}`,
        ms(readerOpen),
        `< ${BUDGET.readerMs} ms`,
        verdict(readerOpen < BUDGET.readerMs),
      ],
      [
        `reader: jump to a paragraph of another chapter, median of ${reader.jump.length}`,
        ms(readerJump),
        `< ${BUDGET.readerMs} ms`,
        verdict(readerJump < BUDGET.readerMs),
      ],
    ];

    const lines = [
      '',
      table(rows),
      '',
      `bundle: ${bundle.app.files.length} JS files in the build (bench/results/dist = vite build of the atlas), ${kib(bundle.app.gzip)} gz in all; maplibre = node_modules/maplibre-gl/dist/{${MAPLIBRE_FILES.join(', ')}}, ${kib(bundle.maplibre.gzip)} gz`,
      '  first page:',
      ...firstPage.map(
        (f) => `  ${kib(f.gzip).padStart(10)} gz  ${kib(f.bytes).padStart(10)} raw  ${f.file}`,
      ),
      '  loaded later:',
      ...later.map((f) => `  ${kib(f.gzip).padStart(10)} gz  ${kib(f.bytes).padStart(10)} raw  ${f.file}`),
      '',
      spread('startup, ms (app, default layers)', appRuns),
      spread('startup, ms (app, boundary only)  ', appBoundaryRuns) +
        ` = ${(appBoundaryMedian / bareMedian).toFixed(2)} × bare (no budget: the atlas drawing what the bare page draws)`,
      spread('startup, ms (bare MapLibre page)  ', bareRuns),
      `  app median run, ms since navigation (+span): ${stages([
        ['html', appMid.nav.responseEnd],
        ['scripts run', appMid.marks.appDefined],
        ['map created', appMid.marks.mapCreated],
        ['data on the map', appMid.marks.dataLoaded],
        ['map load', appMid.marks.mapLoad],
        ['idle', appMid.marks.idle],
      ])}; long tasks ${Math.round(longTaskMs(appMid))} ms`,
      `  bare median run, ms since navigation (+span): ${stages([
        ['html', bareMid.nav.responseEnd],
        ['map load', bareMid.marks.load],
        ['boundary added', bareMid.marks.boundaryAdded],
        ['idle', bareMid.marks.idle],
      ])}; long tasks ${Math.round(longTaskMs(bareMid))} ms`,
      '',
      `click targets: ${click.targets.map((t) => `${t.id} (${t.name})`).join(', ')}${click.rejected.length ? `; not clickable as themselves: ${click.rejected.map((r) => `${r.id} → ${r.title ?? 'nothing'}`).join(', ')}` : ''}`,
      `click → panel drawn, ms: ${click.samples.map((s) => s.frame.toFixed(1)).join(' ')}`,
      `  medians from the click event: title in DOM ${ms(clickDom)}, first frame with it starts ${ms(clickFrameStart)}, ends ${ms(clickFrame)}`,
      '',
      `reader, first open (its code, the plan text and the register fetched): ${ms(reader.first.frame)} (no budget)`,
      `reader open, ms: ${reader.open.map((s) => s.frame.toFixed(1)).join(' ')}`,
      `reader jump, ms: ${reader.jump.map((s) => s.frame.toFixed(1)).join(' ')}`,
    ];
    const pageErrors = [
      ...new Set(
        [...appRuns, ...appBoundaryRuns, ...bareRuns]
          .flatMap((r) => r.errors)
          .concat(click.errors, reader.errors),
      ),
    ];
    if (pageErrors.length > 0)
      lines.push('', `page errors (${pageErrors.length}):`, ...pageErrors.slice(0, 10).map((e) => `  ${e}`));
    lines.push(
      '',
      `bench took ${((performance.now() - t0) / 1000).toFixed(0)} s; Chromium ${browser.version()} (SwiftShader), ${cpus().length} CPUs`,
    );
    console.log(lines.join('\n'));

    const results = {
      date: new Date().toISOString(),
      environment: {
        chromium: browser.version(),
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
      },
      viewport: VIEWPORT,
      view: VIEW,
      budgets: BUDGET,
      builds,
      bundle: {
        firstPageRatio,
        firstPageGzip,
        maplibreGzip: bundle.maplibre.gzip,
        firstPage,
        later,
        largestLaterGzip: largestLater,
        pass: firstPageRatio <= BUDGET.firstPageRatio && largestLater <= BUDGET.laterChunkKib * 1024,
        app: bundle.app,
        maplibre: bundle.maplibre,
      },
      startup: {
        ratio: startupRatio,
        appMedianMs: appMedian,
        bareMedianMs: bareMedian,
        pass: startupRatio <= BUDGET.startupRatio,
        appUrl: appUrl.replace(app.url, ''),
        bareUrl: bareUrl.replace(bare.url, ''),
        appBoundaryOnlyUrl: appBoundaryUrl.replace(app.url, ''),
        appBoundaryOnlyMedianMs: appBoundaryMedian,
        app: appRuns,
        appBoundaryOnly: appBoundaryRuns,
        bare: bareRuns,
      },
      click: {
        medianFrameMs: clickFrame,
        medianDomMs: clickDom,
        medianFrameStartMs: clickFrameStart,
        /** The budget applies to the end of the first frame that shows the panel, fully drawn. */
        pass: clickFrame < BUDGET.clickMs,
        ...click,
      },
      reader: {
        medianOpenMs: readerOpen,
        medianJumpMs: readerJump,
        pass: readerOpen < BUDGET.readerMs && readerJump < BUDGET.readerMs,
        ...reader,
      },
      pageErrors,
    };
    const out = join(ROOT, 'bench/results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'latest.json'),
      `${JSON.stringify(results, (_, v) => (typeof v === 'number' ? round(v, 2) : v), 2)}\n`,
    );
    console.log('raw numbers: bench/results/latest.json');
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
