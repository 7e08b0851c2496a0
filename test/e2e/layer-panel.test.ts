/**
 * The layer panel for forty-odd layers: its filter, a group's switch, "only precisely located",
 * and its layouts on a desktop, on a phone (a sheet that leaves the map in view) and in kiosk mode.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas, renderedIds, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const PANEL = 'atlas-app layer-panel';

/** Layers listed and not folded away. */
const listed = (page: Page) =>
  page
    .locator(`${PANEL} label[data-layer]:visible`)
    .evaluateAll((labels) => labels.map((l) => l.getAttribute('data-layer')!));

const count = async (page: Page, layer: string) =>
  Number(await page.locator(`${PANEL} label[data-layer="${layer}"] .count`).textContent());

const state = (page: Page) =>
  page.evaluate(() => {
    const s = document.querySelector('atlas-app')!.store.state;
    return { layers: [...s.layers], preciseOnly: s.preciseOnly };
  });

describe('the layer panel', () => {
  const { browser, baseUrl } = useBrowser();
  const DISTRICT = 'view=105.9,29.29,9.2';

  it('filters layers by name in either language, and says when none matches', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&${DISTRICT}`);
    const { page } = atlas;
    const all = await page.locator(`${PANEL} label[data-layer]`).count();
    expect(all).toBeGreaterThanOrEqual(40);
    const filter = page.locator(`${PANEL} input.filter`);
    await filter.fill('铁路');
    const rail = await listed(page);
    expect(rail).toContain('rail-lines');
    expect(rail).not.toContain('health');
    expect(rail.length).toBeLessThan(5);
    await filter.fill('Health');
    expect(await listed(page)).toEqual(['health']);
    await filter.fill('没有这个图层');
    expect(await listed(page)).toEqual([]);
    expect(await page.locator(`${PANEL} .none`).textContent()).toContain('没有');
    await filter.fill('');
    // Without a query, groups with no layer on are folded: the list stays short.
    const folded = await listed(page);
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.length).toBeLessThan(all);
    await atlas.close();
  });

  it('switches a whole group on the map and off again, through the store', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?layers=district-boundary&${DISTRICT}`);
    const { page } = atlas;
    const transport = ['rail-lines', 'rail-stations', 'expressways', 'trunk-roads', 'waterway-port'];
    for (const id of transport) expect(await renderedIds(page, id), `${id} off`).toEqual([]);
    const groupSwitch = page.locator(`${PANEL} section[data-group="transport"] input.group-switch`);
    expect(await groupSwitch.isChecked()).toBe(false);
    await groupSwitch.click();
    await waitForIdle(page);
    const on = await state(page);
    for (const id of transport) {
      expect(on.layers, `${id} in the store`).toContain(id);
      expect((await renderedIds(page, id)).length, `${id} on the map`).toBeGreaterThan(0);
    }
    expect(on.layers).toContain('district-boundary');
    expect(new URL(page.url()).searchParams.get('layers')).toContain('expressways');
    expect(await groupSwitch.isChecked()).toBe(true);
    // One layer off: the switch is neither on nor off.
    await page.locator(`${PANEL} label[data-layer="expressways"] input`).click();
    expect(await groupSwitch.evaluate((i: HTMLInputElement) => i.indeterminate)).toBe(true);
    await waitForIdle(page);
    expect(await renderedIds(page, 'expressways')).toEqual([]);
    // From mixed, the switch turns the whole group on; then off.
    await groupSwitch.click();
    expect((await state(page)).layers).toContain('expressways');
    await groupSwitch.click();
    await waitForIdle(page);
    const off = await state(page);
    expect(off.layers).toEqual(['district-boundary']);
    for (const id of transport) expect(await renderedIds(page, id), `${id} off again`).toEqual([]);
    await screenshot(page, 'layer-panel-desktop');
    await atlas.close();
  });

  it('"only precisely located" hides a town-level feature and keeps a precise one', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?layers=district-boundary,health&${DISTRICT}`);
    const { page } = atlas;
    const town = 'health-laisu-health-centre';
    const precise = 'health-yuxi-regional-medical-centre';
    const before = await renderedIds(page, 'health');
    expect(before).toContain(town);
    expect(before).toContain(precise);
    const countBefore = await count(page, 'health');
    await page.locator(`${PANEL} label.precise input`).click();
    await waitForIdle(page);
    expect((await state(page)).preciseOnly).toBe(true);
    expect(new URL(page.url()).searchParams.get('precise')).toBe('1');
    const after = await renderedIds(page, 'health');
    expect(after).not.toContain(town);
    expect(after).toContain(precise);
    const townIds = await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .features.filter((f) => f.properties.geometry_accuracy === 'town')
        .map((f) => f.properties.id),
    );
    expect(after.filter((id) => townIds.includes(id))).toEqual([]);
    // The count says what is left on the map.
    const countAfter = await count(page, 'health');
    expect(countAfter).toBeLessThan(countBefore);
    expect(countAfter).toBeGreaterThan(0);
    // Opening a town-level feature shows it again.
    await page.evaluate((id) => document.querySelector('atlas-app')!.store.set({ selected: id }), town);
    await page.waitForFunction(() => !document.querySelector('atlas-app')!.store.state.preciseOnly);
    await atlas.close();
  });

  it('on a phone the top bar’s views are one scrolling row, each on one line', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh`, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const items = await atlas.page.evaluate(() => {
      const views = document.querySelector('atlas-app')!.shadowRoot!.querySelector('.top .views')!;
      // The year control lays out as its children: its menu and button are the row's items.
      const boxes = [...views.querySelectorAll('.views > :not(year-control), year-control > *')].map((el) => {
        const r = el.getBoundingClientRect();
        // The item's own words, not its menu's options.
        const text = [...el.childNodes]
          .map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent!.trim() : ''))
          .join('');
        return { text, top: Math.round(r.top), height: r.height };
      });
      return { boxes, scrolls: views.scrollWidth > views.clientWidth };
    });
    expect(items.boxes.map((b) => b.text)).toContain('规划年份');
    expect(items.scrolls).toBe(true);
    for (const b of items.boxes) {
      expect(b.top, b.text).toBe(items.boxes[0]?.top);
      // A label squeezed by the row wraps a character a line: 规/划/年/份 stood 82 px tall.
      expect(b.height, b.text).toBeLessThan(56);
    }
    await atlas.close();
  });

  it('on a phone the open layer list is a bottom sheet and the map stays in view', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh`, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = atlas;
    // Folded at start on a phone.
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.locator('atlas-app aside.side.left button').click();
    await page.locator(PANEL).waitFor();
    await waitForIdle(page);
    await screenshot(page, 'layer-panel-phone');
    const box = await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      const sheet = app.shadowRoot!.querySelector('aside.side.left')!.getBoundingClientRect();
      const top = app.shadowRoot!.querySelector('.top')!.getBoundingClientRect();
      return {
        sheetTop: sheet.top,
        sheetBottom: sheet.bottom,
        width: sheet.width,
        topBarBottom: top.bottom,
        padding: app.controller!.map.getPadding(),
      };
    });
    // The sheet sits at the bottom, at most about half the screen; the map between bar and sheet is free.
    expect(box.sheetBottom).toBeGreaterThanOrEqual(843);
    expect(box.sheetTop).toBeGreaterThan(844 * 0.5);
    expect(box.sheetTop - box.topBarBottom).toBeGreaterThan(844 * 0.3);
    expect(box.width).toBeGreaterThan(380);
    expect(box.padding.bottom).toBeGreaterThanOrEqual(844 - box.sheetTop);
    // A filter leaving one layer shrinks the sheet, and the map's padding follows it.
    await page.locator(`${PANEL} input.filter`).fill('铁路车站');
    await page.waitForFunction(
      (before) => (document.querySelector('atlas-app')!.controller!.map.getPadding().bottom ?? 0) < before,
      box.padding.bottom ?? 0,
    );
    const folded = await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      const sheet = app.shadowRoot!.querySelector('aside.side.left')!.getBoundingClientRect();
      return { top: sheet.top, padding: app.controller!.map.getPadding().bottom };
    });
    expect(folded.top).toBeGreaterThan(box.sheetTop);
    expect(folded.padding).toBeGreaterThanOrEqual(844 - folded.top);
    await screenshot(page, 'layer-panel-phone-filtered');
    await page.locator(`${PANEL} input.filter`).fill('');
    // The sheet's own list scrolls, and its toggles work.
    await page.locator(`${PANEL} section[data-group="transport"] input.group-switch`).tap();
    await waitForIdle(page);
    expect((await state(page)).layers).toContain('expressways');
    await atlas.close();
  });

  it('in kiosk mode the list has large touch targets and no filter box', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=600&reset=600`, { hasTouch: true });
    const { page } = atlas;
    await page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller));
    await page.locator('atlas-app aside.side.left button').tap();
    await page.locator(PANEL).waitFor();
    const height = async (sel: string) => (await page.locator(`${PANEL} ${sel}`).first().boundingBox())!;
    const sizes = {
      row: (await height('label[data-layer="rail-lines"]')).height,
      group: (await height('.group-name')).height,
      box: (await height('input.group-switch')).width,
      filter: await page.locator(`${PANEL} .filter`).count(),
    };
    expect(sizes.row).toBeGreaterThanOrEqual(56);
    expect(sizes.group).toBeGreaterThanOrEqual(56);
    expect(sizes.box).toBeGreaterThanOrEqual(28);
    expect(sizes.filter).toBe(0);
    await screenshot(page, 'layer-panel-kiosk');
    await atlas.close();
  });
});
