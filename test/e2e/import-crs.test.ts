/**
 * A CGCS2000 Gauss–Krüger file (EPSG:4544) through the Import tab: it is reprojected, the panel
 * says so, and the map's area label reads the ellipsoidal area of the lon/lat corners the
 * fixture was made from (GeographicLib, GRS80).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grs80AreaM2 } from '../support/geometry.ts';
import { importFile, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const FIXTURE = 'test/fixtures/geojson/crs/site-epsg4544.geojson';
/** The corners the fixture was made from (SW, SE, NE, NW). */
const CORNERS = [
  [105.9, 29.34],
  [105.93, 29.34],
  [105.93, 29.37],
  [105.9, 29.37],
] as const;

describe('importing a projected file', () => {
  const { browser, baseUrl } = useBrowser();

  it('reprojects a Gauss–Krüger file, says so, and labels its true area', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, {
      viewport: { width: 1600, height: 900 },
    });
    const { page } = atlas;
    await importFile(page, {
      name: 'site-epsg4544.geojson',
      mimeType: 'application/geo+json',
      buffer: readFileSync(FIXTURE),
    });
    await page.locator('planner-tools imported-layers li.user-layer').first().waitFor();
    const warnings = await page.locator('planner-tools import-section table.warnings').textContent();
    expect(warnings).toContain(
      'reprojected from CGCS2000 / 3-degree Gauss–Krüger zone 35, central meridian 105° E (EPSG:4544), to WGS84',
    );

    await page.evaluate(() =>
      document.querySelector('atlas-app')!.controller!.map.jumpTo({ center: [105.915, 29.355], zoom: 12 }),
    );
    await waitForIdle(page);
    const labels = await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .controller!.map.queryRenderedFeatures({ layers: ['user-area-label'] })
        .map((f) => String(f.properties.label)),
    );
    const km2 = labels.filter((l) => l.endsWith(' km²')).map((l) => Number.parseFloat(l.replaceAll(',', '')));
    expect(km2).toHaveLength(1);
    const expected = grs80AreaM2(CORNERS) / 1e6;
    expect(Math.abs((km2[0] as number) - expected) / expected).toBeLessThan(0.001);
    await screenshot(page, 'import-crs-gauss-kruger');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
