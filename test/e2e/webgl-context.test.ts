/**
 * A lost WebGL context (a GPU reset on a kiosk that runs for weeks) ends with the map drawn
 * again, with the same single map and without a reload.
 */
import { describe, expect, it } from 'vitest';
import { canvasColourCount, openAtlas, renderedIds, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('WebGL context loss', () => {
  const { browser, baseUrl } = useBrowser();

  it('restores the context and renders the map again', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=600&reset=600`);
    const { page } = atlas;
    const before = await canvasColourCount(page);
    expect(before).toBeGreaterThan(8);
    expect((await renderedIds(page, 'expansion-zones')).length).toBeGreaterThan(0);

    const lost = await page.evaluate(async () => {
      const app = document.querySelector('atlas-app')!;
      const map = app.controller!.map;
      (window as unknown as { mapBefore: unknown }).mapBefore = map;
      const canvas = map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      const lostEvent = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
      ext.loseContext();
      await lostEvent;
      const wasLost = gl.isContextLost();
      const restored = new Promise((r) => canvas.addEventListener('webglcontextrestored', r, { once: true }));
      // A GPU reset takes a moment; the browser restores the context when asked.
      await new Promise((r) => setTimeout(r, 200));
      ext.restoreContext();
      await restored;
      return { wasLost, nowLost: gl.isContextLost() };
    });
    expect(lost).toEqual({ wasLost: true, nowLost: false });

    await page.waitForTimeout(300);
    await waitForIdle(page);
    const after = await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      return {
        sameMap: app.controller!.map === (window as unknown as { mapBefore: unknown }).mapBefore,
        canvases: document.querySelector('atlas-app')!.shadowRoot!.querySelectorAll('canvas').length,
      };
    });
    expect(after).toEqual({ sameMap: true, canvases: 1 });
    const colours = await canvasColourCount(page);
    expect(colours, `${colours} colours after restore, ${before} before`).toBeGreaterThan(8);
    expect((await renderedIds(page, 'expansion-zones')).length).toBeGreaterThan(0);
    await screenshot(page, 'webgl-context-restored');
    await atlas.close();
  });
});
