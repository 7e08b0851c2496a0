/**
 * The choices an import leaves to the user: a file whose zone was guessed says so and is read
 * again in the zone picked from the list; a layer said to come from AMap (GCJ-02) is redrawn where
 * GCJ-02 says WGS84 is (some 500 m away), and the choice is still there after a reload.
 */
import { readFileSync } from 'node:fs';
import geographiclib from 'geographiclib-geodesic';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, type LonLat } from '../../src/geo/china-offsets.ts';
import { openAtlas, waitForAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

/** The Gauss–Krüger sample without its `crs`: the zone can only be guessed. */
function unnamedZoneFile(): Buffer {
  const file = JSON.parse(readFileSync('test/fixtures/geojson/crs/site-epsg4544.geojson', 'utf8'));
  delete file.crs;
  return Buffer.from(JSON.stringify(file));
}

const distanceM = (a: number[], b: number[]) =>
  geographiclib.Geodesic.WGS84.Inverse(a[1] as number, a[0] as number, b[1] as number, b[0] as number).s12 ??
  0;

/** The area labels' positions on the map, from its rendered features. */
async function labelPoints(page: Page, center: [number, number]): Promise<number[][]> {
  await page.evaluate(
    (c) => document.querySelector('atlas-app')!.controller!.map.jumpTo({ center: c, zoom: 13 }),
    center,
  );
  await waitForIdle(page);
  return page.evaluate(() =>
    document
      .querySelector('atlas-app')!
      .controller!.map.queryRenderedFeatures({ layers: ['user-area-label'] })
      .map((f) => (f.geometry as GeoJSON.Point).coordinates),
  );
}

describe('import choices', () => {
  const { browser, baseUrl } = useBrowser();

  it('offers another zone for a guessed one, and converts a layer from GCJ-02 only when asked', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, {
      viewport: { width: 1600, height: 900 },
    });
    const { page } = atlas;
    const openImport = async () => {
      await page.locator('planner-tools button.tab-import').click();
      await page.locator('planner-tools import-section').waitFor();
    };
    await openImport();
    await page.locator('planner-tools import-section input[type=file]').setInputFiles({
      name: 'no-crs.geojson',
      mimeType: 'application/geo+json',
      buffer: unnamedZoneFile(),
    });
    const choice = page.locator('planner-tools import-section p.zone-choice');
    await choice.waitFor();
    expect(await choice.textContent()).toContain("it was read in the district's zone, 105° E (EPSG:4544)");
    const before = await labelPoints(page, [105.915, 29.355]);
    expect(before).toHaveLength(1);

    // Another zone: the same layer, read anew 3° further east.
    await choice.locator('select.zone').selectOption('4545');
    await page
      .locator('planner-tools import-section p.zone-choice', { hasText: 'the zone you chose, 108° E' })
      .waitFor();
    expect(await page.locator('planner-tools imported-layers li.user-layer').count()).toBe(1);
    expect(await labelPoints(page, [105.915, 29.355])).toHaveLength(0);
    const east = await labelPoints(page, [108.9, 29.355]);
    expect(east).toHaveLength(1);

    // Said to come from AMap: converted (and back, when the user says so), kept after a reload.
    const layer = page.locator('planner-tools imported-layers li.user-layer').first();
    expect(await layer.locator('select.offset').inputValue()).toBe('');
    await layer.locator('select.offset').selectOption('gcj02');
    await layer.locator('.offset-done').waitFor();
    expect(await layer.locator('.offset-done').textContent()).toBe(
      'converted from GCJ-02 to WGS84, as you chose',
    );
    // Zoom to the layer's box before and after: its centre moves as GCJ-02 says WGS84 is there
    // (about 470 m at Yongchuan, more 3° further east).
    const boxCentre = async (): Promise<number[]> => {
      await layer.locator('button.zoom').click();
      await page.waitForFunction(() => !document.querySelector('atlas-app')!.controller!.map.isMoving());
      await waitForIdle(page);
      return page.evaluate(() => document.querySelector('atlas-app')!.controller!.map.getCenter().toArray());
    };
    await layer.locator('select.offset').selectOption('');
    await page.locator('planner-tools imported-layers .offset-done').waitFor({ state: 'detached' });
    const a = await boxCentre();
    await layer.locator('select.offset').selectOption('gcj02');
    await layer.locator('.offset-done').waitFor();
    const b = await boxCentre();
    const expected = gcj02ToWgs84([a[0], a[1]] as LonLat);
    expect(distanceM(b, expected)).toBeLessThan(5);
    expect(distanceM(a, b)).toBeGreaterThan(400);
    await screenshot(page, 'import-choices');

    await page.reload();
    await waitForAtlas(page);
    await openImport();
    const kept = page.locator('planner-tools imported-layers li.user-layer').first();
    await kept.waitFor();
    expect(await kept.locator('select.offset').inputValue()).toBe('gcj02');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
