/**
 * Kiosk mode (src/kiosk/) on a touch screen: a tap opens a panel, idle starts the tour, a
 * touch stops it, more idle goes home, and the way out of the app is closed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasColourCount, clickablePoint, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

interface KioskProbe {
  tourRunning: boolean;
  homes: number;
  lockdown: { blocked: number };
  tour: { stepsPlayed: number } | null;
}

function kiosk(page: Page) {
  return page.evaluate(() => {
    const k = document.querySelector('kiosk-overlay')?.controller as KioskProbe | undefined;
    const s = document.querySelector('atlas-app')!.store.state;
    return {
      running: k?.tourRunning ?? false,
      homes: k?.homes ?? 0,
      steps: k?.tour?.stepsPlayed ?? 0,
      blocked: k?.lockdown.blocked ?? 0,
      lang: s.lang,
      selected: s.selected,
      panel: s.panel,
      layers: [...s.layers].sort().join(','),
    };
  });
}

const waitForKiosk = (page: Page) =>
  page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller));

describe('kiosk', () => {
  const { browser, baseUrl } = useBrowser();

  it('a tap on the map opens the info panel; the kiosk controls are large', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=600&reset=600`, { hasTouch: true });
    const { page } = atlas;
    await waitForKiosk(page);
    await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      const f = app.features.find((x) => x.properties.id === 'fenghuanghu-industrial-park')!;
      app.controller!.flyToFeature(f.geometry, { animate: false });
    });
    await waitForIdle(page);
    const at = await clickablePoint(page, 'fenghuanghu-industrial-park');
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    expect((await kiosk(page)).selected).toBe('fenghuanghu-industrial-park');

    const sizes = await page.evaluate(() => {
      const overlay = document.querySelector('kiosk-overlay')!.shadowRoot!;
      const app = document.querySelector('atlas-app')!.shadowRoot!;
      const buttons = [
        ...overlay.querySelectorAll('button'),
        ...app.querySelectorAll<HTMLElement>('.top button'),
      ];
      const shown = buttons.filter((b) => b.getBoundingClientRect().width > 0);
      return {
        smallest: Math.min(...shown.map((b) => Math.min(b.offsetWidth, b.offsetHeight))),
        labels: shown.map((b) => b.textContent?.trim()),
        search: app.querySelector('search-box')?.getBoundingClientRect().width ?? 0,
      };
    });
    expect(sizes.smallest, `buttons: ${sizes.labels.join(' | ')}`).toBeGreaterThanOrEqual(48);
    expect(sizes.labels.some((l) => l?.includes('开始导览'))).toBe(true);
    expect(sizes.labels).toContain('English');
    expect(sizes.search, 'the keyboard search is hidden').toBe(0);
    await screenshot(page, 'kiosk-panel');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('idle starts the tour, a touch stops it, more idle resets to home', async () => {
    // The idle time is longer than the page takes to open on a loaded two-core machine (4–7 s), so that
    // the tour has not started before the first look.
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=9&reset=1.5&tourSpeed=3`, {
      hasTouch: true,
    });
    const { page } = atlas;
    await waitForKiosk(page);
    const home = await kiosk(page);
    expect(home.running).toBe(false);
    // Home is the district fitted to this screen (kiosk-view.ts), not a fixed zoom.
    await waitForIdle(page);
    const homeView = await page.evaluate(() => document.querySelector('atlas-app')!.controller!.view());

    // Idle: the tour starts and goes on to a step about a feature, with its caption.
    await page.waitForFunction(
      () => {
        const k = document.querySelector('kiosk-overlay')?.controller as { tour?: { stepsPlayed: number } };
        return (k?.tour?.stepsPlayed ?? 0) >= 3;
      },
      null,
      { timeout: 20_000 },
    );
    const touring = await kiosk(page);
    expect(touring.running).toBe(true);
    expect(touring.selected).not.toBeNull();
    const caption = await page.evaluate(
      () => document.querySelector('kiosk-overlay')!.shadowRoot!.querySelector('.caption')?.textContent,
    );
    expect(caption).toBeTruthy();
    await screenshot(page, 'kiosk-tour');

    // A touch stops it and leaves the visitor where the tour was.
    await page.touchscreen.tap(700, 300);
    const stopped = await kiosk(page);
    expect(stopped.running).toBe(false);
    const steps = stopped.steps;
    await page.evaluate(() => document.querySelector('atlas-app')!.store.set({ lang: 'en' }));
    await page.touchscreen.tap(700, 320);

    // More idle: home (default layers and language, nothing selected) before the tour comes back.
    await page.waitForFunction(
      (before) => {
        const k = document.querySelector('kiosk-overlay')!.controller as { homes: number };
        return k.homes > before;
      },
      stopped.homes,
      { timeout: 5000 },
    );
    const after = await kiosk(page);
    expect(after.running).toBe(false);
    expect(after.steps).toBe(steps);
    expect(after.lang).toBe(home.lang);
    expect(after.selected).toBeNull();
    expect(after.panel).toBeNull();
    expect(after.layers).toBe(home.layers);
    const view = await page.evaluate(() => document.querySelector('atlas-app')!.controller!.view());
    expect(view.zoom).toBeCloseTo(homeView.zoom, 1);
    await waitForIdle(page);
    await screenshot(page, 'kiosk-home');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('blocks links out, text selection, the context menu, page zoom and history moves', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=600&reset=600`, { hasTouch: true });
    const { page } = atlas;
    await waitForKiosk(page);
    const start = page.url();
    const r = await page.evaluate(() => {
      const fire = (type: string, target: EventTarget = document.body) => {
        const e = new Event(type, { bubbles: true, cancelable: true });
        target.dispatchEvent(e);
        return e.defaultPrevented;
      };
      const a = document.createElement('a');
      a.href = 'https://example.org/';
      a.textContent = 'out';
      document.body.append(a);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      a.dispatchEvent(click);
      a.remove();
      return {
        contextmenu: fire('contextmenu'),
        selectstart: fire('selectstart'),
        dragstart: fire('dragstart'),
        link: click.defaultPrevented,
        open: window.open('https://example.org/') === null,
        userSelect: getComputedStyle(document.body).userSelect,
        viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
      };
    });
    expect(r).toMatchObject({
      contextmenu: true,
      selectstart: true,
      dragstart: true,
      link: true,
      open: true,
      userSelect: 'none',
    });
    expect(r.viewport).toContain('user-scalable=no');
    // A real long-press's context menu and a real click on a link out.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.id = 'out';
      a.href = 'https://example.org/';
      a.textContent = 'a link out of the app';
      a.style.cssText = 'position:fixed;left:400px;top:400px;z-index:99;font-size:30px;background:#fff';
      document.body.append(a);
    });
    await page.click('#out');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(start);
    // Back and forward stay in the app.
    await page.evaluate(() => history.back());
    await page.waitForTimeout(300);
    await page.evaluate(() => history.back());
    await page.waitForTimeout(300);
    expect(new URL(page.url()).origin).toBe(new URL(start).origin);
    expect(await page.evaluate(() => Boolean(document.querySelector('atlas-app')?.controller))).toBe(true);
    expect((await kiosk(page)).blocked).toBeGreaterThanOrEqual(3);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('an unexpected error is logged and sends the kiosk home, with the map still there', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=600&reset=600`, { hasTouch: true });
    const { page } = atlas;
    await waitForKiosk(page);
    await page.evaluate(() => {
      document.querySelector('atlas-app')!.store.set({ selected: 'gangqiao-industrial-park', lang: 'en' });
      setTimeout(() => {
        throw new Error('unexpected failure for the kiosk test');
      });
    });
    await page.waitForFunction(
      () => (document.querySelector('kiosk-overlay')!.controller as { errors: number }).errors === 1,
    );
    const after = await kiosk(page);
    expect(after.selected).toBeNull();
    expect(after.lang).toBe('zh');
    await waitForIdle(page);
    expect(await canvasColourCount(page)).toBeGreaterThan(8);
    expect(atlas.errors.filter((e) => !e.includes('unexpected failure for the kiosk test'))).toEqual([]);
    await atlas.close();
  });
});
