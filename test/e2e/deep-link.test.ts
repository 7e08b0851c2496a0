import { describe, expect, it } from 'vitest';
import { infoPanelText, openAtlas } from './atlas-page.ts';
import { screenshot, shadowText, useBrowser } from './fixtures.ts';

describe('deep links', () => {
  const { browser, baseUrl } = useBrowser();

  it('restores view, layers, language and selection exactly, and survives a reload', async () => {
    const link = `${baseUrl}/?lang=en&view=105.96,29.3,12.4,20,30&layers=district-boundary,logistics-nodes,rail-stations&sel=station-yongchuan-south`;
    const atlas = await openAtlas(browser(), link);
    const { page } = atlas;
    const state = () =>
      page.evaluate(() => {
        const app = document.querySelector('atlas-app')!;
        const map = app.controller!.map;
        const c = map.getCenter();
        return {
          center: [Number(c.lng.toFixed(5)), Number(c.lat.toFixed(5))],
          zoom: Number(map.getZoom().toFixed(2)),
          bearing: Number(map.getBearing().toFixed(1)),
          pitch: Number(map.getPitch().toFixed(1)),
          layers: [...app.store.state.layers].sort(),
          selected: app.store.state.selected,
        };
      });
    const expected = {
      center: [105.96, 29.3],
      zoom: 12.4,
      bearing: 20,
      pitch: 30,
      layers: ['district-boundary', 'logistics-nodes', 'rail-stations'],
      selected: 'station-yongchuan-south',
    };
    expect(await state()).toEqual(expected);
    expect(await infoPanelText(page)).toContain('Yongchuan South');
    await screenshot(page, 'deep-link');

    await page.reload();
    await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
    await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
    expect(await state()).toEqual(expected);
    expect(await infoPanelText(page)).toContain('Yongchuan South');
    await atlas.close();
  });

  it('ignores malformed parameters with a warning and keeps the rest', async () => {
    const atlas = await openAtlas(
      browser(),
      `${baseUrl}/?lang=en&view=oops&layers=rail-lines,nonsense&sel=no-such-feature`,
    );
    const { page, errors } = atlas;
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    const notices = await shadowText(page, ['notice-banner']);
    expect(notices).toContain('Some link parameters were invalid');
    expect(notices).toContain('The linked feature “no-such-feature” does not exist');
    const app = await page.evaluate(() => {
      const a = document.querySelector('atlas-app')!;
      return {
        lang: a.store.state.lang,
        selected: a.store.state.selected,
        zoom: a.controller!.map.getZoom(),
      };
    });
    expect(app.lang).toBe('en');
    expect(app.selected).toBeNull();
    expect(app.zoom).toBeCloseTo(9.3, 1);
    // The URL is rewritten with what the app actually shows.
    expect(new URL(page.url()).searchParams.get('layers')).not.toContain('nonsense');
    await atlas.close();
  });
});
