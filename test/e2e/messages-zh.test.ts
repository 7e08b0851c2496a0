/** Problems and warnings in the Chinese UI are said in Chinese: URL warnings, data problems. */
import { describe, expect, it } from 'vitest';
import { screenshot, shadowText, useBrowser } from './fixtures.ts';

describe('messages in the Chinese UI', () => {
  const { browser, baseUrl } = useBrowser();

  it('says a broken view parameter and broken or missing layer files in Chinese', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    // A ring left open, a file that is not there, and a file that is not JSON.
    await context.route(/\/assets\/expansion-zones-[\w-]+\.geojson$/, async (route) => {
      const res = await route.fetch();
      const data = await res.json();
      data.features[0].geometry.coordinates[0].pop();
      await route.fulfill({ response: res, json: data });
    });
    await context.route(/\/assets\/airports-[\w-]+\.geojson$/, (route) =>
      route.fulfill({ status: 404, body: '' }),
    );
    await context.route(/\/assets\/rail-lines-[\w-]+\.geojson$/, (route) =>
      route.fulfill({ status: 200, body: '{"type": "FeatureCollection", "features": [' }),
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?lang=zh&view=105.9,29.3,40`);
    await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
    await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
    await page.locator('atlas-app notice-banner details summary').first().waitFor();
    for (const summary of await page.locator('atlas-app notice-banner details summary').all())
      await summary.click();
    const notice = (await shadowText(page, ['notice-banner']))!;
    expect(notice).toContain('链接参数“view”已忽略：缩放级别 40 超出');
    expect(notice).toContain('环未闭合');
    expect(notice).toContain('airports.geojson：未能加载（HTTP 404）');
    expect(notice).toContain('不是有效的 JSON');
    expect(notice).not.toMatch(/ring is not closed|could not be loaded|not valid JSON|zoom/);
    await screenshot(page, 'messages-zh');
    await context.close();
  });
});
