/**
 * The plan's years (`?year=2020|2025|2035`): the baseline ghosts what is still to come, the vision
 * shows everything, and a ghosted feature still says what it is and when it is due.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { infoPanelText, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const LAYERS = 'expansion-zones,urban-structure,rail-stations,eco-tech-city';
const PLANNED = 'expansion-eco-tech-city';
const EXISTING = 'centre-old-city';

/** Whether the map holds a feature in the ghosted (dimmed) look. */
const ghosted = (page: Page, id: string) =>
  page.evaluate(
    (fid) =>
      Boolean(
        document.querySelector('atlas-app')!.controller!.map.getFeatureState({ source: 'plan', id: fid })
          .dimmed,
      ),
    id,
  );

/** The map canvas, sampled small: enough to tell two renderings apart. */
const pixels = (page: Page) =>
  page.evaluate(() => {
    const src = document.querySelector('atlas-app')!.controller!.map.getCanvas();
    const c = document.createElement('canvas');
    c.width = 320;
    c.height = 200;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0, c.width, c.height);
    return [...ctx.getImageData(0, 0, c.width, c.height).data];
  });

const settle = async (page: Page) => {
  // Feature states are applied a frame after the state changes.
  await page.waitForTimeout(300);
  await waitForIdle(page);
};

describe('the plan years', () => {
  const { browser, baseUrl } = useBrowser();

  it('?year=2020 and ?year=2035 render different features; a ghosted one keeps its status', async () => {
    const view = 'view=105.93,29.36,11.2';
    const a2020 = await openAtlas(browser(), `${baseUrl}/?lang=zh&layers=${LAYERS}&${view}&year=2020`);
    const p2020 = a2020.page;
    await settle(p2020);
    expect(await p2020.evaluate(() => document.querySelector('atlas-app')!.store.state.year)).toBe(2020);
    expect(await ghosted(p2020, PLANNED)).toBe(true);
    expect(await ghosted(p2020, EXISTING)).toBe(false);
    const before = await pixels(p2020);
    await screenshot(p2020, 'year-2020');

    await p2020.evaluate((id) => document.querySelector('atlas-app')!.store.set({ selected: id }), PLANNED);
    await p2020.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    const info = await infoPanelText(p2020);
    expect(info).toContain('按2020年看，此项尚未建成，图上淡显：规划');
    expect(a2020.errors).toEqual([]);
    await a2020.close();

    const a2035 = await openAtlas(browser(), `${baseUrl}/?lang=zh&layers=${LAYERS}&${view}&year=2035`);
    const p2035 = a2035.page;
    await settle(p2035);
    expect(await ghosted(p2035, PLANNED)).toBe(false);
    expect(await ghosted(p2035, EXISTING)).toBe(false);
    const after = await pixels(p2035);
    await screenshot(p2035, 'year-2035');
    let differing = 0;
    for (let i = 0; i < before.length; i += 4)
      if (
        Math.abs(before[i] - after[i]) +
          Math.abs(before[i + 1] - after[i + 1]) +
          Math.abs(before[i + 2] - after[i + 2]) >
        30
      )
        differing++;
    // The planned zones and centres draw in 2035 and are faint in 2020.
    expect(differing).toBeGreaterThan(500);

    // The year control: choosing 2025 ghosts what is due later and writes the year into the link.
    const select = p2035.locator('atlas-app select.year');
    expect(await select.inputValue()).toBe('2035');
    await select.selectOption('2025');
    await p2035.waitForFunction(() => location.search.includes('year=2025'));
    await settle(p2035);
    expect(await ghosted(p2035, PLANNED)).toBe(false); // planned for 2025
    expect(await ghosted(p2035, 'centre-wanglong-lake')).toBe(true); // planned, no target year
    await screenshot(p2035, 'year-2025-control');
    await select.selectOption('');
    await p2035.waitForFunction(() => !location.search.includes('year='));
    expect(a2035.errors).toEqual([]);
    await a2035.close();

    // A year the plan does not have is refused with a warning; the kiosk has no year control.
    const bad = await openAtlas(browser(), `${baseUrl}/?lang=en&kiosk=1&year=2030`);
    expect(await bad.page.evaluate(() => document.querySelector('atlas-app')!.store.state.year)).toBe(null);
    expect(await bad.page.locator('atlas-app select.year').count()).toBe(0);
    await bad.close();
  });
});

describe('what follows the year', () => {
  const { browser, baseUrl } = useBrowser();

  /** Each layer's count and ghosted count as the layer panel shows them. */
  const legendCounts = (page: Page) =>
    page.locator('atlas-app layer-panel label[data-layer]').evaluateAll((labels) =>
      Object.fromEntries(
        labels.map((l) => [
          l.getAttribute('data-layer')!,
          {
            count: Number(l.querySelector('.count')!.textContent),
            ghosted: Number(l.querySelector('.ghosted')?.textContent?.replace('+', '') ?? 0),
          },
        ]),
      ),
    );

  /** The Targets view's rows: id, whether greyed as still to come, and their text. */
  const targetRows = (page: Page) =>
    page.locator('atlas-app targets-view tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute('data-id')!,
        future: r.classList.contains('future'),
        text: r.textContent!.replace(/\s+/g, ' '),
      })),
    );

  it('the legend, the targets and the indicators show the year the map shows', async () => {
    const open = (year: number, panel: string) =>
      openAtlas(browser(), `${baseUrl}/?lang=zh&layers=${LAYERS}&year=${year}&panel=${panel}`);
    const a2020 = await open(2020, 'targets');
    const p2020 = a2020.page;
    await p2020.locator('atlas-app targets-view tbody tr').first().waitFor();
    const legend2020 = await legendCounts(p2020);
    const rows2020 = await targetRows(p2020);
    // In 2020 the planned expansion zones stand nowhere yet: counted apart, as ghosted.
    expect(legend2020['expansion-zones'].count).toBe(0);
    expect(legend2020['expansion-zones'].ghosted).toBeGreaterThan(0);
    expect(await p2020.locator('atlas-app layer-panel li.ghost').first().textContent()).toContain(
      '淡显：2020年尚未建成',
    );
    const zone = rows2020.find((r) => r.id === PLANNED)!;
    expect(zone.future).toBe(true);
    expect(zone.text).toContain('2020年尚未建成');
    // The built-up area's 2020 figure from geodata (80 km²) beside its 2025 target.
    const builtUp = rows2020.find((r) => r.id === 'main-urban-built-up-area')!;
    expect(builtUp.text).toMatch(/2020年现状：80\s*平方公里/);
    expect(await p2020.locator('atlas-app targets-view .year-note').textContent()).toContain('按2020年看');
    await screenshot(p2020, 'year-2020-targets');
    await p2020
      .locator('atlas-app targets-view tr[data-id="main-urban-built-up-area"]')
      .scrollIntoViewIfNeeded();
    await screenshot(p2020, 'year-2020-targets-baseline');
    expect(a2020.errors).toEqual([]);
    await a2020.close();

    const a2035 = await open(2035, 'targets');
    const p2035 = a2035.page;
    await p2035.locator('atlas-app targets-view tbody tr').first().waitFor();
    const legend2035 = await legendCounts(p2035);
    const rows2035 = await targetRows(p2035);
    expect(legend2035['expansion-zones'].ghosted).toBe(0);
    expect(legend2035['expansion-zones'].count).toBe(
      legend2020['expansion-zones'].count + legend2020['expansion-zones'].ghosted,
    );
    expect(legend2035).not.toEqual(legend2020);
    expect(rows2035.map((r) => r.id).sort()).toEqual(rows2020.map((r) => r.id).sort());
    expect(rows2035.filter((r) => r.future)).toEqual([]);
    expect(await p2035.locator('atlas-app targets-view .year-note').textContent()).toContain(
      `按2035年看：${rows2035.length} 项均在该年之列`,
    );
    expect(rows2035.find((r) => r.id === 'main-urban-built-up-area')!.text).not.toContain('2020年现状');
    await screenshot(p2035, 'year-2035-targets');
    await a2035.close();

    // The indicators: 2020 highlights the 2020 column, 2035 the 2025 target, saying the plan has no 2035 figure.
    const highlighted = (page: Page) =>
      page
        .locator('atlas-app indicators-view table.table-2 thead th.year-col')
        .evaluateAll((th) => th.map((x) => x.textContent!.replace(/\s+/g, '')));
    const i2020 = await open(2020, 'indicators');
    await i2020.page.locator('atlas-app indicators-view table.table-2').waitFor();
    expect(await highlighted(i2020.page)).toEqual(['2020年预计值']);
    expect(await i2020.page.locator('atlas-app indicators-view table.table-2 td.year-col').count()).toBe(26);
    expect(await i2020.page.locator('atlas-app indicators-view .no-figure').count()).toBe(0);
    await i2020.close();
    const i2035 = await open(2035, 'indicators');
    const view = i2035.page.locator('atlas-app indicators-view');
    await view.locator('table.table-2').waitFor();
    const [th] = await highlighted(i2035.page);
    expect(th).toContain('十四五');
    expect(th).toContain('规划未给出2035年数值');
    expect(await view.locator('.year-note').first().textContent()).toContain('规划未给出2035年数值');
    await screenshot(i2035.page, 'year-2035-indicators');
    expect(i2035.errors).toEqual([]);
    await i2035.close();
  });
});
