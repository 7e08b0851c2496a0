/**
 * `npm run terrain` end to end: the command turns the sample DEM (test/fixtures/terrain) into
 * tiles in a public dir of the test's own, the atlas is built with them (ATLAS_PUBLIC_DIR), and
 * the built atlas draws their hillshade from its own server, credits the data, and stands the
 * kiosk's sand table on the relief. The build without terrain (the suite's own) draws none.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleHeight } from '../fixtures/terrain/make-sample.ts';
import { type StaticServer, serveDir } from '../support/static-server.ts';
import { ROOT, viteBuild } from '../support/vite-build.ts';
import { openAtlas } from './atlas-page.ts';
import { SCREENSHOT_DIR, screenshot, shadowText, useBrowser } from './fixtures.ts';

const PUBLIC = join(ROOT, 'test-results/terrain-public');
const DIST = join(ROOT, 'test-results/dist-terrain');
const CREDIT = 'Synthetic test DEM';

/** The map canvas sampled on a 160 × 100 grid, as RGB numbers. */
const canvasSamples = (page: Page) =>
  page.evaluate(() => {
    const src = document.querySelector('atlas-app')!.controller!.map.getCanvas();
    const c = document.createElement('canvas');
    [c.width, c.height] = [160, 100];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    return Array.from(
      { length: d.length / 4 },
      (_, i) => (d[i * 4]! << 16) | (d[i * 4 + 1]! << 8) | d[i * 4 + 2]!,
    );
  });

describe('terrain tiles from npm run terrain', () => {
  const { browser, baseUrl } = useBrowser();
  let server: StaticServer;

  beforeAll(async () => {
    rmSync(PUBLIC, { recursive: true, force: true });
    // The repo's public files, the generated fonts included, so that the build only adds the tiles.
    cpSync(join(ROOT, 'public'), PUBLIC, {
      recursive: true,
      filter: (src) => !src.includes('/public/terrain'),
    });
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [
        'scripts/terrain/cli.ts',
        '--out',
        join(PUBLIC, 'terrain'),
        '--maxzoom',
        '11',
        '--credit',
        CREDIT,
        'test/fixtures/terrain/sample-dem.tif',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/terrain: 50 tiles, [\d.]+ MB, in .* in [\d.]+ s/);
    viteBuild('terrain', ['--outDir', DIST, '--emptyOutDir'], { ATLAS_PUBLIC_DIR: PUBLIC });
    expect(readdirSync(join(DIST, 'terrain/11')).length).toBeGreaterThan(0);
    server = await serveDir(DIST);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    rmSync(PUBLIC, { recursive: true, force: true });
    rmSync(DIST, { recursive: true, force: true });
  });

  it('draws the hillshade from its own server under the plan, and credits the data', async () => {
    expect(
      existsSync(join(ROOT, 'public/terrain')),
      "the suite's own build must have no terrain (public/terrain)",
    ).toBe(false);
    const plain = await openAtlas(browser(), `${baseUrl}/`);
    const without = await canvasSamples(plain.page);
    const plainLayers = await plain.page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .controller!.map.getStyle()
        .layers.map((l) => l.id),
    );
    await plain.close();
    expect(plainLayers).not.toContain('hillshade');

    const atlas = await openAtlas(browser(), `${server.url}/`);
    const { page, requests, errors } = atlas;
    const map = await page.evaluate(() => {
      const m = document.querySelector('atlas-app')!.controller!.map;
      const ids = m.getStyle().layers.map((l) => l.id);
      return { ids, loaded: m.isSourceLoaded('hillshade-dem'), terrain: m.getTerrain() };
    });
    expect(map.ids.indexOf('hillshade')).toBe(map.ids.indexOf('district-boundary-land') + 1);
    expect(map.loaded).toBe(true);
    // Flat outside the sand table.
    expect(map.terrain).toBeNull();
    const tiles = requests.filter((u) => u.includes('/terrain/'));
    expect(tiles.length).toBeGreaterThan(0);
    for (const u of tiles) expect(u).toMatch(new RegExp(`^${server.url}/terrain/\\d+/\\d+/\\d+\\.png$`));
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);

    // The same view, the same size: the relief changes a good part of the picture.
    const withRelief = await canvasSamples(page);
    const changed = withRelief.filter((v, i) => v !== without[i]).length / without.length;
    expect(changed).toBeGreaterThan(0.3);
    await screenshot(page, 'terrain-hillshade');

    expect(await shadowText(page, ['button.attribution'])).toContain(CREDIT);
    const sources = await shadowText(page, ['sources-dialog']);
    expect(sources).toContain(CREDIT);
    expect(sources).toContain('DEM (sample-dem.tif)');
    expect(sources).toContain('本机用 npm run terrain 由 sample-dem.tif 生成');
    // The planner tools' exports and print page carry the same credits as the map.
    await page.evaluate(() => document.querySelector('atlas-app')!.store.set({ panel: 'tools' }));
    await page.locator('planner-tools button.tab-export').click();
    const exportCredits = await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector('planner-tools')!
        .shadowRoot!.querySelector('export-section')!
        .getAttribute('credits'),
    );
    expect(exportCredits).toContain(CREDIT);
    expect(exportCredits).toContain('GeoNames');

    // Two years side by side stand on the same ground: the second map has the hillshade too.
    await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .store.set({ panel: null, swipe: { left: 2020, right: 2035, at: 0.5 } }),
    );
    const compareLayers = await page.evaluate(async () => {
      const c = document.querySelector('atlas-app')!.controller!;
      // The second map exists a moment before its style has loaded, and has no layers until then.
      while (!c.compareMap?.isStyleLoaded()) await new Promise((r) => setTimeout(r, 50));
      return c.compareMap.getStyle().layers.map((l) => l.id);
    });
    expect(compareLayers.indexOf('hillshade')).toBe(compareLayers.indexOf('district-boundary-land') + 1);
    await atlas.close();
  });

  it('stands the sand table on the relief while the tour plays, and lays it flat after', async () => {
    const atlas = await openAtlas(browser(), `${server.url}/?kiosk&sandtable&idle=600&reset=600`, {
      hasTouch: true,
      viewport: { width: 960, height: 600 },
    });
    const { page } = atlas;
    await page.waitForFunction(
      () =>
        Boolean(
          (document.querySelector('kiosk-overlay')?.controller as { tour?: unknown } | undefined)?.tour,
        ),
      null,
      { timeout: 30_000 },
    );
    await page.evaluate(() =>
      (document.querySelector('kiosk-overlay')!.controller as unknown as { startTour(): void }).startTour(),
    );
    await page.waitForFunction(
      () => document.querySelector('atlas-app')!.controller!.map.getPitch() > 40,
      null,
      {
        timeout: 30_000,
      },
    );
    const terrain = await page.evaluate(() =>
      document.querySelector('atlas-app')!.controller!.map.getTerrain(),
    );
    expect(terrain).toEqual({ source: 'terrain-dem', exaggeration: 1.5 });
    await page.waitForFunction(
      () => {
        const map = document.querySelector('atlas-app')!.controller!.map;
        return (map.queryTerrainElevation(map.getCenter()) ?? 0) > 0;
      },
      null,
      { timeout: 20_000 },
    );
    const relief = await page.evaluate(() => {
      const map = document.querySelector('atlas-app')!.controller!.map;
      const c = map.getCenter();
      return { centre: [c.lng, c.lat] as [number, number], elevation: map.queryTerrainElevation(c) ?? 0 };
    });
    // The sample DEM's heights, raised 1.5 times (within a fifth: the tiles at this zoom smooth them).
    const ratio = relief.elevation / (1.5 * sampleHeight(...relief.centre));
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
    // The canvas itself: SwiftShader takes seconds a tilted frame, and a page screenshot shows an older one.
    const png = await page.evaluate(() =>
      document.querySelector('atlas-app')!.controller!.map.getCanvas().toDataURL(),
    );
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, 'terrain-sand-table.png'), Buffer.from(png.split(',')[1]!, 'base64'));

    await page.touchscreen.tap(480, 250);
    await page.waitForFunction(
      () => document.querySelector('atlas-app')!.controller!.map.getTerrain() === null,
      null,
      {
        timeout: 10_000,
      },
    );
    await atlas.close();
  });
});
