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

    // The regional destinations lie 28–230 km beyond the boundary: they are looked for from further out.
    const far = new Set(['destinations']);
    const jump = async (zoom: number) => {
      await page.evaluate(
        (z) => document.querySelector('atlas-app')!.controller!.map.jumpTo({ zoom: z }),
        zoom,
      );
      await waitForIdle(page);
    };
    for (const id of LAYER_IDS.filter((l) => l !== 'district-boundary')) {
      if (far.has(id)) await jump(6.5);
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
      if (far.has(id)) await jump(9.2);
    }
    await screenshot(page, 'layers-after-toggling');
    await atlas.close();
  });

  it('opens the info panel of a feature of every layer, with its citation, and says when it stands only at a town', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?layers=district-boundary&lang=en`);
    const { page } = atlas;
    const picks = await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      const byLayer = new Map<string, { id: string; name: string; town: boolean }>();
      for (const f of app.features) {
        const p = f.properties;
        const town = p.geometry_accuracy === 'town';
        const seen = byLayer.get(p.layer);
        // One feature per layer, and a town-level one where the layer has any.
        if (!seen || (town && !seen.town)) byLayer.set(p.layer, { id: p.id, name: p.name_en, town });
      }
      return [...byLayer.entries()];
    });
    expect(picks.length).toBeGreaterThanOrEqual(40);
    const towns = picks.filter(([, f]) => f.town);
    expect(towns.length, 'layers with town-level features').toBeGreaterThanOrEqual(5);
    for (const [layer, f] of picks) {
      if (layer === 'district-boundary') continue;
      await page.evaluate((id) => document.querySelector('atlas-app')!.store.set({ selected: id }), f.id);
      await page.waitForFunction(
        (name) =>
          document
            .querySelector('atlas-app')!
            .shadowRoot!.querySelector('info-panel')
            ?.shadowRoot?.textContent?.includes(name) ?? false,
        f.name,
      );
      const text = await page.evaluate(
        () =>
          document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')!.shadowRoot!
            .textContent!,
      );
      expect(text, `${layer} ${f.id}: citation`).toMatch(/第[一二三四五六七八九十]+章/);
      if (f.town) expect(text, `${layer} ${f.id}: town level`).toContain('Placed at town level');
      const shown = await page.evaluate(() => document.querySelector('atlas-app')!.store.state.layers);
      expect(shown, `${layer} turned on for its feature`).toContain(layer);
    }
    await atlas.close();
  });
});
