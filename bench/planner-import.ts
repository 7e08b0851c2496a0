/**
 * A large user GeoJSON through the planner tools' import, in headless Chromium: how long the
 * main thread is blocked while the file is read, validated, measured (in the import worker)
 * and drawn (in MapLibre's worker). Long tasks are the browser's own (PerformanceObserver
 * 'longtask', ≥ 50 ms); the page also counts animation frames to show it kept drawing.
 *
 * Usage: npx tsx bench/planner-import.ts [--mb 30] [--dist /path/to/built/dist]
 * (build first: node node_modules/vite/bin/vite.js build)
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/static-server.ts';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '30' }, dist: { type: 'string', default: 'dist' } },
});
const targetBytes = Number(values.mb) * 1024 * 1024;

/** Irregular 24-vertex polygons scattered over the district, with a few properties each. */
function generate(path: string): { features: number; bytes: number } {
  const parts: string[] = [];
  let bytes = 0;
  let i = 0;
  let seed = 1;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  while (bytes < targetBytes) {
    const cx = 105.7 + rnd() * 0.3;
    const cy = 29.1 + rnd() * 0.35;
    const r = 0.001 + rnd() * 0.004;
    const ring: number[][] = [];
    for (let k = 0; k < 24; k++) {
      const a = (k / 24) * Math.PI * 2;
      const rr = r * (0.7 + 0.3 * rnd());
      ring.push([+(cx + rr * Math.cos(a)).toFixed(6), +(cy + rr * Math.sin(a)).toFixed(6)]);
    }
    ring.push(ring[0]);
    const f = JSON.stringify({
      type: 'Feature',
      properties: { name: `Parcel ${i}`, use: i % 3 === 0 ? 'residential' : 'industrial', plot: i },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    parts.push(f);
    bytes += f.length + 1;
    i++;
  }
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`);
  return { features: i, bytes: statSync(path).size };
}

const dir = mkdtempSync(join(tmpdir(), 'planner-import-'));
const file = join(dir, 'parcels.geojson');
const gen = generate(file);
console.log(`generated ${gen.features} polygons, ${(gen.bytes / 1024 / 1024).toFixed(1)} MiB`);

const server = await serveDir(values.dist);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(`${server.url}/?lang=en&panel=tools`);
  await page.waitForFunction(async () => {
    const app = document.querySelector('atlas-app');
    if (!app?.controller) return false;
    await app.dataLoaded;
    return Boolean(app.shadowRoot?.querySelector('planner-tools')?.shadowRoot?.querySelector('[role=tab]'));
  });
  await page.locator('planner-tools button.tab-import').click();
  await page.locator('planner-tools import-section input[type=file]').waitFor({ state: 'attached' });
  // As strings: tsx would wrap named inner functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const b = { tasks: [], frames: 0 };
    window.__bench = b;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask' });
    const tick = () => { b.frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const startAt = (await page.evaluate('performance.now()')) as number;
  const t0 = Date.now();
  await page.locator('planner-tools import-section input[type=file]').setInputFiles(file);
  await page.waitForFunction(
    () => {
      const text = document
        .querySelector('atlas-app')
        ?.shadowRoot?.querySelector('planner-tools')
        ?.shadowRoot?.querySelector('import-section')
        ?.shadowRoot?.querySelector('.import-summary')?.textContent;
      return Boolean(text);
    },
    undefined,
    { timeout: 300_000, polling: 50 },
  );
  const tDone = Date.now() - t0;
  // Until the map has drawn the new layer.
  await page.evaluate(`new Promise((resolve) => {
    const map = document.querySelector('atlas-app').controller.map;
    const check = () => (map.getSource('user-import') && map.isSourceLoaded('user-import') ? resolve() : map.once('idle', check));
    check();
  })`);
  const tDrawn = Date.now() - t0;
  const result = await page.evaluate(() => {
    const w = window as unknown as { __bench: { tasks: [number, number][]; frames: number; doneAt: number } };
    const summary = document
      .querySelector('atlas-app')!
      .shadowRoot!.querySelector('planner-tools')!
      .shadowRoot!.querySelector('import-section')!
      .shadowRoot!.querySelector('.import-summary')!
      .textContent!.replace(/\s+/g, ' ')
      .trim();
    return {
      tasks: w.__bench.tasks,
      frames: w.__bench.frames,
      doneAt: performance.getEntriesByName('planner-import-done')[0]?.startTime ?? Number.NaN,
      summary,
    };
  });
  const report = (label: string, tasks: [number, number][]) => {
    const d = tasks.map((t) => t[1]);
    console.log(
      `${label}: ${d.length} long tasks (≥50 ms), longest ${Math.max(0, ...d).toFixed(0)} ms, total ${d.reduce((x, y) => x + y, 0).toFixed(0)} ms`,
    );
  };
  console.log(result.summary);
  console.log(
    `import done in ${tDone} ms; layer drawn after ${tDrawn} ms; ${result.frames} animation frames meanwhile`,
  );
  const during = result.tasks.filter((t) => t[0] >= startAt && t[0] < result.doneAt);
  const after = result.tasks.filter((t) => t[0] >= result.doneAt);
  report('main thread while reading, validating and measuring (import worker)', during);
  report('main thread while MapLibre tiles and draws the new layer', after);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
