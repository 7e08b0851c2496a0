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
    await page.waitForFunction(infoPanelShown);
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

  it('a click on a still map shows the panel in a frame with no map redraw, and the highlight in the next', async () => {
    const atlas = await openAtlas(
      browser(),
      `${baseUrl}/?lang=zh&layers=district-boundary,expansion-zones&view=105.93,29.33,11`,
    );
    const { page } = atlas;
    await waitForIdle(page);
    const id = await page.evaluate(
      () =>
        document.querySelector('atlas-app')!.features.find((f) => f.properties.layer === 'expansion-zones')!
          .properties.id,
    );
    const at = await clickablePoint(page, id);
    await page.mouse.move(at.x, at.y);
    // A first click loads the info panel's code; the second is measured, as a visitor's next tap.
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(infoPanelShown);
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    await page.evaluate(() => {
      const w = window as unknown as ClickFrames;
      const map = document.querySelector('atlas-app')!.controller!.map;
      w.__renders = [];
      map.on('render', () => w.__renders.push(performance.now()));
      const shown = () =>
        Boolean(
          document.querySelector('atlas-app')!.shadowRoot!.querySelector('aside.side.right info-panel'),
        );
      window.addEventListener(
        'click',
        () => {
          w.__click = performance.now();
          // The end of the first frame with the panel: a task posted from its animation callback.
          const onFrame = () => {
            if (!shown()) return requestAnimationFrame(onFrame);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (w.__panelFrameEnd = performance.now());
            channel.port2.postMessage(0);
          };
          requestAnimationFrame(onFrame);
        },
        { capture: true, once: true },
      );
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => (window as unknown as ClickFrames).__panelFrameEnd !== undefined);
    const inPanelFrame = await page.evaluate(() => {
      const w = window as unknown as ClickFrames;
      return w.__renders.filter((t) => t > w.__click && t < w.__panelFrameEnd!).length;
    });
    expect(inPanelFrame, 'map redraws between the click and the end of the panel frame').toBe(0);
    // The map still draws the selection, in a frame of its own after the panel's.
    await page.waitForFunction(
      (featureId) => {
        const w = window as unknown as ClickFrames;
        const map = document.querySelector('atlas-app')!.controller!.map;
        const selected = map.getFeatureState({ source: 'plan', id: featureId }).selected === true;
        return selected && w.__renders.some((t) => t > w.__panelFrameEnd!);
      },
      id,
      { timeout: 5000 },
    );
    await atlas.close();
  });
});

interface ClickFrames {
  __renders: number[];
  __click: number;
  __panelFrameEnd?: number;
}

function infoPanelShown(): boolean {
  return Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel'));
}
