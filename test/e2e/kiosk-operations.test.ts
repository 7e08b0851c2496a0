/**
 * The kiosk as a hall runs it (src/kiosk/operations.ts, src/watchdog/), on touch screens in
 * landscape and portrait: outside opening hours the screen is closed and a touch wakes it; the
 * hall page reloads an app that stops beating; taps are counted and only staff see or export
 * the figures.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickablePoint, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

interface OpsProbe {
  ops: { now: () => Date; check(): void; closed: boolean; watchdog: { simulateHang(): void } };
  statusLine(): string;
}

const waitForKiosk = (page: Page | Frame) =>
  page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller), null, {
    timeout: 60_000,
  });

/** Sets the kiosk's clock to a local time and lets it look at it; returns whether the screen is closed. */
function setClock(page: Page, iso: string): Promise<boolean> {
  return page.evaluate((t) => {
    const k = document.querySelector('kiosk-overlay')!.controller as OpsProbe;
    k.ops.now = () => new Date(t);
    k.ops.check();
    return k.ops.closed;
  }, iso);
}

const closedShown = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('kiosk-closed');
    return Boolean(el && !el.hidden && el.getBoundingClientRect().width > 0);
  });

describe('kiosk operations', () => {
  const { browser, baseUrl } = useBrowser();

  for (const viewport of SIZES) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`${size}: outside opening hours the screen is closed; a touch wakes it for a while`, async () => {
      const atlas = await openAtlas(
        browser(),
        `${baseUrl}/?kiosk&idle=600&reset=600&hours=09:00-17:00&closed=mon`,
        {
          hasTouch: true,
          viewport,
        },
      );
      const { page } = atlas;
      await waitForKiosk(page);
      // Tuesday 8 December 2026, 10:00 local: open.
      expect(await setClock(page, '2026-12-08T10:00:00')).toBe(false);
      expect(await closedShown(page)).toBe(false);
      // Monday 7 December, 12:00: a closed day.
      expect(await setClock(page, '2026-12-07T12:00:00')).toBe(true);
      await page.waitForFunction(() =>
        document.querySelector('kiosk-closed')?.shadowRoot?.textContent?.includes('Closed'),
      );
      expect(await closedShown(page)).toBe(true);
      const text = await page.evaluate(
        () => document.querySelector('kiosk-closed')!.shadowRoot!.textContent!,
      );
      expect(text).toContain('闭馆时间');
      expect(text).toContain('Opening hours 09:00–17:00');
      expect(text).toContain('周一闭馆');
      expect(text).toContain('Opens again Tuesday at 09:00');
      const dark = await page.evaluate(
        () => getComputedStyle(document.querySelector('kiosk-closed')!).backgroundColor,
      );
      expect(dark).toBe('rgb(0, 0, 0)');
      await screenshot(page, `kiosk-closed-${size}`);

      // A touch wakes it, and reaches nothing below.
      await page.touchscreen.tap(viewport.width / 2, viewport.height / 2);
      await page.waitForFunction(() => document.querySelector('kiosk-closed')!.hidden);
      expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.selected)).toBeNull();
      await waitForIdle(page);
      await screenshot(page, `kiosk-closed-woken-${size}`);
      // Two minutes on it is still awake; four minutes after the touch, with nobody there, it closes again.
      expect(await setClock(page, '2026-12-07T12:02:00')).toBe(false);
      expect(await setClock(page, '2026-12-07T12:04:00')).toBe(true);
      expect(atlas.errors).toEqual([]);
      await atlas.close();
    });

    it(`${size}: the hall page reloads an app whose heartbeat stops; the staff line counts it`, async () => {
      const context = await browser().newContext({ viewport, hasTouch: true, locale: 'zh-CN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${baseUrl}/kiosk.html?hang=8&staff&idle=600&reset=600`);
      const app = () => page.frames().find((f) => f !== page.mainFrame() && f.url().includes('?kiosk'))!;
      await page.waitForFunction(() =>
        document.querySelector('iframe')?.contentDocument?.querySelector('kiosk-overlay'),
      );
      await waitForKiosk(app());
      // The lockdown holds inside the frame: no context menu, no history move out.
      const locked = await app().evaluate(() => {
        const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
        document.body.dispatchEvent(e);
        return e.defaultPrevented;
      });
      expect(locked).toBe(true);
      await app().evaluate(() => Object.assign(window, { __before: true }));
      await app().evaluate(() =>
        (document.querySelector('kiosk-overlay')!.controller as OpsProbe).ops.watchdog.simulateHang(),
      );
      await page.waitForFunction(
        () => (window as unknown as { atlasWatchdog: { restarts: number } }).atlasWatchdog.restarts === 1,
        null,
        {
          timeout: 60_000,
        },
      );
      await page.waitForFunction(
        () => {
          const w = document.querySelector('iframe')!.contentWindow as
            | (Window & { __before?: boolean })
            | null;
          return w && !w.__before && w.document.querySelector('kiosk-overlay');
        },
        null,
        { timeout: 60_000 },
      );
      await waitForKiosk(app());
      await app().waitForFunction(
        () =>
          (document.querySelector('kiosk-overlay')!.controller as OpsProbe)
            .statusLine()
            .includes('restarts 1'),
        null,
        { timeout: 30_000 },
      );
      const line = await app().evaluate(() =>
        (document.querySelector('kiosk-overlay')!.controller as OpsProbe).statusLine(),
      );
      expect(line).toMatch(/hall up \d+ min · restarts 1 \(no heartbeat for \d+ s\)/);
      await app().evaluate(
        () =>
          new Promise<void>((r) => {
            const map = document.querySelector('atlas-app')!.controller!.map;
            if (map.loaded() && !map.isMoving()) r();
            else map.once('idle', () => r());
          }),
      );
      await screenshot(page, `kiosk-hall-reloaded-${size}`);
      expect(errors.filter((e) => !/kiosk\.html: reloading/.test(e))).toEqual([]);
      await context.close();
    });

    it(`${size}: taps are counted; staff see the figures and export them, visitors have no control`, async () => {
      const tapPark = async (page: Page) => {
        await page.evaluate(() => {
          const app = document.querySelector('atlas-app')!;
          const f = app.features.find((x) => x.properties.id === 'fenghuanghu-industrial-park')!;
          app.controller!.flyToFeature(f.geometry, { animate: false });
        });
        await waitForIdle(page);
        const at = await clickablePoint(page, 'fenghuanghu-industrial-park');
        await page.touchscreen.tap(at.x, at.y);
        await page.waitForFunction(() => document.querySelector('atlas-app')!.store.state.selected !== null);
      };

      const visitor = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=600&reset=600`, {
        hasTouch: true,
        viewport,
      });
      await waitForKiosk(visitor.page);
      await tapPark(visitor.page);
      // The corner long-press shows the staff line, but never the figures or an export.
      await visitor.page.evaluate(() =>
        document.querySelector('kiosk-overlay')!.dispatchEvent(new CustomEvent('kiosk-staff')),
      );
      await visitor.page.waitForFunction(() =>
        document.querySelector('kiosk-overlay')!.shadowRoot!.querySelector('.staff'),
      );
      const controls = await visitor.page.evaluate(() => ({
        usage: document.querySelector('kiosk-overlay')!.shadowRoot!.querySelector('kiosk-usage') !== null,
        labels: [...document.querySelector('kiosk-overlay')!.shadowRoot!.querySelectorAll('button')].map(
          (b) => b.textContent?.trim(),
        ),
      }));
      expect(controls.usage).toBe(false);
      expect(controls.labels.join(' ')).not.toMatch(/CSV|统计/);
      expect(visitor.errors).toEqual([]);
      await visitor.close();

      const staff = await openAtlas(browser(), `${baseUrl}/?kiosk&staff&idle=600&reset=600`, {
        hasTouch: true,
        viewport,
        acceptDownloads: true,
      });
      const { page } = staff;
      await waitForKiosk(page);
      await tapPark(page);
      await page.locator('kiosk-usage button.open').tap();
      const sheet = page.locator('kiosk-usage section.sheet');
      await sheet.waitFor();
      expect(await sheet.textContent()).toContain('fenghuanghu-industrial-park: 1');
      expect(await sheet.textContent()).toContain('industrial-parks: 1');
      await screenshot(page, `kiosk-usage-staff-${size}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('kiosk-usage button.export').tap(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv).toMatch(/^\uFEFFday,figure,key,value\r\n/);
      expect(csv).toMatch(/\d{4}-\d\d-\d\d,taps by feature,fenghuanghu-industrial-park,1\r\n/);
      expect(staff.errors).toEqual([]);
      await staff.close();
    });
  }
});
