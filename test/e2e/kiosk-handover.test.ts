/**
 * A new build takes over a running kiosk at its next idle reset, never during a visitor's session
 * (src/kiosk/offline.ts, src/kiosk/operations.ts): the hall's server starts serving build B while
 * the kiosk runs build A; B installs beside A and waits; a visitor's taps go on in A; the idle
 * reset reloads the kiosk onto B, whose staff line names it, with its offline cache complete.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDir } from '../support/static-server.ts';
import { ROOT, viteBuild } from '../support/vite-build.ts';
import { clickablePoint, openAtlas } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const BUILD_B = 'hand-over test build B';
const DIST_B = join(ROOT, 'test-results/dist-handover-b');

const statusLine = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('kiosk-overlay') as unknown as { status: string }).status ?? '',
  );

const buildOf = (status: string) => /^build (.+?) · /.exec(status)?.[1];

const cacheComplete = (page: Page) =>
  page.waitForFunction(
    () =>
      /cache complete (\d+)\/\1/.test(
        (document.querySelector('kiosk-overlay') as unknown as { status: string }).status,
      ),
    null,
    { timeout: 60_000 },
  );

describe('a new build in a running kiosk', () => {
  const { browser } = useBrowser();
  const distA = join(ROOT, inject('distDir'));

  beforeAll(() => {
    viteBuild('hand-over', ['--outDir', DIST_B, '--emptyOutDir'], { ATLAS_BUILD_ID: BUILD_B });
  }, 300_000);
  afterAll(() => rmSync(DIST_B, { recursive: true, force: true }));

  it('waits while a visitor is there and takes over at the idle reset, with a complete cache', async () => {
    let server = await serveDir(distA);
    const port = Number(new URL(server.url).port);
    const atlas = await openAtlas(browser(), `${server.url}/?kiosk&idle=600&reset=600&staff`, {
      hasTouch: true,
    });
    const { page } = atlas;
    try {
      await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, {
        timeout: 60_000,
      });
      await cacheComplete(page);
      const buildA = buildOf(await statusLine(page));
      expect(buildA).toBeDefined();
      expect(buildA).not.toBe(BUILD_B);

      // The hall deploys build B on the same address; the worker finds it at its next check.
      await server.close();
      server = await serveDir(DIST_B, port);
      await page.evaluate(() => {
        (window as unknown as { beforeHandOver: boolean }).beforeHandOver = true;
        return navigator.serviceWorker.getRegistration().then((r) => r?.update());
      });
      await page.waitForFunction(
        () => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)),
        null,
        { timeout: 60_000, polling: 500 },
      );

      // A visitor goes on using build A: nothing reloads under their finger.
      const at = await clickablePoint(page, 'expansion-western-joy-city');
      for (let i = 0; i < 3; i++) {
        await page.touchscreen.tap(at.x, at.y);
        await page.waitForTimeout(700);
      }
      expect(
        await page.evaluate(() => (window as unknown as { beforeHandOver?: boolean }).beforeHandOver),
      ).toBe(true);
      await page.waitForFunction(
        () =>
          (document.querySelector('kiosk-overlay') as unknown as { status: string }).status.includes(
            'new build waiting',
          ),
        null,
        { timeout: 30_000 },
      );
      expect(buildOf(await statusLine(page))).toBe(buildA);

      // The visitor's session ends (what the reset timer runs): build B takes over with a reload.
      await Promise.all([
        page.waitForEvent('load', { timeout: 60_000 }),
        page.evaluate(() => {
          const k = (
            document.querySelector('kiosk-overlay') as unknown as {
              controller: { goHome(): void; ops: { idleReset(): Promise<boolean> } };
            }
          ).controller;
          k.goHome();
          return k.ops.idleReset();
        }),
      ]);
      expect(
        await page.evaluate(() => (window as unknown as { beforeHandOver?: boolean }).beforeHandOver),
      ).toBeUndefined();
      await page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller), null, {
        timeout: 60_000,
      });
      await page.waitForFunction(
        (b) =>
          (document.querySelector('kiosk-overlay') as unknown as { status: string }).status.startsWith(
            `build ${b} · `,
          ),
        BUILD_B,
        { timeout: 30_000 },
      );
      await cacheComplete(page);
      expect(await statusLine(page)).not.toContain('new build waiting');
      await screenshot(page, 'kiosk-handover');
    } finally {
      await atlas.close();
      await server.close();
    }
  });
});
