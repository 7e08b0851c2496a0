import { describe, expect, it } from 'vitest';
import { clickablePoint, infoPanelText, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('info panel', () => {
  const { browser, baseUrl } = useBrowser();

  it('tapping an expansion zone opens its panel with its target, said to be drawn to it, and its citation', async () => {
    const atlas = await openAtlas(
      browser(),
      `${baseUrl}/?lang=zh&layers=district-boundary,expansion-zones&view=105.93,29.33,11`,
      {
        hasTouch: true,
      },
    );
    const { page } = atlas;
    const zone = await page.evaluate(() => {
      const f = document
        .querySelector('atlas-app')!
        .features.find(
          (x) => x.properties.layer === 'expansion-zones' && x.properties.name_zh.includes('凤凰湖'),
        );
      return f?.properties;
    });
    expect(zone, 'the 凤凰湖及南站片区 zone is in the data').toBeTruthy();
    await page.evaluate((id) => {
      const app = document.querySelector('atlas-app')!;
      const f = app.features.find((x) => x.properties.id === id)!;
      app.controller!.flyToFeature(f.geometry, { animate: false });
    }, zone!.id);
    await waitForIdle(page);
    const at = await clickablePoint(page, zone!.id);
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    const text = (await infoPanelText(page))!;
    expect(text).toContain(zone!.name_zh);
    // The outline is drawn to the plan's figure: no measured area, no ratio, no bar.
    expect(text).toContain('按规划面积示意绘制（10平方公里）');
    expect(text).toContain('约10平方公里');
    expect(text).not.toMatch(/图上面积|\d%/);
    expect(
      await page.evaluate(
        () =>
          document
            .querySelector('atlas-app')!
            .shadowRoot!.querySelector('info-panel')!
            .shadowRoot!.querySelector('[role=meter]') === null,
      ),
    ).toBe(true);
    expect(text).toContain('专栏1');
    expect(text).toContain('示意范围');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(zone!.id);
    await waitForIdle(page);
    await screenshot(page, 'info-panel-expansion-zone');

    // Esc closes the panel and clears the selection from the URL.
    await page.keyboard.press('Escape');
    expect(await infoPanelText(page)).toBeNull();
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    await atlas.close();
  });
});
