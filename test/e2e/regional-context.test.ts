import { describe, expect, it } from 'vitest';
import { openAtlas, renderedIds } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('the district in its region', () => {
  const { browser, baseUrl } = useBrowser();

  it('draws the neighbouring districts, where lines lead and the regional destinations by default', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?view=105.9,29.3,8.6`);
    const { page } = atlas;
    await screenshot(page, 'regional-context');
    const neighbours = await renderedIds(page, 'neighbours');
    expect(neighbours.length).toBe(7);
    const exits = await renderedIds(page, 'line-exits');
    // Labels that collide are left out by MapLibre; most still show at this zoom.
    expect(exits.length).toBeGreaterThan(8);
    const destinations = await renderedIds(page, 'destinations');
    expect(destinations).toContain('destination-luzhou-port');
    // Labels draw from the shipped glyphs: the rendered label text holds the arrow and the distance.
    const labels = await page.evaluate(() => {
      const map = document.querySelector('atlas-app')!.controller!.map;
      const ids = map
        .getStyle()
        .layers.filter((l) => l.id.startsWith('line-exits') || l.id.startsWith('destinations'))
        .map((l) => l.id);
      return map.queryRenderedFeatures({ layers: ids }).map((f) => String(f.properties.name_zh));
    });
    expect(labels.some((t) => t.startsWith('→ '))).toBe(true);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
