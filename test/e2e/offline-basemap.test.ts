/**
 * `npm run basemap` on a hand-made extract (test/fixtures/basemap/), end to end: the command writes
 * the tiles into a public folder of the test's own, the atlas is built with it, and the page draws
 * the basemap from its own server under the plan layers, with OpenStreetMap's credit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveDir } from '../support/static-server.ts';
import { ROOT, viteBuild } from '../support/vite-build.ts';
import { openAtlas, renderedIds, waitForIdle } from './atlas-page.ts';
import { screenshot, shadowText, useBrowser } from './fixtures.ts';

const FIXTURES = join(ROOT, 'test/fixtures/basemap');
/** The fixture's town and its village, whose name has characters nothing else in the atlas uses. */
const VILLAGE: [number, number] = [105.96, 29.325];
const VIEW = 'view=105.945,29.345,13';

function basemapCommand(...args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'basemap', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** The basemap's rendered features on screen, counted by style layer. */
const renderedBasemap = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('atlas-app')!.controller!.map;
    const ids = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith('offline-basemap-'))
      .map((l) => l.id);
    const counts: Record<string, number> = {};
    const names: string[] = [];
    for (const f of map.queryRenderedFeatures({ layers: ids })) {
      const id = f.layer.id.replace('offline-basemap-', '');
      counts[id] = (counts[id] ?? 0) + 1;
      if (id === 'place') names.push(String(f.properties.name));
    }
    return { counts, names: [...new Set(names)].sort() };
  });

/** The canvas's pixels (RGB, flat) in a box around a lon/lat. */
const pixelsAround = (page: Page, lngLat: [number, number]) =>
  page.evaluate((ll) => {
    const map = document.querySelector('atlas-app')!.controller!.map;
    const src = map.getCanvas();
    const k = src.width / src.clientWidth;
    const p = map.project(ll);
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0);
    const { data } = ctx.getImageData(Math.round((p.x - 40) * k), Math.round((p.y - 15) * k), 80 * k, 30 * k);
    return [...data].filter((_, i) => i % 4 !== 3);
  }, lngLat);

/** How many pixels differ clearly between two captures of the same box. */
function changedPixels(a: number[], b: number[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 3)
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 60) n++;
  return n;
}

const attribution = (page: Page) => shadowText(page, ['button.attribution']);

describe('offline basemap', () => {
  const { browser, baseUrl } = useBrowser();
  let publicDir: string;
  let outDir: string;
  let site: StaticServer;
  let commandOutput = '';

  beforeAll(async () => {
    publicDir = mkdtempSync(join(tmpdir(), 'atlas-public-'));
    outDir = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
    // The repo's own public files, without any basemap a developer built there.
    cpSync(join(ROOT, 'public'), publicDir, { recursive: true, filter: (src) => !src.endsWith('/basemap') });
    const run = basemapCommand(join(FIXTURES, 'sample.osm.pbf'), '--public', publicDir);
    commandOutput = run.stdout + run.stderr;
    expect(run.status, commandOutput).toBe(0);
    viteBuild('atlas with an offline basemap', ['--outDir', outDir, '--emptyOutDir'], {
      ATLAS_PUBLIC_DIR: publicDir,
    });
    site = await serveDir(outDir);
  });
  afterAll(async () => {
    await site?.close();
    rmSync(publicDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('writes tiles, a manifest and the place names, and says how long it took', () => {
    const dir = join(publicDir, 'basemap');
    const manifest = JSON.parse(readFileSync(join(dir, 'basemap.json'), 'utf8'));
    expect(manifest).toMatchObject({ minzoom: 8, maxzoom: 14, source: 'sample.osm.pbf' });
    expect(manifest.attribution).toContain('OpenStreetMap');
    // The box is the district's (about 105.63–106.09° E, 28.94–29.57° N) and a margin.
    const [w, s, e, n] = manifest.bounds;
    expect(w).toBeLessThan(105.63);
    expect(e).toBeGreaterThan(106.09);
    expect(s).toBeLessThan(28.94);
    expect(n).toBeGreaterThan(29.57);
    expect(readdirSync(join(dir, 'tiles')).sort()).toEqual(['10', '11', '12', '13', '14', '8', '9']);
    expect(readFileSync(join(dir, 'names.txt'), 'utf8').split('\n')).toEqual([
      'Sample Town',
      '示例镇',
      '鸬鹚',
      '',
    ]);
    expect(commandOutput).toMatch(/built in \d+\.\d s: \d+ tiles/);
    // The service worker precaches the tiles with the site: the kiosk has them offline.
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
    expect(sw).toContain('basemap/tiles/13/');
  });

  it('refuses a missing or broken extract with a message, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-public-bad-'));
    try {
      const missing = basemapCommand(join(FIXTURES, 'nothing-here.osm.pbf'), '--public', dir);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('no such file');
      const notPbf = basemapCommand(join(FIXTURES, 'sample.osm'), '--public', dir);
      expect(notPbf.status).toBe(1);
      expect(notPbf.stderr).toContain('usage: npm run basemap -- FILE.osm.pbf');
      const broken = basemapCommand(join(FIXTURES, 'not-osm.osm.pbf'), '--public', dir);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain('osmium failed');
      expect(existsSync(join(dir, 'basemap'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws the basemap from its own server under the plan layers, with the OSM credit', async () => {
    const atlas = await openAtlas(browser(), `${site.url}/?${VIEW}`);
    const { page } = atlas;
    await waitForIdle(page);
    await screenshot(page, 'offline-basemap');
    const tiles = atlas.requests.filter((r) => r.includes('/basemap/tiles/'));
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.every((r) => r.startsWith(`${site.url}/basemap/tiles/13/`))).toBe(true);
    // Nothing leaves the machine: every request is to the atlas's own server (or in the page).
    expect(atlas.requests.filter((r) => !r.startsWith(site.url) && !/^(data|blob):/.test(r))).toEqual([]);
    const { counts, names } = await renderedBasemap(page);
    for (const layer of [
      'landcover',
      'landuse',
      'water',
      'waterway',
      'building',
      'minor-road',
      'main-road',
      'motorway',
      'rail',
      'place',
    ]) {
      expect(counts[layer] ?? 0, layer).toBeGreaterThan(0);
    }
    expect(names).toEqual(['示例镇', '鸬鹚']);
    // Above the district's land fill, below every other plan layer.
    const order = await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .controller!.map.getStyle()
        .layers.map((l) => l.id),
    );
    const first = order.findIndex((id) => id.startsWith('offline-basemap-'));
    const last = order.findLastIndex((id) => id.startsWith('offline-basemap-'));
    expect(first).toBe(order.indexOf('district-boundary-land') + 1);
    expect(order.slice(last + 1).length).toBeGreaterThan(10);
    expect(order.slice(last + 1).some((id) => id.startsWith('offline-basemap-'))).toBe(false);
    expect((await renderedIds(page, 'district-boundary')).length).toBe(1);
    expect((await renderedIds(page, 'rail-lines')).length).toBeGreaterThan(0);
    expect(await attribution(page)).toContain('OpenStreetMap');
    // The sources dialog lists the extract the basemap was built from.
    expect(await shadowText(page, ['sources-dialog'])).toContain('sample.osm.pbf');
    // The village's name draws (no other basemap feature is near it): its characters, which
    // nothing else in the atlas has, went into the label glyphs.
    const withLabel = await pixelsAround(page, VILLAGE);
    expect(atlas.errors).toEqual([]);

    // The layer panel's switch hides it, and its credit goes with it.
    await page.evaluate(() => {
      const panel = document.querySelector('atlas-app')!.shadowRoot!.querySelector('layer-panel')!;
      panel.shadowRoot!.querySelector<HTMLInputElement>('label.offline-basemap input')!.click();
    });
    await page.waitForURL(/offline-basemap=0/);
    await waitForIdle(page);
    expect((await renderedBasemap(page)).counts).toEqual({});
    expect(await attribution(page)).not.toContain('OpenStreetMap');
    expect(changedPixels(withLabel, await pixelsAround(page, VILLAGE))).toBeGreaterThan(30);
    await atlas.close();
  });

  it('leaves the default atlas as it was: no basemap, no switch, no tile request', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?${VIEW}`);
    const { page } = atlas;
    const found = await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      const panel = app.shadowRoot!.querySelector('layer-panel')!;
      return {
        sources: Object.keys(app.controller!.map.getStyle().sources),
        switch: Boolean(panel.shadowRoot!.querySelector('label.offline-basemap')),
      };
    });
    expect(found.sources).not.toContain('offline-basemap');
    expect(found.switch).toBe(false);
    expect(atlas.requests.filter((r) => r.includes('/basemap/'))).toEqual([]);
    expect(await attribution(page)).not.toContain('OpenStreetMap');
    await atlas.close();
  });
});
