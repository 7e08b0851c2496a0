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

  it('takes selecting, toggling, dimming and taps while the context is lost, and shows them once restored', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=600&reset=600`);
    const { page, errors } = atlas;
    const [zone] = await renderedIds(page, 'expansion-zones');
    expect(zone).toBeTruthy();
    await page.evaluate(async () => {
      const canvas = document.querySelector('atlas-app')!.controller!.map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      // The extension is out of reach once the context is lost: keep it to restore with.
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { lose: unknown }).lose = ext;
      const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
      ext.loseContext();
      await lost;
    });
    // What a visitor does meanwhile: a tap on the map, then a selection, a layer switched off,
    // a filter's dimming and a hover, all through the store as the panels do it.
    const box = (await page.locator('atlas-app canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const layersBefore = await page.evaluate((id) => {
      const app = document.querySelector('atlas-app')!;
      const layers = app.store.state.layers;
      app.store.set({
        selected: id,
        dimmed: [id],
        hovered: id,
        layers: layers.filter((l) => l !== 'rail-lines'),
      });
      return layers;
    }, zone!);
    expect(layersBefore).toContain('rail-lines');
    await page.waitForTimeout(300);
    await page.evaluate(async () => {
      const canvas = document.querySelector('atlas-app')!.controller!.map.getCanvas();
      const restored = new Promise((r) => canvas.addEventListener('webglcontextrestored', r, { once: true }));
      (window as unknown as { lose: { restoreContext(): void } }).lose.restoreContext();
      await restored;
    });
    await page.waitForTimeout(300);
    await waitForIdle(page);
    // The restored map reloads its style first; the state follows once it has.
    await page.waitForFunction(
      (id) =>
        document.querySelector('atlas-app')!.controller!.map.getFeatureState({ source: 'plan', id })
          .selected === true,
      zone!,
      { timeout: 10_000 },
    );
    await waitForIdle(page);
    expect(errors).toEqual([]);
    const shown = await page.evaluate((id) => {
      const map = document.querySelector('atlas-app')!.controller!.map;
      const rail = map.getStyle().layers.filter((l) => l.id.startsWith('rail-lines'));
      return {
        state: map.getFeatureState({ source: 'plan', id }),
        railVisible: rail.some((l) => map.getLayoutProperty(l.id, 'visibility') !== 'none'),
      };
    }, zone!);
    expect(shown.state).toMatchObject({ selected: true, dimmed: true });
    expect(shown.railVisible).toBe(false);
    expect((await renderedIds(page, 'rail-lines')).length).toBe(0);
    expect(await canvasColourCount(page)).toBeGreaterThan(8);
    await screenshot(page, 'webgl-context-state-after-restore');
    await atlas.close();
  });
});
