import { describe, expect, it } from 'vitest';
import { canvasColourCount, openAtlas } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('first load, offline', () => {
  const { browser, baseUrl } = useBrowser();

  it('loads with no request leaving the local server and draws the district', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/`);
    const { page, requests, errors } = atlas;
    const outside = requests.filter(
      (u) => !u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    expect(requests.some((u) => u.endsWith('.geojson'))).toBe(true);
    // The UI's font and the labels' glyphs are the app's own, fetched from the local server.
    expect(requests.some((u) => u.includes('/fonts/noto-sans-sc/') && u.endsWith('.woff2'))).toBe(true);
    expect(requests.filter((u) => u.includes('/fonts/glyphs/'))).toEqual([
      `${baseUrl}/fonts/glyphs/NotoSansSC-Regular.pbfs`,
    ]);
    expect(errors).toEqual([]);

    await screenshot(page, 'offline-load-home');
    // A blank or half-drawn map has one or two colours; the district, zones, lines and labels give many.
    expect(await canvasColourCount(page)).toBeGreaterThan(40);

    const name = await page.evaluate(() =>
      document.querySelector('atlas-app')!.controller!.map.getCanvas().getAttribute('aria-label'),
    );
    expect(name).toContain('永川');
    await atlas.close();
  });
});
