/**
 * The kiosk as an exhibit, on touch screens in landscape (1920×1080) and portrait (1080×1920):
 * the district fills the screen at home and the camera stays around it, labels and tap areas
 * are sized for two metres, the "Still there?" countdown comes before a session ends, the tour
 * shows only its caption card, and the map-approval line shows when configured.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas, waitForAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, shadowText, useBrowser } from './fixtures.ts';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];
const APPROVAL = 'GS(2024)1234号';

interface KioskProbe {
  tourRunning: boolean;
  countingDown: boolean;
  homes: number;
  tour: { stepsPlayed: number } | null;
}

const waitForKiosk = (page: Page) =>
  page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller));

function probe(page: Page) {
  return page.evaluate(() => {
    const k = document.querySelector('kiosk-overlay')!.controller as KioskProbe;
    const app = document.querySelector('atlas-app')!;
    const overlay = document.querySelector('kiosk-overlay')!.shadowRoot!;
    return {
      running: k.tourRunning,
      countingDown: k.countingDown,
      homes: k.homes,
      steps: k.tour?.stepsPlayed ?? 0,
      selected: app.store.state.selected,
      infoPanel: Boolean(app.shadowRoot!.querySelector('info-panel')),
      veil: overlay.querySelector('.veil')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      caption: overlay.querySelector('.caption h2')?.textContent ?? null,
    };
  });
}

/** The district's bounding box on screen (px), and the screen. */
function districtOnScreen(page: Page) {
  return page.evaluate(() => {
    const app = document.querySelector('atlas-app')!;
    const map = app.controller!.map;
    const f = app.features.find((x) => x.properties.layer === 'district-boundary')!;
    const xs: number[] = [];
    const ys: number[] = [];
    const visit = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') {
        const p = map.project(c as [number, number]);
        xs.push(p.x);
        ys.push(p.y);
      } else if (Array.isArray(c)) for (const x of c) visit(x);
    };
    visit((f.geometry as GeoJSON.Polygon).coordinates);
    const canvas = map.getCanvas();
    return {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    };
  });
}

describe('kiosk presentation', () => {
  const { browser, baseUrl } = useBrowser();

  for (const viewport of SIZES) {
    const size = `${viewport.width}×${viewport.height}`;
    it(`at home the district fills the screen, the camera stays around it, and labels and taps are large (${size})`, async () => {
      const atlas = await openAtlas(
        browser(),
        `${baseUrl}/?kiosk&idle=600&reset=600&approval=${encodeURIComponent(APPROVAL)}`,
        { hasTouch: true, viewport },
      );
      const { page } = atlas;
      await waitForKiosk(page);
      await page.waitForFunction(() => {
        const k = (
          document.querySelector('atlas-app')!.controller as unknown as { kiosk: { homeZoom: number | null } }
        ).kiosk;
        return k.homeZoom !== null;
      });
      await waitForIdle(page);
      const d = await districtOnScreen(page);
      const [w, h] = [d.right - d.left, d.bottom - d.top];
      // The district's extent against the screen: the limiting dimension is 80 % filled or more.
      const fill = Math.max(w / d.width, h / d.height);
      expect(fill, JSON.stringify(d)).toBeGreaterThanOrEqual(0.8);
      expect(d.left).toBeGreaterThanOrEqual(0);
      expect(d.top).toBeGreaterThanOrEqual(0);
      expect(d.right).toBeLessThanOrEqual(d.width);
      expect(d.bottom).toBeLessThanOrEqual(d.height);
      await screenshot(page, `kiosk-presentation-home-${viewport.width}x${viewport.height}`);

      // Turned the other way, the idle kiosk fits the district again.
      await page.setViewportSize({ width: viewport.height, height: viewport.width });
      await page.waitForFunction(
        (w) => document.querySelector('atlas-app')!.controller!.map.getCanvas().clientWidth === w,
        viewport.height,
      );
      await page.waitForTimeout(300);
      await waitForIdle(page);
      const turned = await districtOnScreen(page);
      const turnedFill = Math.max(
        (turned.right - turned.left) / turned.width,
        (turned.bottom - turned.top) / turned.height,
      );
      expect(turnedFill, JSON.stringify(turned)).toBeGreaterThanOrEqual(0.8);
      expect(turned.left).toBeGreaterThanOrEqual(0);
      expect(turned.right).toBeLessThanOrEqual(turned.width);
      expect(turned.top).toBeGreaterThanOrEqual(0);
      expect(turned.bottom).toBeLessThanOrEqual(turned.height);
      await page.setViewportSize(viewport);
      await page.waitForFunction(
        (w) => document.querySelector('atlas-app')!.controller!.map.getCanvas().clientWidth === w,
        viewport.width,
      );
      await page.waitForTimeout(300);
      await waitForIdle(page);

      // Labels: 11 px on a desk, 18 px or more here; the approval line is with the attribution.
      const look = await page.evaluate(() => {
        const app = document.querySelector('atlas-app')!;
        const k = (app.controller as unknown as { kiosk: { scale: number; pointPad: number } }).kiosk;
        return {
          scale: k.scale,
          pointPad: k.pointPad,
          attribution: app.shadowRoot!.querySelector('.attribution')?.textContent?.replace(/\s+/g, ' ') ?? '',
        };
      });
      expect(11 * look.scale).toBeGreaterThanOrEqual(18);
      expect(look.attribution).toContain(`审图号：${APPROVAL}`);

      // Limits: a far jump and a far zoom-out are held near the district.
      const held = await page.evaluate(() => {
        const map = document.querySelector('atlas-app')!.controller!.map;
        const home = map.getZoom();
        map.jumpTo({ center: [100, 20], zoom: 3 });
        const c = map.getCenter();
        return { lng: c.lng, lat: c.lat, zoom: map.getZoom(), home };
      });
      expect(held.lng).toBeGreaterThan(104.5);
      expect(held.lng).toBeLessThan(107);
      expect(held.lat).toBeGreaterThan(28.5);
      expect(held.lat).toBeLessThan(30);
      expect(held.zoom).toBeGreaterThanOrEqual(held.home - 0.51);

      // Back home; there a point feature answers a tap 20 px from its centre (a 48 px tap area).
      await page.evaluate(() => {
        const c = document.querySelector('atlas-app')!.controller!;
        c.goHome(c.view());
      });
      await waitForIdle(page);
      const target = await page.evaluate(() => {
        const map = document.querySelector('atlas-app')!.controller!.map;
        const circles = map
          .getStyle()
          .layers.filter((l) => l.type === 'circle')
          .map((l) => l.id);
        const shown = map.queryRenderedFeatures({ layers: circles.filter((id) => map.getLayer(id)) });
        const points = shown
          .filter((f) => f.source === 'plan' && f.geometry.type === 'Point')
          .map((f) => ({
            id: String(f.properties.id),
            p: map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]),
          }));
        const r = map.getCanvas().getBoundingClientRect();
        // One point with nothing else within 60 px, in the middle of the screen.
        const alone = points.find(
          (a) =>
            a.p.x > 200 &&
            a.p.x < r.width - 200 &&
            a.p.y > 200 &&
            a.p.y < r.height - 300 &&
            points.every((b) => b.id === a.id || Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) > 60),
        );
        return alone ? { id: alone.id, x: r.left + alone.p.x + 20, y: r.top + alone.p.y } : null;
      });
      expect(target, 'a point feature on its own').not.toBeNull();
      await waitForIdle(page);
      await page.touchscreen.tap(target!.x, target!.y);
      await page.waitForFunction(
        (id) => document.querySelector('atlas-app')!.store.state.selected === id,
        target!.id,
      );
      expect(atlas.errors).toEqual([]);
      await atlas.close();
    });
  }

  it('idle: a countdown, a tap keeps the session, no tap resets home and starts the tour (1920×1080)', async () => {
    // The session ends 12 s after the last touch; the countdown shows for its last 6 s.
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=12&reset=600&tourSpeed=3`, {
      hasTouch: true,
      viewport: SIZES[0],
    });
    const { page } = atlas;
    await waitForKiosk(page);
    // A visitor: a tap on the map.
    await page.touchscreen.tap(300, 600);
    const start = await probe(page);
    expect(start.countingDown).toBe(false);

    await page.waitForFunction(
      () => (document.querySelector('kiosk-overlay')!.controller as KioskProbe).countingDown,
      null,
      { timeout: 15_000 },
    );
    const asking = await probe(page);
    expect(asking.veil).toMatch(/还在看吗？\d+ 秒后回到首页/);
    expect(asking.veil).toContain('继续浏览');
    expect(asking.running).toBe(false);
    await screenshot(page, 'kiosk-presentation-countdown-1920x1080');

    // A tap anywhere keeps the session: no reset, nothing selected by that tap.
    await page.touchscreen.tap(1500, 300);
    const kept = await probe(page);
    expect(kept.countingDown).toBe(false);
    expect(kept.homes).toBe(asking.homes);
    expect(kept.selected).toBe(asking.selected);

    // In English the countdown speaks English.
    await page.evaluate(() => document.querySelector('atlas-app')!.store.set({ lang: 'en' }));
    await page.waitForFunction(
      () => (document.querySelector('kiosk-overlay')!.controller as KioskProbe).countingDown,
      null,
      { timeout: 15_000 },
    );
    expect((await probe(page)).veil).toMatch(/Still there\? Back to the start in \d+ s.*Stay/);

    // No tap: home, and the attract tour.
    await page.waitForFunction(
      (before) => (document.querySelector('kiosk-overlay')!.controller as KioskProbe).homes > before,
      kept.homes,
      { timeout: 15_000 },
    );
    const reset = await probe(page);
    expect(reset.countingDown).toBe(false);
    expect(reset.running).toBe(true);
    const lang = await page.evaluate(() => document.querySelector('atlas-app')!.store.state.lang);
    expect(lang).toBe('zh');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('during the tour only the caption card shows: its feature is drawn, no info panel opens, no countdown (1080×1920)', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=1&reset=600&tourSpeed=3`, {
      hasTouch: true,
      viewport: SIZES[1],
    });
    const { page } = atlas;
    await waitForKiosk(page);
    const seen: {
      selected: string | null;
      infoPanel: boolean;
      countingDown: boolean;
      caption: string | null;
    }[] = [];
    // Four steps, the ones about features included, sampled as they play.
    for (let i = 0; i < 40; i++) {
      const p = await probe(page);
      seen.push(p);
      if (p.steps >= 4) break;
      await page.waitForTimeout(400);
    }
    const withFeature = seen.filter((p) => p.selected !== null);
    expect(withFeature.length, 'steps about a feature were sampled').toBeGreaterThan(0);
    expect(seen.filter((p) => p.infoPanel)).toEqual([]);
    expect(seen.filter((p) => p.countingDown)).toEqual([]);
    expect(withFeature.every((p) => p.caption !== null)).toBe(true);
    // The step's feature is drawn selected (feature state), with no panel beside it.
    await page.waitForFunction(
      () => {
        const app = document.querySelector('atlas-app')!;
        const id = app.store.state.selected;
        return (
          id !== null &&
          app.controller!.map.getFeatureState({ source: 'plan', id }).selected === true &&
          !app.shadowRoot!.querySelector('info-panel')
        );
      },
      null,
      { timeout: 20_000 },
    );
    await waitForIdle(page);
    await screenshot(page, 'kiosk-presentation-tour-1080x1920');
    // A touch ends the tour; the tour's feature does not then open its panel.
    await page.touchscreen.tap(540, 400);
    await page.waitForTimeout(500);
    const after = await probe(page);
    expect(after.running).toBe(false);
    expect(after.caption).toBeNull();
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('the approval line shows in ordinary mode too, in the page language; a malformed one is refused with a notice', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&approval=${encodeURIComponent(APPROVAL)}`);
    const { page } = atlas;
    const attribution = () =>
      page.evaluate(
        () =>
          document
            .querySelector('atlas-app')!
            .shadowRoot!.querySelector('.attribution')
            ?.textContent?.replace(/\s+/g, ' ') ?? '',
      );
    expect(await attribution()).toContain(`Map approval no. ${APPROVAL}`);
    // The link keeps it while the atlas rewrites its URL.
    expect(decodeURIComponent(page.url())).toContain(`approval=${APPROVAL}`);
    expect(atlas.errors).toEqual([]);
    await page.goto(`${baseUrl}/?lang=en&approval=${encodeURIComponent('<b>GS</b>')}`);
    await waitForAtlas(page);
    expect(await attribution()).not.toContain('approval no.');
    const notice = await shadowText(page, ['notice-banner']);
    expect(notice).toContain('approval');
    await atlas.close();
  });
});
