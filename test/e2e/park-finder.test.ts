import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { infoPanelText, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

/** Runs `fn` on the park finder's shadow root. */
function inFinder<T, A>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(
    ([source, a]) => {
      const finder = document.querySelector('atlas-app')!.shadowRoot!.querySelector('park-finder');
      if (!finder?.shadowRoot) throw new Error('no park finder');
      // biome-ignore lint/security/noGlobalEval: the test passes its own function into the page
      return eval(source)(finder.shadowRoot, a);
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>;
}

const listedIds = (page: Page) =>
  inFinder(page, (root) => [...root.querySelectorAll('li.park')].map((li) => li.getAttribute('data-id')!));

const waitForFinder = (page: Page) =>
  page.waitForFunction(() => {
    const finder = document.querySelector('atlas-app')!.shadowRoot!.querySelector('park-finder');
    return (finder?.shadowRoot?.querySelectorAll('li.park').length ?? 0) > 0;
  });

/** Feature state `dimmed` of plan features, as the map holds it. */
const dimmedState = (page: Page, ids: string[]) =>
  page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((id) => [
          id,
          Boolean(
            document.querySelector('atlas-app')!.controller!.map.getFeatureState({ source: 'plan', id })
              .dimmed,
          ),
        ]),
      ),
    ids,
  );

describe('park finder', () => {
  const { browser, baseUrl } = useBrowser();

  it('filters by cluster: the list keeps the hosting parks and the map dims the others', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=parks`);
    const { page } = atlas;
    await waitForFinder(page);
    const all = await listedIds(page);
    expect(all).toHaveLength(14);
    expect(all.slice(0, 1)).toEqual(['fenghuanghu-industrial-park']);
    // The parks are on the map even though sub-parks are off by default.
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.layers)).toEqual(
      expect.arrayContaining(['industrial-parks', 'industry-subparks']),
    );
    const text = await inFinder(page, (root) => root.textContent!.replace(/\s+/g, ' '));
    expect(text).toContain('1,300亿元（规上工业产值）');
    expect(text).toContain('直线距离');
    expect(text).toContain('永川港区朱沱作业区');
    await screenshot(page, 'park-finder-all');

    // 汽摩及零部件: Fenghuanghu (auto eco-city), Sanjiao (motorcycle park).
    await inFinder(page, (root) =>
      root.querySelector<HTMLButtonElement>('button[data-industry="auto-moto"]')!.click(),
    );
    await page.waitForFunction(() => new URL(location.href).searchParams.get('industry') === 'auto-moto');
    const filtered = await listedIds(page);
    expect(filtered).toEqual([
      'fenghuanghu-industrial-park',
      'auto-industry-eco-city',
      'sanjiao-industrial-park',
      'new-energy-motorcycle-park',
    ]);
    expect(await inFinder(page, (root) => root.querySelector('#park-count')!.textContent)).toContain(
      '4 / 14',
    );
    await waitForIdle(page);
    expect(
      await dimmedState(page, [
        'fenghuanghu-industrial-park',
        'sanjiao-industrial-park',
        'gangqiao-industrial-park',
        'yongchuan-big-data-park',
        'smart-home-park',
      ]),
    ).toEqual({
      'fenghuanghu-industrial-park': false,
      'sanjiao-industrial-park': false,
      'gangqiao-industrial-park': true,
      'yongchuan-big-data-park': true,
      'smart-home-park': true,
    });
    // The dimmed parks draw almost transparent: the fill opacity the style computes for them.
    const opacity = await page.evaluate(() => {
      const map = document.querySelector('atlas-app')!.controller!.map;
      const paint = map.getPaintProperty('industrial-parks-fill', 'fill-opacity') as unknown[];
      return paint;
    });
    expect(JSON.stringify(opacity)).toContain('dimmed');
    await screenshot(page, 'park-finder-auto-moto');

    // The filter survives a reload.
    await page.reload();
    await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
    await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
    await waitForFinder(page);
    expect(await listedIds(page)).toEqual(filtered);
    expect((await dimmedState(page, ['gangqiao-industrial-park']))['gangqiao-industrial-park']).toBe(true);

    // Closing the finder undims the map.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('atlas-app')!.shadowRoot!.querySelector('park-finder'),
    );
    expect((await dimmedState(page, ['gangqiao-industrial-park']))['gangqiao-industrial-park']).toBe(false);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('restores a comparison from its link, side by side, and builds one from ticks', async () => {
    const link = `${baseUrl}/?lang=en&panel=parks&compare=gangqiao-industrial-park,sanjiao-industrial-park`;
    const atlas = await openAtlas(browser(), link);
    const { page } = atlas;
    await waitForFinder(page);
    const table = () =>
      inFinder(page, (root) => {
        const section = root.querySelector('section.compare');
        if (!section) return null;
        return {
          heads: [...section.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
          rows: [...section.querySelectorAll('tbody tr')].map((tr) =>
            tr.querySelector('th')!.textContent!.trim(),
          ),
          text: section.textContent!.replace(/\s+/g, ' '),
        };
      });
    const restored = await table();
    expect(restored?.heads).toEqual(['Gangqiao Industrial Park', 'Sanjiao Industrial Park']);
    expect(restored?.rows).toEqual([
      'Output target',
      'Area (mapped, indicative)',
      'Industries',
      'Nearest passenger rail station',
      'Nearest freight railway (port railway, siding, spur)',
      'Nearest expressway',
      'Yangtze port',
      'Nearest “1+4+N” logistics node',
      'General-aviation airport',
      'Nearest international airport',
      'City core',
    ]);
    expect(restored?.text).toContain('CNY 40 bn');
    // Every distance in the table says it is a straight line.
    const cells = await inFinder(page, (root) =>
      [...root.querySelectorAll('section.compare tbody tr:nth-child(n + 4) td .km')].map((el) =>
        el.textContent!.trim(),
      ),
    );
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(cell).toMatch(/^[\d.,]+ km straight line/);
    // The port park's nearest freight rail is its own port railway; the passenger station is a station.
    const rail = await inFinder(page, (root) => {
      const row = (label: string) =>
        [...root.querySelectorAll('section.compare tbody tr')]
          .find((tr) => tr.querySelector('th')!.textContent!.startsWith(label))!
          .querySelectorAll('td')[0]
          .textContent!.replace(/\s+/g, ' ');
      return {
        freight: row('Nearest freight railway'),
        station: row('Nearest passenger'),
        intl: row('Nearest international'),
      };
    });
    expect(rail.freight).toContain('0 km straight line (inside or touching)');
    expect(rail.freight).toContain('Port Railway');
    expect(rail.freight).toContain('(freight railway, Planned)');
    expect(rail.station).toContain('(passenger station)');
    expect(rail.intl).toContain('Chongqing Jiangbei International Airport (CKG)');
    // The compared parks stand out on the map (feature state `selected`), the others do not.
    const selectedState = () =>
      page.evaluate(() =>
        ['gangqiao-industrial-park', 'sanjiao-industrial-park', 'fenghuanghu-industrial-park'].map((id) =>
          Boolean(
            document.querySelector('atlas-app')!.controller!.map.getFeatureState({ source: 'plan', id })
              .selected,
          ),
        ),
      );
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .controller!.map.getFeatureState({ source: 'plan', id: 'gangqiao-industrial-park' }).selected,
      ),
    );
    expect(await selectedState()).toEqual([true, true, false]);

    // "Show on the map" fits both parks into the map area left of the finder.
    await inFinder(page, (root) => root.querySelector<HTMLButtonElement>('button.fit-compare')!.click());
    await page.waitForFunction(() => !document.querySelector('atlas-app')!.controller!.map.isMoving());
    await waitForIdle(page);
    const placed = await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      const map = app.controller!.map;
      const finderLeft = app.shadowRoot!.querySelector('park-finder')!.getBoundingClientRect().left;
      const centres = { gangqiao: [105.85, 29.03], sanjiao: [105.79, 29.47] } as const;
      return Object.entries(centres).map(([name, ll]) => {
        const p = map.project(ll as [number, number]);
        return { name, inView: p.x > 300 && p.x < finderLeft && p.y > 80 && p.y < innerHeight - 30 };
      });
    });
    expect(placed).toEqual([
      { name: 'gangqiao', inView: true },
      { name: 'sanjiao', inView: true },
    ]);
    await screenshot(page, 'park-finder-compare');

    // Tick a third park: the link now holds three.
    await inFinder(page, (root) =>
      root
        .querySelector<HTMLInputElement>('li[data-id="fenghuanghu-industrial-park"] input.compare-box')!
        .click(),
    );
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('compare')?.split(',').length === 3,
    );
    expect((await table())?.heads).toHaveLength(3);
    // A fourth is refused.
    expect(
      await inFinder(
        page,
        (root) =>
          root.querySelector<HTMLInputElement>('li[data-id="yongchuan-big-data-park"] input.compare-box')!
            .disabled,
      ),
    ).toBe(true);

    // Copy link copies the address that restores it.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await inFinder(page, (root) => root.querySelector<HTMLButtonElement>('button.copy-link')!.click());
    await page.waitForFunction(() =>
      document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector('park-finder')!
        .shadowRoot!.textContent!.includes('Link and comparison copied'),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [address, blank, ...csv] = copied.split('\r\n');
    expect(new URL(address).searchParams.get('compare')).toBe(
      'gangqiao-industrial-park,sanjiao-industrial-park,fenghuanghu-industrial-park',
    );
    // Then the comparison as CSV: a header with the three parks, straight-line km rows.
    expect(blank).toBe('');
    expect(csv[0]).toBe('Item,Gangqiao Industrial Park,Sanjiao Industrial Park,Fenghuanghu Industrial Park');
    expect(csv.filter((r) => r.includes('straight-line km from the park boundary'))).toHaveLength(8);
    expect(await selectedState()).toEqual([true, true, true]);

    // Clicking a park's name opens its panel over the finder; closing it comes back to the finder.
    await inFinder(page, (root) =>
      root.querySelector<HTMLButtonElement>('li[data-id="gangqiao-industrial-park"] button.name')!.click(),
    );
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    expect(await infoPanelText(page)).toContain('Gangqiao');
    await page.keyboard.press('Escape');
    await waitForFinder(page);
    expect((await table())?.heads).toHaveLength(3);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('warns about a compared id that is not a park', async () => {
    const atlas = await openAtlas(
      browser(),
      `${baseUrl}/?lang=en&panel=parks&compare=gangqiao-industrial-park,nowhere`,
    );
    const { page } = atlas;
    await waitForFinder(page);
    const text = await inFinder(page, (root) => root.textContent!);
    expect(text).toContain('“nowhere” in the link is not a park');
    expect(await inFinder(page, (root) => root.querySelector('section.compare'))).toBeNull();
    await atlas.close();
  });

  it('fits a phone: the comparison sits under the map and scrolls', async () => {
    const link = `${baseUrl}/?lang=zh&panel=parks&compare=fenghuanghu-industrial-park,yongchuan-big-data-park`;
    const atlas = await openAtlas(browser(), link, { viewport: { width: 390, height: 800 }, hasTouch: true });
    const { page } = atlas;
    await waitForFinder(page);
    const heads = await inFinder(page, (root) =>
      [...root.querySelectorAll('section.compare thead th')].map((th) => th.textContent!.trim()),
    );
    expect(heads).toEqual(['凤凰湖产业园', '重庆云谷·永川大数据产业园']);
    const box = await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector('park-finder')!
        .getBoundingClientRect()
        .toJSON(),
    );
    expect(box.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'park-finder-phone');
    await atlas.close();
  });
});
