/**
 * The sample zipped shapefile (EPSG:4544 in its .prj, a GBK name by its .cpg) through the Import
 * tab: the panel says how it read the file, the layer lists the Chinese name, and the map's area
 * label reads the ellipsoidal area of the lon/lat corners the fixture was made from (GeographicLib,
 * GRS80), within 0.1 %. A KMZ imported after it becomes a second layer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zip } from '../fixtures/shapefile/shapefile-writer.ts';
import { CORNERS, SITE_NAME, siteFiles } from '../fixtures/shapefile/site-4544.ts';
import { grs80AreaM2 } from '../support/geometry.ts';
import { importFile, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const FIXTURE = 'test/fixtures/shapefile/site-epsg4544-gbk.zip';
const KML = 'test/fixtures/kml/site.kml';

describe('importing a zipped shapefile', () => {
  const { browser, baseUrl } = useBrowser();

  it('honours its .prj and .cpg and labels its true area', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=tools`, {
      viewport: { width: 1600, height: 900 },
    });
    const { page } = atlas;
    await importFile(page, {
      name: 'site-epsg4544-gbk.zip',
      mimeType: 'application/zip',
      buffer: readFileSync(FIXTURE),
    });
    const layer = page.locator('planner-tools imported-layers li.user-layer').first();
    await layer.waitFor();
    const warnings = await page.locator('planner-tools import-section table.warnings').textContent();
    expect(warnings).toContain('属性按 .cpg 所述的 GBK 编码读取');
    expect(warnings).toContain(
      '已从 CGCS2000 / 3 度高斯–克吕格投影第 35 带（中央经线东经 105°，EPSG:4544）转换为 WGS84',
    );
    await layer.locator('summary').click();
    expect(await layer.locator('table.measured').textContent()).toContain(SITE_NAME);

    await page.evaluate(() =>
      document.querySelector('atlas-app')!.controller!.map.jumpTo({ center: [105.87, 29.31], zoom: 13 }),
    );
    await waitForIdle(page);
    const labels = await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .controller!.map.queryRenderedFeatures({ layers: ['user-area-label'] })
        .map((f) => String(f.properties.label)),
    );
    // The labels speak the page's language: "4.307 平方公里".
    const km2 = labels.flatMap((l) => {
      const m = /^([\d.,]+)\s*平方公里$/.exec(l);
      return m ? [Number.parseFloat((m[1] as string).replaceAll(',', ''))] : [];
    });
    expect(km2).toHaveLength(1);
    const expected = grs80AreaM2(CORNERS) / 1e6;
    expect(Math.abs((km2[0] as number) - expected) / expected).toBeLessThan(0.001);
    await screenshot(page, 'import-shapefile');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('reads a KMZ beside it: a second layer, its names, nothing lost', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, {
      viewport: { width: 1600, height: 900 },
    });
    const { page } = atlas;
    await page.locator('planner-tools button.tab-import').click();
    const input = page.locator('planner-tools import-section input[type=file]');
    await input.setInputFiles({
      name: 'site-epsg4544-gbk.zip',
      mimeType: 'application/zip',
      buffer: readFileSync(FIXTURE),
    });
    const layers = page.locator('planner-tools imported-layers li.user-layer');
    await layers.first().waitFor();
    await input.setInputFiles({
      name: 'site.kmz',
      mimeType: 'application/vnd.google-earth.kmz',
      buffer: Buffer.from(zip({ 'doc.kml': readFileSync(KML) })),
    });
    await page.locator('planner-tools imported-layers li.user-layer[data-file="site.kmz"]').waitFor();
    expect(await layers.count()).toBe(2);
    expect(await page.locator('planner-tools import-section .import-summary').textContent()).toContain(
      'site.kmz: 2 of 2 features imported.',
    );
    const kmz = layers.nth(1);
    await kmz.locator('summary').click();
    expect(await kmz.locator('table.measured').textContent()).toContain('样例地块·KML');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('makes each shapefile of a zip a layer of its own, each with its report', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, {
      viewport: { width: 1600, height: 900 },
    });
    const { page } = atlas;
    const files = siteFiles();
    for (const [name, bytes] of Object.entries(siteFiles())) files[name.replace('site.', 'parcels.')] = bytes;
    await importFile(page, { name: 'two.zip', mimeType: 'application/zip', buffer: Buffer.from(zip(files)) });
    const layers = page.locator('planner-tools imported-layers li.user-layer');
    await page
      .locator('planner-tools imported-layers li.user-layer[data-file="two.zip › site.shp"]')
      .waitFor();
    expect(await layers.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-file')))).toEqual([
      'two.zip › parcels.shp',
      'two.zip › site.shp',
    ]);
    expect(
      await page
        .locator('planner-tools import-section .import-summary')
        .evaluateAll((ps) => ps.map((p) => p.textContent?.trim())),
    ).toEqual([
      'two.zip › parcels.shp: 1 of 1 features imported.',
      'two.zip › site.shp: 1 of 1 features imported.',
    ]);
    await screenshot(page, 'import-shapefiles-in-one-zip');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
