/**
 * Two plan years side by side (`?swipe=2020,2035`): a second map beyond a divider that the mouse,
 * a finger and the keyboard move; the two sides draw different features; the page never holds
 * more than two WebGL contexts, and the second one is released when the comparison ends.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const LAYERS = 'expansion-zones,urban-structure,rail-stations,eco-tech-city';
const PLANNED = 'expansion-eco-tech-city';
const URL_TAIL = `lang=en&layers=${LAYERS}&view=105.93,29.36,11.2`;

/** The WebGL contexts of the page's map canvases that are alive now. */
const liveContexts = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('atlas-app')!.shadowRoot!;
    return [...root.querySelectorAll<HTMLCanvasElement>('canvas.maplibregl-canvas')].filter((c) => {
      const gl = c.getContext('webgl2') ?? c.getContext('webgl');
      return gl !== null && !gl.isContextLost();
    }).length;
  });

const swipe = (page: Page) => page.evaluate(() => document.querySelector('atlas-app')!.store.state.swipe);

/** Waits until the second map exists and has drawn. */
const compareDrawn = (page: Page) =>
  page.evaluate(async () => {
    const app = document.querySelector('atlas-app')!;
    while (!app.controller!.compareMap) await new Promise((r) => setTimeout(r, 50));
    const m = app.controller!.compareMap!;
    if (!(m.loaded() && m.areTilesLoaded())) await new Promise((r) => m.once('idle', r));
    await new Promise((r) => setTimeout(r, 400));
  });

/** Whether each map holds a feature ghosted: [main map, second map]. */
const ghostedOnBoth = (page: Page, id: string) =>
  page.evaluate((fid) => {
    const c = document.querySelector('atlas-app')!.controller!;
    return [c.map, c.compareMap!].map((m) => Boolean(m.getFeatureState({ source: 'plan', id: fid }).dimmed));
  }, id);

/** Pixels of both maps' canvases, sampled small, and how many of them differ clearly. */
const differingPixels = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector('atlas-app')!.controller!;
    const sample = (src: HTMLCanvasElement) => {
      const k = document.createElement('canvas');
      [k.width, k.height] = [320, 200];
      const ctx = k.getContext('2d')!;
      ctx.drawImage(src, 0, 0, k.width, k.height);
      return ctx.getImageData(0, 0, k.width, k.height).data;
    };
    const [a, b] = [sample(c.map.getCanvas()), sample(c.compareMap!.getCanvas())];
    let n = 0;
    for (let i = 0; i < a.length; i += 4)
      if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 30) n++;
    return n;
  });

const dividerBox = async (page: Page) => {
  const box = await page.locator('atlas-app .year-compare-divider').boundingBox();
  if (!box) throw new Error('no divider');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

describe('comparing two plan years', () => {
  const { browser, baseUrl } = useBrowser();

  it('moves its divider by mouse and keyboard, draws each year on its side, and keeps to two WebGL contexts', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?${URL_TAIL}&swipe=2020,2035`);
    const { page } = atlas;
    await compareDrawn(page);
    expect(await swipe(page)).toEqual({ left: 2020, right: 2035, at: 0.5 });
    // The main map shows 2020 (the zone still to come is faint), the second map 2035.
    expect(await ghostedOnBoth(page, PLANNED)).toEqual([true, false]);
    expect(await differingPixels(page)).toBeGreaterThan(500);
    expect(await liveContexts(page)).toBe(2);
    // The legend follows the main map's (left) year: the zones still to come in 2020 are counted apart.
    const zones = page.locator('atlas-app layer-panel label[data-layer="expansion-zones"]');
    expect(await zones.locator('.count').textContent()).toBe('0');
    expect(Number((await zones.locator('.ghosted').textContent())!.replace('+', ''))).toBeGreaterThan(0);
    const labels = await page.locator('atlas-app .year-compare-label').allTextContents();
    expect(labels).toEqual(['2020 baseline', '2035 vision']);
    await screenshot(page, 'compare-2020-2035');

    // The mouse drags the divider to 45 % of the width.
    const width = page.viewportSize()!.width;
    const at = await dividerBox(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(width * 0.6, at.y, { steps: 4 });
    await page.mouse.move(width * 0.45, at.y, { steps: 4 });
    await page.mouse.up();
    expect((await swipe(page))!.at).toBeCloseTo(0.45, 2);
    await page.waitForFunction(
      () =>
        location.search.includes('swipe=2020%2C2035%2C45') || location.search.includes('swipe=2020,2035,45'),
    );
    expect(
      await page.locator('atlas-app .year-compare-map').evaluate((e) => (e as HTMLElement).style.clipPath),
    ).toContain('45');
    await waitForIdle(page);
    await screenshot(page, 'compare-dragged-mouse');

    // The keyboard: the divider is a slider.
    await page.locator('atlas-app .year-compare-divider').focus();
    await page.keyboard.press('ArrowRight');
    expect((await swipe(page))!.at).toBeCloseTo(0.5, 2);
    expect(await page.locator('atlas-app .year-compare-divider').getAttribute('aria-valuenow')).toBe('50');

    // Dragged towards the layer list, it stops where the left year's name still shows beside it.
    const middle = await dividerBox(page);
    await page.mouse.move(middle.x, middle.y);
    await page.mouse.down();
    await page.mouse.move(width * 0.05, middle.y, { steps: 6 });
    await page.mouse.up();
    const edge = await page.evaluate(() => {
      const root = document.querySelector('atlas-app')!.shadowRoot!;
      const list = root.querySelector('.side.left')!.getBoundingClientRect();
      const name = root.querySelector('.year-compare-from')!.getBoundingClientRect();
      const divider = root.querySelector('.year-compare-divider')!.getBoundingClientRect();
      return { list: list.right, name: name.left, divider: divider.left };
    });
    expect(edge.name).toBeGreaterThanOrEqual(edge.list);
    expect(edge.divider).toBeGreaterThan(edge.name);
    await screenshot(page, 'compare-divider-at-the-layer-list');

    // The right side takes another year; the camera of the second map follows the main one.
    await page.locator('atlas-app select.right-year').selectOption('2025');
    expect((await swipe(page))!.right).toBe(2025);
    await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .controller!.jumpTo({ center: [105.9, 29.3], zoom: 12, bearing: 0, pitch: 0 }),
    );
    const centres = await page.evaluate(() => {
      const c = document.querySelector('atlas-app')!.controller!;
      return [c.map.getCenter().toArray(), c.compareMap!.getCenter().toArray()];
    });
    expect(centres[1][0]).toBeCloseTo(centres[0][0], 6);
    expect(centres[1][1]).toBeCloseTo(centres[0][1], 6);

    // Ending the comparison removes the second map and releases its context; on and off again
    // never holds more than two.
    const lost = await page.evaluate(() => {
      const canvas = document.querySelector('atlas-app')!.controller!.compareMap!.getCanvas();
      (window as unknown as { compareCanvas: HTMLCanvasElement }).compareCanvas = canvas;
      return canvas.getContext('webgl2')?.isContextLost() ?? canvas.getContext('webgl')?.isContextLost();
    });
    expect(lost).toBe(false);
    const toggle = page.locator('atlas-app button.compare-years');
    await toggle.click();
    expect(await swipe(page)).toBe(null);
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.controller!.compareMap)).toBe(null);
    expect(
      await page.evaluate(() => {
        const c = (window as unknown as { compareCanvas: HTMLCanvasElement }).compareCanvas;
        return (c.getContext('webgl2') ?? c.getContext('webgl'))?.isContextLost() ?? true;
      }),
    ).toBe(true);
    expect(await liveContexts(page)).toBe(1);
    let most = 0;
    for (let i = 0; i < 4; i++) {
      await toggle.click();
      await compareDrawn(page);
      most = Math.max(most, await liveContexts(page));
      await toggle.click();
      most = Math.max(most, await liveContexts(page));
    }
    expect(most).toBe(2);
    expect(await liveContexts(page)).toBe(1);
    expect(await page.locator('atlas-app .year-compare').count()).toBe(0);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('moves its divider by touch', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?${URL_TAIL}&swipe=2020,2035`, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 900, height: 700 },
    });
    const { page } = atlas;
    await compareDrawn(page);
    const at = await dividerBox(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: at.y, id: 1 }],
      });
    await touch('touchStart', at.x);
    for (const x of [at.x + 60, at.x + 120, at.x + 180]) await touch('touchMove', x);
    await touch('touchEnd', at.x + 180);
    const width = page.viewportSize()!.width;
    expect((await swipe(page))!.at).toBeCloseTo((at.x + 180) / width, 2);
    await waitForIdle(page);
    await screenshot(page, 'compare-dragged-touch');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
