/**
 * The optional 3D "sand table" tour (`?kiosk&sandtable`, src/map/sand-table.ts): while the tour
 * plays the camera tilts and turns slowly and the main areas rise as blocks, the caption saying
 * the heights are only for the view; a visitor's touch lays them flat and levels the camera.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

interface TourProbe {
  tour: unknown;
  tourRunning: boolean;
  startTour(): void;
}

const camera = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('atlas-app')!.controller!.map;
    return {
      pitch: map.getPitch(),
      bearing: map.getBearing(),
      blocks: map
        .getStyle()
        .layers.filter((l) => l.type === 'fill-extrusion')
        .map((l) => l.id),
    };
  });

describe('the sand-table tour', () => {
  const { browser, baseUrl } = useBrowser();

  it('tilts, turns and raises the main areas while it plays; a touch lays them flat', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&sandtable&idle=600&reset=600&tourSpeed=2`, {
      hasTouch: true,
      viewport: { width: 1920, height: 1080 },
    });
    const { page } = atlas;
    await page.waitForFunction(
      () => Boolean((document.querySelector('kiosk-overlay')?.controller as TourProbe | undefined)?.tour),
      null,
      { timeout: 60_000 },
    );
    expect((await camera(page)).blocks).toEqual([]);
    await page.evaluate(() => (document.querySelector('kiosk-overlay')!.controller as TourProbe).startTour());

    await page.waitForFunction(
      () => document.querySelector('atlas-app')!.controller!.map.getPitch() > 40,
      null,
      {
        timeout: 60_000,
      },
    );
    const first = await camera(page);
    expect(first.blocks).toEqual([
      'sand-table-industrial-parks',
      'sand-table-expansion-zones',
      'sand-table-eco-tech-city',
    ]);
    await page.waitForTimeout(800);
    const later = await camera(page);
    expect(later.bearing).not.toBeCloseTo(first.bearing, 1);
    const note = await page.evaluate(
      () => document.querySelector('kiosk-overlay')!.shadowRoot!.querySelector('.caption .note')?.textContent,
    );
    expect(note).toContain('立体高度仅为示意');
    await screenshot(page, 'kiosk-sand-table');

    // A visitor's touch: the tour ends, the blocks go, the camera levels out, north up.
    await page.touchscreen.tap(960, 300);
    await page.waitForFunction(
      () => {
        const map = document.querySelector('atlas-app')!.controller!.map;
        return map.getPitch() < 0.5 && Math.abs(map.getBearing()) < 0.5 && !map.isMoving();
      },
      null,
      { timeout: 30_000 },
    );
    expect((await camera(page)).blocks).toEqual([]);
    expect(
      await page.evaluate(
        () => (document.querySelector('kiosk-overlay')!.controller as TourProbe).tourRunning,
      ),
    ).toBe(false);
    await atlas.close();
  });
});
