import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { infoPanelText, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('search and the targets view', () => {
  const { browser, baseUrl } = useBrowser();

  it('finds a feature by Chinese name from the keyboard and opens its panel', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh`);
    const { page } = atlas;
    // Tab reaches the search box first.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const search = document.querySelector('atlas-app')!.shadowRoot!.activeElement;
      return search?.tagName.toLowerCase();
    });
    expect(focused).toBe('search-box');
    await page.keyboard.type('港桥现代物流');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    await waitForIdle(page);
    const text = await infoPanelText(page);
    expect(text).toContain('港桥现代物流中心');
    expect(text).toMatch(/148公顷/);
    expect(text).toContain('专栏4');
    await screenshot(page, 'search-gangqiao-logistics');
    await atlas.close();
  });

  it('finds by English name too', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en`);
    const { page } = atlas;
    await page.evaluate(() => {
      const box = document.querySelector('atlas-app')!.shadowRoot!.querySelector('search-box')!;
      box.shadowRoot!.querySelector('input')!.focus();
    });
    await page.keyboard.type('Yongchuan East');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    expect(await infoPanelText(page)).toContain('永川东站');
    await atlas.close();
  });

  it('lists area targets, sorts, flies to a row and exports CSV with a BOM', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=targets`);
    const { page } = atlas;
    const rows = () =>
      page.evaluate(() => {
        const view = document.querySelector('atlas-app')!.shadowRoot!.querySelector('targets-view')!;
        return [...view.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => ({
          id: tr.getAttribute('data-id')!,
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
        }));
      });
    const initial = await rows();
    expect(initial.length).toBeGreaterThanOrEqual(10);
    const ids = initial.map((r) => r.id);
    expect(ids).toContain('eco-tech-city');
    await screenshot(page, 'targets-view');

    // Every outline here is drawn to its figure: it says so, with no mapped area and no ratio.
    for (const r of initial) {
      expect(r.cells[3], r.id).toBe('按规划面积示意绘制');
      expect(r.cells.join(' '), r.id).not.toMatch(/\d\s*%/);
    }
    // Sort by target, descending: targets in km² come out in order.
    const clickSort = () =>
      page.evaluate(() => {
        const view = document.querySelector('atlas-app')!.shadowRoot!.querySelector('targets-view')!;
        view.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="target"]')!.click();
      });
    await clickSort();
    await clickSort();
    const targets = (await rows())
      .map((r) => r.cells[2])
      .filter((c) => c.includes('平方公里'))
      .map((c) => Number.parseFloat(c));
    expect(targets.length).toBeGreaterThan(3);
    expect(targets).toEqual([...targets].sort((a, b) => b - a));

    const download = page.waitForEvent('download');
    await page.evaluate(() => {
      const view = document.querySelector('atlas-app')!.shadowRoot!.querySelector('targets-view')!;
      view.shadowRoot!.querySelector<HTMLButtonElement>('button.export')!.click();
    });
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(initial.length + 1);
    expect(csv).toContain('城东科技生态城');

    // A row flies to its feature and opens its panel.
    await page.evaluate(() => {
      const view = document.querySelector('atlas-app')!.shadowRoot!.querySelector('targets-view')!;
      view.shadowRoot!.querySelector<HTMLElement>('tr[data-id="eco-tech-city"]')!.click();
    });
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    await waitForIdle(page);
    const center = await page.evaluate(() =>
      document.querySelector('atlas-app')!.controller!.map.getCenter().toArray(),
    );
    expect(center[0]).toBeGreaterThan(105.9);
    expect(await infoPanelText(page)).toContain('30平方公里');
    await atlas.close();
  });
});
