import { describe, expect, it } from 'vitest';
import { renderedIds } from './atlas-page.ts';
import { shadowText, useBrowser } from './fixtures.ts';

describe('bad data', () => {
  const { browser, baseUrl } = useBrowser();

  it('names the broken file and feature, and every other layer still works', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    // One file is not JSON at all; another has a feature with a string where a number belongs.
    await context.route(/\/assets\/rail-lines-[\w-]+\.geojson$/, (route) =>
      route.fulfill({ status: 200, body: '{"type": "FeatureCollection", "features": [' }),
    );
    await context.route(/\/assets\/logistics-nodes-[\w-]+\.geojson$/, async (route) => {
      const res = await route.fetch();
      const data = await res.json();
      data.features[0].properties.figures[0].value = 'thirty';
      await route.fulfill({ response: res, json: data });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/?lang=en`);
    await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
    await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
    await page.evaluate(
      () => new Promise((r) => document.querySelector('atlas-app')!.controller!.map.once('idle', r)),
    );

    expect(errors).toEqual([]);
    const notice = (await shadowText(page, ['notice-banner']))!;
    expect(notice).toContain('data problems');
    expect(notice).toContain('rail-lines.geojson');
    expect(notice).toContain('logistics-nodes.geojson');
    expect(notice).toMatch(/features\[0\]/);
    expect(notice).toMatch(/figures\[0\]\.value/);

    expect(await renderedIds(page, 'rail-lines')).toEqual([]);
    const logistics = await renderedIds(page, 'logistics-nodes');
    expect(logistics.length).toBeGreaterThan(0);
    expect(logistics).not.toContain('fenghuanghu-supply-chain-logistics-hub');
    expect((await renderedIds(page, 'expansion-zones')).length).toBe(4);
    await context.close();
  });
});
