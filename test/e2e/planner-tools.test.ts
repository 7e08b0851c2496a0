import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import geographiclib from 'geographiclib-geodesic';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasColourCount, infoPanelText, openAtlas, renderedIds, waitForIdle } from './atlas-page.ts';
import { SCREENSHOT_DIR, screenshot, useBrowser } from './fixtures.ts';

const VIEWPORT = { width: 1600, height: 900 };
const fixture = (name: string) => readFileSync(join('test/fixtures/geojson/user', name));

/** Runs `fn` on the planner-tools element's shadow root. */
async function inTools<T>(page: Page, fn: (tools: ShadowRoot) => T): Promise<T> {
  const root = await page.evaluateHandle(
    () => document.querySelector('atlas-app')!.shadowRoot!.querySelector('planner-tools')!.shadowRoot!,
  );
  const result = await root.evaluate(fn as never);
  await root.dispose();
  return result as T;
}

async function openTools(page: Page, tab: 'draw' | 'compare' | 'import' | 'export') {
  await page.waitForFunction(() => {
    const tools = document.querySelector('atlas-app')?.shadowRoot?.querySelector('planner-tools');
    return Boolean(tools?.shadowRoot?.querySelector('[role=tab]'));
  });
  await page.locator(`planner-tools button.tab-${tab}`).click();
  await page.waitForFunction(
    (t) =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('planner-tools')!
          .shadowRoot!.querySelector(`${t}-section`),
      ),
    tab,
  );
}

/** Ellipsoidal area of a lon/lat ring with GeographicLib, independent of the app's code. */
function referenceArea(ring: [number, number][]): number {
  const poly = geographiclib.Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring) poly.AddPoint(lat, lon);
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

/** Centres the map on an expansion zone at zoom 13, with the zone at page pixel `at`. */
async function centreOnZone(page: Page, at: { x: number; y: number }): Promise<string> {
  const id = await page.evaluate((p) => {
    const app = document.querySelector('atlas-app')!;
    const zone =
      app.features.find((f) => f.properties.id === 'fenghuanghu-nanzhan-zone') ??
      app.features.find((f) => f.properties.layer === 'expansion-zones')!;
    const ring = (zone.geometry as GeoJSON.Polygon).coordinates[0];
    const lon = ring.reduce((s, c) => s + c[0], 0) / ring.length;
    const lat = ring.reduce((s, c) => s + c[1], 0) / ring.length;
    const map = app.controller!.map;
    const r = map.getCanvas().getBoundingClientRect();
    map.jumpTo({ center: [lon, lat], zoom: 13 });
    const c = map.project([lon, lat]);
    map.panBy([c.x - (p.x - r.left), c.y - (p.y - r.top)], { duration: 0 });
    return zone.properties.id;
  }, at);
  await waitForIdle(page);
  return id;
}

describe('planner tools', () => {
  const { browser, baseUrl } = useBrowser();

  it('draws a square through the UI and shows its ellipsoidal area, live and in the total; compares it with the plan', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, { viewport: VIEWPORT });
    const { page } = atlas;
    await openTools(page, 'draw');
    const centre = { x: 565, y: 480 };
    await centreOnZone(page, centre);

    const half = 120; // ≈ 1 km at zoom 13
    const corners = [
      { x: centre.x - half, y: centre.y + half },
      { x: centre.x + half, y: centre.y + half },
      { x: centre.x + half, y: centre.y - half },
      { x: centre.x - half, y: centre.y - half },
    ];
    for (const c of corners.slice(0, 3)) {
      await page.mouse.click(c.x, c.y);
      await page.waitForTimeout(300);
    }
    // While drawing, the pointer is the next vertex: the live measure follows it.
    await page.mouse.move(corners[3].x, corners[3].y, { steps: 4 });
    await page.waitForTimeout(100);
    const live = await inTools(
      page,
      (t) => t.querySelector('draw-section')!.shadowRoot!.querySelector('.live-measure')?.textContent ?? '',
    );
    expect(live).toMatch(/Area [\d.]+ km², perimeter [\d.]+ km/);
    await page.mouse.click(corners[3].x, corners[3].y);
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);

    // No click while drawing opened a feature's panel.
    expect(await infoPanelText(page)).toBeNull();

    const ring = (await page.evaluate((pts) => {
      const map = document.querySelector('atlas-app')!.controller!.map;
      const r = map.getCanvas().getBoundingClientRect();
      return pts.map((p) => map.unproject([p.x - r.left, p.y - r.top]).toArray());
    }, corners)) as [number, number][];
    const expected = referenceArea(ring);
    expect(expected / 1e6).toBeGreaterThan(3);
    expect(expected / 1e6).toBeLessThan(5);

    const shown = await inTools(page, (t) => {
      const s = t.querySelector('draw-section')!.shadowRoot!;
      return {
        shape: s.querySelector('td.shape-measure')?.textContent ?? '',
        total: s.querySelector('.total-area')?.textContent ?? '',
      };
    });
    const km2 = (text: string) => Number.parseFloat(/Area ([\d.]+) km²/i.exec(text)?.[1] ?? 'NaN');
    expect(Math.abs(km2(shown.shape) * 1e6 - expected) / expected).toBeLessThan(0.005);
    expect(shown.total).toMatch(/^1 polygon\(s\): area/);
    expect(
      Math.abs(Number.parseFloat(/area ([\d.]+) km²/.exec(shown.total)?.[1] ?? 'NaN') * 1e6 - expected) /
        expected,
    ).toBeLessThan(0.005);
    await waitForIdle(page);
    await screenshot(page, 'planner-draw-square');

    // Edit: select the square, drag a corner outwards, and undo it.
    const shapeArea = () =>
      inTools(
        page,
        (t) => t.querySelector('draw-section')!.shadowRoot!.querySelector('td.shape-measure')!.textContent!,
      );
    await page.locator('planner-tools draw-section button[data-mode="select"]').click();
    await page.mouse.click(centre.x, centre.y);
    await page.waitForTimeout(300);
    const corner = corners[2];
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    await page.mouse.move(corner.x + 30, corner.y - 30, { steps: 6 });
    await page.mouse.move(corner.x + 60, corner.y - 60, { steps: 6 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    const edited = km2(await shapeArea());
    expect(edited).toBeGreaterThan(km2(shown.shape) * 1.05);
    // The map did not pan under the drag: the other corners are where they were.
    const still = (await page.evaluate((p) => {
      const map = document.querySelector('atlas-app')!.controller!.map;
      const r = map.getCanvas().getBoundingClientRect();
      return map.unproject([p.x - r.left, p.y - r.top]).toArray();
    }, corners[0])) as [number, number];
    expect(still[0]).toBeCloseTo(ring[0][0], 6);
    await page.locator('planner-tools draw-section button.undo').click();
    await page.waitForTimeout(100);
    expect(km2(await shapeArea())).toBeCloseTo(km2(shown.shape), 3);

    // Compare: the square sits in the zone it was drawn on.
    await openTools(page, 'compare');
    const rows = await inTools(page, (t) =>
      [...t.querySelector('compare-section')!.shadowRoot!.querySelectorAll('table.overlaps tbody tr')].map(
        (tr) => ({
          id: tr.getAttribute('data-id'),
          overlap: tr.querySelector('.overlap')!.textContent!.trim(),
        }),
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    const zoneUnder = await page.evaluate((p) => {
      const map = document.querySelector('atlas-app')!.controller!.map;
      const r = map.getCanvas().getBoundingClientRect();
      const hits = map.queryRenderedFeatures([p.x - r.left, p.y - r.top], {
        layers: map
          .getStyle()
          .layers.filter((l) => l.id.startsWith('expansion-zones') && l.type === 'fill')
          .map((l) => l.id),
      });
      return hits.map((h) => String(h.properties.id));
    }, centre);
    expect(zoneUnder.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).toContain(zoneUnder[0]);
    const m2 = (text: string) => {
      const [, n, unit] = /([\d.,]+)\s*(km²|ha|m²)/.exec(text) ?? [];
      return Number.parseFloat(n.replaceAll(',', '')) * (unit === 'km²' ? 1e6 : unit === 'ha' ? 1e4 : 1);
    };
    // No overlap exceeds the square (to the display's rounding).
    for (const r of rows) expect(m2(r.overlap)).toBeLessThanOrEqual(expected * 1.001);
    await screenshot(page, 'planner-compare');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('lists the problems of a bad file and leaves the map as it was; a good file becomes a user layer', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, { viewport: VIEWPORT });
    const { page } = atlas;
    await openTools(page, 'import');
    const before = await renderedIds(page, 'expansion-zones');
    expect(before.length).toBeGreaterThan(0);
    const input = page.locator('planner-tools import-section input[type=file]');

    // Not JSON at all: refused whole, one line saying where it broke.
    await input.setInputFiles({
      name: 'truncated.geojson',
      mimeType: 'application/geo+json',
      buffer: fixture('truncated.geojson'),
    });
    await page.locator('planner-tools import-section .import-summary').waitFor();
    const refused = await inTools(page, (t) =>
      t.querySelector('import-section')!.shadowRoot!.textContent!.replace(/\s+/g, ' '),
    );
    expect(refused).toContain('truncated.geojson was not imported');
    expect(refused).toMatch(/not valid JSON \(line 1, column \d+\)/);

    // Some bad features: each listed with feature, path and problem; the valid ones come in.
    await input.setInputFiles({
      name: 'mixed.geojson',
      mimeType: 'application/geo+json',
      buffer: fixture('mixed.geojson'),
    });
    await page.waitForFunction(() =>
      document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector('planner-tools')!
        .shadowRoot!.querySelector('import-section')!
        .shadowRoot!.textContent!.includes('mixed.geojson: 2 of 4'),
    );
    const issues = await inTools(page, (t) =>
      [...t.querySelector('import-section')!.shadowRoot!.querySelectorAll('table.issues tbody tr')].map(
        (tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      ),
    );
    expect(issues).toHaveLength(2);
    expect(issues[0][0]).toBe('#2 “Open ring”');
    expect(issues[0][1]).toBe('features[1].geometry.coordinates[0]');
    expect(issues[0][2]).toMatch(/^ring is not closed/);
    expect(issues[1][2]).toMatch(/string "105.9"/);
    await waitForIdle(page);
    expect(await renderedIds(page, 'expansion-zones')).toEqual(before);
    expect(await canvasColourCount(page)).toBeGreaterThan(20);
    await screenshot(page, 'planner-import-bad');

    // A good file: a user layer with its own legend entry and measured areas.
    await input.setInputFiles({
      name: 'good.geojson',
      mimeType: 'application/geo+json',
      buffer: fixture('good.geojson'),
    });
    await page.waitForFunction(() =>
      document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector('planner-tools')!
        .shadowRoot!.querySelector('import-section')!
        .shadowRoot!.textContent!.includes('good.geojson: 2 of 2'),
    );
    // The mixed file's valid features stay as the first layer; the good file is the second.
    const goodLayer = page.locator('planner-tools imported-layers li.user-layer[data-file="good.geojson"]');
    await goodLayer.locator('button.zoom').click();
    await page.waitForTimeout(1000);
    await waitForIdle(page);
    const user = await page.evaluate(() => {
      const map = document.querySelector('atlas-app')!.controller!.map;
      return map
        .queryRenderedFeatures({ layers: ['user-import-fill', 'user-import-point'] })
        .map((f) => f.geometry.type);
    });
    expect(user).toContain('Polygon');
    expect(user).toContain('Point');
    const measured = await goodLayer.locator('.import-total').textContent();
    expect(measured).toMatch(/4\.3\d* km²/);
    expect(await renderedIds(page, 'expansion-zones')).not.toHaveLength(0);
    await screenshot(page, 'planner-import-good');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('exports the map as a 2× PNG with its legend, not blank', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=tools`, { viewport: VIEWPORT });
    const { page } = atlas;
    await openTools(page, 'export');
    await page.locator('planner-tools export-section button.scale[data-scale="2"]').click();
    const size = await page.evaluate(() => {
      const c = document.querySelector('atlas-app')!.controller!.map.getContainer();
      return { w: c.clientWidth, h: c.clientHeight };
    });
    const download = page.waitForEvent('download');
    await page.locator('planner-tools export-section button.export-png').click();
    const file = await (await download).path();
    const png = readFileSync(file);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size.w * 2);
    expect(png.readUInt32BE(20)).toBe(size.h * 2);

    const layout = (await inTools(
      page,
      (t) => (t.querySelector('export-section') as unknown as { lastLayout: unknown }).lastLayout,
    )) as {
      legend: { x: number; y: number; width: number; height: number; rows: string[] };
    };
    expect(layout.legend.rows).toContain('“双百城市”重点拓展区域（专栏1）');

    // Decode it in the page: many colours over the whole image; in the legend's box, the
    // legend's white ground, its dark text and the expansion zones' swatch colour.
    const stats = await page.evaluate(
      async ({ b64, box }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const all = ctx.getImageData(0, 0, c.width, c.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < all.length; i += 4 * 97)
          colours.add((all[i] << 16) | (all[i + 1] << 8) | all[i + 2]);
        const d = ctx.getImageData(box.x, box.y, box.width, box.height).data;
        let white = 0;
        let dark = 0;
        let swatch = 0;
        for (let i = 0; i < d.length; i += 4) {
          const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
          if (r >= 251 && g >= 251 && b >= 251) white++;
          if (r < 90 && g < 90 && b < 90) dark++;
          if (Math.abs(r - 0xe8) < 24 && Math.abs(g - 0x59) < 24 && Math.abs(b - 0x0c) < 24) swatch++;
        }
        const n = d.length / 4;
        return { colours: colours.size, white: white / n, dark: dark / n, swatch };
      },
      { b64: png.toString('base64'), box: layout.legend },
    );
    expect(stats.colours).toBeGreaterThan(100);
    expect(stats.white).toBeGreaterThan(0.4);
    expect(stats.dark).toBeGreaterThan(0.01);
    expect(stats.swatch).toBeGreaterThan(20);

    // The same box on the bare map is not white: the white there is the legend's.
    const bare = await page.evaluate(
      ({ box, cssWidth }) => {
        const src = document.querySelector('atlas-app')!.controller!.map.getCanvas();
        const c = document.createElement('canvas');
        c.width = src.width;
        c.height = src.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(src, 0, 0);
        // From the 2× image's pixels to the canvas's.
        const f = src.width / (2 * cssWidth);
        const d = ctx.getImageData(box.x * f, box.y * f, box.width * f, box.height * f).data;
        let white = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] >= 251 && d[i + 1] >= 251 && d[i + 2] >= 251) white++;
        return white / (d.length / 4);
      },
      { box: layout.legend, cssWidth: size.w },
    );
    expect(bare).toBeLessThan(0.2);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/planner-export-2x.png`, png);

    // Print: an A3 landscape page at 300 DPI, drawn at print resolution, the app hidden.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.locator('planner-tools export-section select.page-size').selectOption('A3');
    await page.locator('planner-tools export-section select.dpi').selectOption('300');
    await page.locator('planner-tools export-section button.print').click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, null, {
      timeout: 30_000,
    });
    const sheet = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('#atlas-print-sheet img')!;
      const { lastPrint: report } = document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector('planner-tools')!
        .shadowRoot!.querySelector('export-section') as unknown as {
        lastPrint: {
          legendRows: number;
          scaleDenominator: number;
          qr: { x: number; y: number; size: number };
        };
      };
      // The QR code's square holds dark modules; the legend's box holds its rows.
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const dark = (x: number, y: number, w: number, h: number) => {
        const d = ctx.getImageData(x, y, w, h).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] < 80 && d[i + 1] < 80 && d[i + 2] < 80) n++;
        return n / (d.length / 4);
      };
      return {
        // The print rules are a constructed sheet on the page (the CSP refuses inline <style>).
        css: document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
          .join('\n'),
        width: img.naturalWidth,
        height: img.naturalHeight,
        report,
        // A copy at a quarter of the size, to look at.
        preview: (() => {
          const small = document.createElement('canvas');
          small.width = Math.round(img.naturalWidth / 4);
          small.height = Math.round(img.naturalHeight / 4);
          small.getContext('2d')!.drawImage(img, 0, 0, small.width, small.height);
          return small.toDataURL('image/png').split(',')[1];
        })(),
        qrDark: dark(report.qr.x, report.qr.y, report.qr.size, report.qr.size),
        mapColours: (() => {
          const d = ctx.getImageData(c.width * 0.3, c.height * 0.2, c.width * 0.4, c.height * 0.4).data;
          const seen = new Set<number>();
          for (let i = 0; i < d.length; i += 64) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
          return seen.size;
        })(),
      };
    });
    // The CSSOM writes the page size in lower case.
    expect(sheet.css.toLowerCase()).toContain('size: a3 landscape');
    // ISO A3 at 300 DPI: 420 × 297 mm is 4961 × 3508 pixels, not a screen image letterboxed.
    expect({ width: sheet.width, height: sheet.height }).toEqual({ width: 4961, height: 3508 });
    expect(sheet.report.legendRows).toBeGreaterThan(3);
    expect(sheet.report.scaleDenominator).toBeGreaterThan(10_000);
    expect(sheet.qrDark).toBeGreaterThan(0.3);
    expect(sheet.qrDark).toBeLessThan(0.7);
    expect(sheet.mapColours).toBeGreaterThan(20);
    writeFileSync(`${SCREENSHOT_DIR}/print-a3-300dpi-quarter.png`, Buffer.from(sheet.preview, 'base64'));
    await page.emulateMedia({ media: 'print' });
    const shownInPrint = await page.evaluate(() => ({
      app: getComputedStyle(document.querySelector('atlas-app')!).display,
      sheet: getComputedStyle(document.getElementById('atlas-print-sheet')!).display,
    }));
    expect(shownInPrint).toEqual({ app: 'none', sheet: 'block' });
    await page.emulateMedia({ media: 'screen' });
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('Ctrl+P prints the map under a title, legend and sources, without the panels', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&sel=station-yongchuan-south`);
    const { page } = atlas;
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(500);
    const printed = await page.evaluate(() => {
      const root = document.querySelector('atlas-app')!.shadowRoot!;
      const shown = (sel: string) => {
        const el = root.querySelector(sel);
        return el ? getComputedStyle(el).display !== 'none' : false;
      };
      const map = root.querySelector('#map')!.getBoundingClientRect();
      return {
        header: shown('print-header'),
        headerText: root.querySelector('print-header')!.shadowRoot!.textContent ?? '',
        top: shown('.top'),
        panels: [...root.querySelectorAll('.side')].some((el) => getComputedStyle(el).display !== 'none'),
        mapHeight: map.height,
        mapWidth: map.width,
      };
    });
    expect(printed.header).toBe(true);
    expect(printed.headerText).toContain('Yongchuan');
    expect(printed.headerText).toContain('GeoNames');
    expect(printed.top).toBe(false);
    expect(printed.panels).toBe(false);
    expect(printed.mapHeight).toBeGreaterThan(400);
    expect(await canvasColourCount(page)).toBeGreaterThan(8);
    await screenshot(page, 'print-media');
    await page.emulateMedia({ media: 'screen' });
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('draws with touch; a bow-tie is flagged as crossing itself, in the shape list and in Compare', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, {
      viewport: VIEWPORT,
      hasTouch: true,
    });
    const { page } = atlas;
    await openTools(page, 'draw');
    const centre = { x: 565, y: 480 };
    await centreOnZone(page, centre);
    const half = 100;
    // Corners in bow-tie order: the second edge crosses the fourth.
    const taps = [
      { x: centre.x - half, y: centre.y + half },
      { x: centre.x + half, y: centre.y - half },
      { x: centre.x + half, y: centre.y + half },
      { x: centre.x - half, y: centre.y - half },
      { x: centre.x - half, y: centre.y + half },
    ];
    for (const p of taps) {
      await page.touchscreen.tap(p.x, p.y);
      await page.waitForTimeout(350);
    }
    const cell = await inTools(page, (t) => {
      const td = t.querySelector('draw-section')!.shadowRoot!.querySelector('td.shape-measure');
      return td ? { text: td.textContent ?? '', flagged: td.classList.contains('error') } : null;
    });
    expect(cell).toEqual({ text: expect.stringContaining('edges cross'), flagged: true });
    await openTools(page, 'compare');
    const compare = await inTools(
      page,
      (t) =>
        t.querySelector('compare-section')!.shadowRoot!.querySelector('.self-intersecting')?.textContent ??
        '',
    );
    expect(compare).toContain('its area means nothing');
    await screenshot(page, 'planner-touch-bow-tie');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
