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

  for (const [locale, lang, words] of [
    ['en-GB', 'en', /full check of the plan data could not run \(the data worker's script did not load\)/],
    ['zh-CN', 'zh', /规划数据的完整校验未能运行（数据处理线程的程序文件未能加载）/],
  ] as const) {
    it(`a data worker that does not load is named, in ${lang}, and the map keeps every feature`, async () => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale });
      // A changed file needs the full check, which runs in the data worker; the worker's file is missing.
      await context.route(/\/assets\/logistics-nodes-[\w-]+\.geojson$/, async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, body: `${await res.text()}\n` });
      });
      await context.route(/\/assets\/data\.worker-[\w-]+\.js$/, (route) =>
        route.fulfill({ status: 404, body: 'not found' }),
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${baseUrl}/?lang=${lang}`);
      await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
      await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
      await page.waitForFunction(() =>
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('notice-banner')
          ?.shadowRoot?.querySelector('[data-notice="data"]'),
      );
      const notice = (await shadowText(page, ['notice-banner']))!;
      expect(notice).toMatch(words);
      const features = await page.evaluate(() => document.querySelector('atlas-app')!.features.length);
      expect(notice).toContain(String(features));
      expect(features).toBeGreaterThan(300);
      expect((await renderedIds(page, 'logistics-nodes')).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
