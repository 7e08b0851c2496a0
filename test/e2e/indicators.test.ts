/**
 * The indicators view (`panel=indicators`): the plan's 表2 and 表1 with their charts and the
 * plan's own contradictions, map links, and a planner's progress file with good and bad rows.
 */
import { describe, expect, it } from 'vitest';
import { openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('the indicators view', () => {
  const { browser, baseUrl } = useBrowser();

  it('lists the 26 indicators of 表2 in four groups, with charts, the contradiction and a map link', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=indicators`);
    const { page } = atlas;
    const view = page.locator('atlas-app indicators-view');
    await view.locator('table.table-2 tr.indicator').first().waitFor();
    expect(await view.locator('table.table-2 tr.indicator').count()).toBe(26);
    expect(await view.locator('table.table-2 tr.group').allTextContents()).toEqual([
      '综合发展质效',
      '打造高质量发展先行区',
      '打造高品质生活示范区',
      '安全发展',
    ]);
    const energy = view.locator('tr.indicator[data-id="energy-intensity-reduction"]');
    expect(await energy.textContent()).toContain('【19.1】');
    expect(await energy.textContent()).toContain('约束性');
    const note = await view.locator('tr.discrepancy[data-no="12"]').textContent();
    expect(note).toContain('【21.16】');
    expect(note).toContain('table1-r17');
    // A year's figure against a five-year average is not charted; a like-for-like pair is.
    expect(await view.locator('tr.indicator[data-id="gdp-growth"] svg.chart').count()).toBe(0);
    expect(await view.locator('tr.indicator[data-id="gdp-growth"] .not-comparable').count()).toBe(1);
    expect(await view.locator('tr.indicator[data-id="urbanisation-rate"] svg.chart rect.bar').count()).toBe(
      2,
    );
    expect(await view.locator('tr.text-figure').count()).toBeGreaterThanOrEqual(2);
    expect(await view.locator('tr.text-figure[data-key="built_up_area"]').textContent()).toMatch(
      /80平方公里[\s\S]*100平方公里/,
    );
    expect(atlas.errors).toEqual([]);
    await screenshot(page, 'indicators-table2-zh');

    // 表1: target against achieved.
    await view.locator('button[data-tab="table-1"]').click();
    await view.locator('table.table-1').waitFor();
    expect(await view.locator('table.table-1 tr.indicator[data-no="17"]').textContent()).toContain(
      '【21.16】',
    );

    // Show on map: urbanisation selects the built-up area and shows its layer.
    await view.locator('button[data-tab="table-2"]').click();
    await view.locator('tr.indicator[data-id="urbanisation-rate"] button.map').click();
    await page.waitForFunction(
      () => document.querySelector('atlas-app')!.store.state.selected === 'main-urban-built-up-area',
    );
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.layers)).toContain(
      'urban-structure',
    );
    await waitForIdle(page);
    await atlas.close();
  });

  it('reads in English and on the kiosk', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&kiosk=1&panel=indicators`);
    const { page } = atlas;
    const view = page.locator('atlas-app indicators-view');
    await view.locator('table.table-2 tr.indicator').first().waitFor();
    expect(await view.locator('table.table-2 tr.indicator').count()).toBe(26);
    expect(await view.locator('tr.indicator[data-id="forest-cover"]').textContent()).toContain('binding');
    expect(await view.locator('input[type=file]').count()).toBe(0);
    await screenshot(page, 'indicators-kiosk-en');
    await atlas.close();
  });
});
