import { describe, expect, it } from 'vitest';
import { canvasColourCount, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, shadowText, useBrowser } from './fixtures.ts';

describe('中文 / English', () => {
  const { browser, baseUrl } = useBrowser();

  it('defaults to the browser language and switches UI and map labels, keeping it in the URL', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?view=105.93,29.33,11.2`, { locale: 'en-GB' });
    const { page } = atlas;
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await shadowText(page, ['.brand h1'])).toBe('Yongchuan Plan Atlas');
    expect(await shadowText(page, ['layer-panel', 'h2'])).toBe('Layers');
    const labelState = () =>
      page.evaluate(() => document.querySelector('atlas-app')!.controller!.map.getGlobalState().lang);
    expect(await labelState()).toBe('en');
    await screenshot(page, 'language-en');
    const before = await page.evaluate(() =>
      document.querySelector('atlas-app')!.controller!.map.getCanvas().toDataURL(),
    );

    await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector<HTMLButtonElement>('.lang-toggle')!
        .click(),
    );
    await waitForIdle(page);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    expect(await shadowText(page, ['.brand h1'])).toBe('永川“十四五”规划图集');
    expect(await shadowText(page, ['layer-panel', 'h2'])).toBe('图层');
    expect(await labelState()).toBe('zh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The labels really changed on the canvas, not just in the style's state.
    const after = await page.evaluate(() =>
      document.querySelector('atlas-app')!.controller!.map.getCanvas().toDataURL(),
    );
    expect(after).not.toBe(before);
    expect(await canvasColourCount(page)).toBeGreaterThan(40);
    await screenshot(page, 'language-zh');
    await atlas.close();
  });
});
