import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/data/schema.ts';
import { openAtlas, renderedIds, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('layer panel', () => {
  const { browser, baseUrl } = useBrowser();

  it('toggles every layer, and each one really renders its features', async () => {
    // Start from the whole district with every layer off except the boundary.
    const atlas = await openAtlas(browser(), `${baseUrl}/?layers=district-boundary&view=105.9,29.29,9.2`);
    const { page } = atlas;
    const toggle = (id: string) =>
      page.evaluate((layer) => {
        const panel = document.querySelector('atlas-app')!.shadowRoot!.querySelector('layer-panel')!;
        const input = panel.shadowRoot!.querySelector<HTMLInputElement>(
          `label[data-layer="${layer}"] input`,
        )!;
        input.click();
        return input.checked;
      }, id);

    for (const id of LAYER_IDS.filter((l) => l !== 'district-boundary')) {
      expect(await renderedIds(page, id), `${id} off`).toEqual([]);
      expect(await toggle(id), `${id} checkbox`).toBe(true);
      await waitForIdle(page);
      const shown = await renderedIds(page, id);
      expect(shown.length, `${id} renders features`).toBeGreaterThan(0);
      const count = await page.evaluate((layer) => {
        const panel = document.querySelector('atlas-app')!.shadowRoot!.querySelector('layer-panel')!;
        return Number(panel.shadowRoot!.querySelector(`label[data-layer="${layer}"] .count`)!.textContent);
      }, id);
      expect(count, `${id} count`).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('layers')).toContain(id);
      expect(await toggle(id)).toBe(false);
      await waitForIdle(page);
      expect(await renderedIds(page, id), `${id} off again`).toEqual([]);
    }
    await screenshot(page, 'layers-after-toggling');
    await atlas.close();
  });
});
