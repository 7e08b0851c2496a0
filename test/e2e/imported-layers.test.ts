/**
 * Several imported layers at once, kept across reloads in IndexedDB and forgotten on request;
 * an imported outline assigned to the 城东 expansion zone shows its true ratio to the target.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import geographiclib from 'geographiclib-geodesic';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas, waitForAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const VIEWPORT = { width: 1600, height: 900 };
const ZONE = 'expansion-eco-tech-city';

/** The zone's plan target (km²) and the middle of its indicative outline, from geodata/. */
function zone(): { target: number; centre: [number, number] } {
  const data = JSON.parse(
    readFileSync(join('geodata', 'expansion-zones.geojson'), 'utf8'),
  ) as GeoJSON.FeatureCollection;
  const f = data.features.find((x) => x.properties?.id === ZONE)!;
  const target = (f.properties!.figures as { value: number; area_target?: boolean }[]).find(
    (x) => x.area_target,
  )!.value;
  const ring = (f.geometry as GeoJSON.Polygon).coordinates[0];
  const lons = ring.map((c) => c[0]);
  const lats = ring.map((c) => c[1]);
  return {
    target,
    centre: [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2],
  };
}

/** A lon/lat rectangle of about half the zone's target area, and its area by GeographicLib. */
function surveyOutline(target: number, [lon, lat]: [number, number]) {
  const dLat = Math.sqrt((target / 2) * 1e6) / 111_000 / 2;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  const ring = [
    [lon - dLon, lat - dLat],
    [lon + dLon, lat - dLat],
    [lon + dLon, lat + dLat],
    [lon - dLon, lat + dLat],
  ];
  const poly = geographiclib.Geodesic.WGS84.Polygon(false);
  for (const [x, y] of ring) poly.AddPoint(y, x);
  const areaM2 = Math.abs(poly.Compute(false, true).area ?? 0);
  const file = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Surveyed boundary' },
        geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
      },
    ],
  };
  return { areaM2, buffer: Buffer.from(JSON.stringify(file)) };
}

async function openTab(page: Page, tab: 'compare' | 'import' | 'export') {
  await page.locator(`planner-tools button.tab-${tab}`).click();
  await page.locator(`planner-tools ${tab}-section`).waitFor();
}

/** The file names the import tab lists. */
async function listed(page: Page): Promise<string[]> {
  return page.locator('planner-tools imported-layers li.user-layer .file').allTextContents();
}

/** The colours of the imported features the map draws now. */
async function drawnColours(page: Page): Promise<string[]> {
  await waitForIdle(page);
  return page.evaluate(() => {
    const map = document.querySelector('atlas-app')!.controller!.map;
    if (!map.getLayer('user-import-fill')) return [];
    const hits = map.queryRenderedFeatures({ layers: ['user-import-fill'] });
    return [...new Set(hits.map((h) => String(h.properties.colour)))].sort();
  });
}

async function targetsRatio(page: Page): Promise<{ ratio: string; basis: string }> {
  const row = page.locator(`targets-view tbody tr[data-id=${ZONE}]`);
  await row.waitFor();
  const ratio = row.locator('td.ratio');
  return {
    ratio: (await ratio.count()) > 0 ? (await ratio.textContent())!.trim() : '',
    basis: (await row.textContent())!.replace(/\s+/g, ' '),
  };
}

describe('imported layers', () => {
  const { browser, baseUrl } = useBrowser();

  it('a second import keeps the first; both stay after a reload; an assigned outline shows its true ratio; forget removes all', async () => {
    const { target, centre } = zone();
    const survey = surveyOutline(target, centre);
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, {
      viewport: VIEWPORT,
      acceptDownloads: true,
    });
    const { page } = atlas;
    await openTab(page, 'import');
    const input = page.locator('planner-tools import-section input[type=file]');
    await input.setInputFiles({
      name: 'survey-east.geojson',
      mimeType: 'application/geo+json',
      buffer: survey.buffer,
    });
    await page.locator('planner-tools imported-layers li.user-layer').first().waitFor();
    await input.setInputFiles({
      name: 'good.geojson',
      mimeType: 'application/geo+json',
      buffer: readFileSync('test/fixtures/geojson/user/good.geojson'),
    });
    await page.locator('planner-tools imported-layers li.user-layer').nth(1).waitFor();
    expect(await listed(page)).toEqual(['survey-east.geojson', 'good.geojson']);

    // Both on the map at once, each in its own colour.
    await page.evaluate(
      ([lon, lat]) =>
        document
          .querySelector('atlas-app')!
          .controller!.map.jumpTo({ center: [lon - 0.06, lat - 0.01], zoom: 10.5 }),
      centre,
    );
    expect(await drawnColours(page)).toHaveLength(2);
    // The area label of the survey polygon reads the ellipsoidal area.
    const labels = await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .controller!.map.queryRenderedFeatures({ layers: ['user-area-label'] })
        .map((f) => String(f.properties.label)),
    );
    // The label is rounded to 3 decimals (trailing zeros dropped).
    const km2Labels = labels
      .filter((l) => l.endsWith(' km²'))
      .map((l) => Number.parseFloat(l.replaceAll(',', '')));
    expect(km2Labels).toContain(Math.round(survey.areaM2 / 1e3) / 1e3);
    await screenshot(page, 'imported-layers-two');

    // Compare the imported polygon, and assign it to the zone as its measured outline.
    await openTab(page, 'compare');
    await page
      .locator('planner-tools compare-section select.polygon')
      .selectOption({ label: 'survey-east.geojson: Surveyed boundary' });
    await page.locator('planner-tools compare-section table.overlaps tbody tr').first().waitFor();
    await page.locator('planner-tools assign-outline select.outline-feature').selectOption(ZONE);
    await page.locator('planner-tools assign-outline button.assign').click();
    await page.locator(`planner-tools assign-outline li[data-feature=${ZONE}]`).waitFor();

    // A reload keeps both layers (and the outline), drawn on the map before the tools are opened.
    await page.reload();
    await waitForAtlas(page);
    await page.waitForFunction(
      () => Boolean(document.querySelector('atlas-app')!.controller!.map.getLayer('user-import-fill')),
      null,
      { timeout: 30_000 },
    );
    expect(await drawnColours(page)).toHaveLength(2);
    await openTab(page, 'import');
    await page.locator('planner-tools imported-layers li.user-layer').nth(1).waitFor();
    expect(await listed(page)).toEqual(['survey-east.geojson', 'good.geojson']);

    // The GeoJSON export of the visible layers carries the outline, saying what it is.
    await openTab(page, 'export');
    const download = page.waitForEvent('download');
    await page.locator('planner-tools export-section button.export-visible').click();
    const exported = JSON.parse(
      readFileSync((await (await download).path())!, 'utf8'),
    ) as GeoJSON.FeatureCollection;
    const measured = exported.features.filter((f) => f.properties?.role === 'measured-outline');
    expect(measured).toHaveLength(1);
    const m = measured[0].properties!;
    expect(m.feature_id).toBe(ZONE);
    expect(m.source_file).toBe('survey-east.geojson');
    expect(m.assigned_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(m.unit).toBe('km2');
    expect(m.target).toBe(target);
    expect(Math.abs(m.measured_area_m2 - survey.areaM2)).toBeLessThan(1);
    expect(m.measured_area).toBeCloseTo(survey.areaM2 / 1e6, 3);
    // The plan's own feature is there too, unchanged.
    expect(exported.features.some((f) => f.properties?.id === ZONE && f.properties?.figures)).toBe(true);

    // The Targets view: the true ratio of the user's outline, said to be theirs.
    await page.goto(`${baseUrl}/?lang=en&panel=targets`);
    await waitForAtlas(page);
    // The percentage is shown to one decimal.
    const expected = Math.round((survey.areaM2 / 1e6 / target) * 1000) / 10;
    await page.waitForFunction(
      (id) =>
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('targets-view')
          ?.shadowRoot?.querySelector(`tr[data-id=${id}] .user-measured`),
      ZONE,
    );
    const shown = await targetsRatio(page);
    expect(shown.ratio).toMatch(/^\d+(\.\d)?%/);
    expect(Number.parseFloat(shown.ratio)).toBe(expected);
    expect(expected).toBeGreaterThan(45);
    expect(expected).toBeLessThan(55);
    expect(shown.basis).toContain('measured: your outline (file survey-east.geojson,');
    await screenshot(page, 'imported-layers-targets');

    // Forget all: nothing listed, nothing after a reload, the zone drawn to its figure again.
    await page.goto(`${baseUrl}/?lang=en&panel=tools`);
    await waitForAtlas(page);
    await openTab(page, 'import');
    await page.locator('planner-tools imported-layers li.user-layer').nth(1).waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.locator('planner-tools imported-layers button.forget').click();
    await page.locator('planner-tools imported-layers li.user-layer').first().waitFor({ state: 'detached' });
    expect(await drawnColours(page)).toEqual([]);
    await page.reload();
    await waitForAtlas(page);
    await openTab(page, 'import');
    expect(await listed(page)).toEqual([]);
    await page.goto(`${baseUrl}/?lang=en&panel=targets`);
    await waitForAtlas(page);
    expect((await targetsRatio(page)).basis).toContain("drawn to the plan's figure");
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
