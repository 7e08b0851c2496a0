/**
 * Offline after the first load: the service worker (dist/sw.js, written at build time by
 * scripts/pwa/vite-plugin-precache.ts) precaches every file, and with the network off a
 * reload still brings up the whole app and all its data.
 */
import { describe, expect, it } from 'vitest';
import { canvasColourCount, openAtlas, renderedIds, waitForAtlas } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('offline kiosk (service worker)', () => {
  const { browser, baseUrl } = useBrowser();

  it('serves the whole app with the network disabled', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=600&reset=600&staff`);
    const { page } = atlas;
    // The worker takes the page over once it has cached every file.
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 30_000 });
    const status = await page.evaluate(
      () =>
        new Promise<{ total: number; cached: number }>((resolve) => {
          navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data), { once: true });
          navigator.serviceWorker.controller!.postMessage({ type: 'status' });
        }),
    );
    expect(status.total).toBeGreaterThan(20);
    expect(status.cached).toBe(status.total);
    // The staff line says so too.
    await page.waitForFunction(
      () => /cache complete (\d+)\/\1/.test(document.querySelector('kiosk-overlay')!.status),
      null,
      { timeout: 15_000 },
    );

    const ids = await page.evaluate(() => document.querySelector('atlas-app')!.features.length);
    await page.context().setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.reload();
    await waitForAtlas(page);
    const offline = await page.evaluate(() => ({
      features: document.querySelector('atlas-app')!.features.length,
      controlled: Boolean(navigator.serviceWorker.controller),
    }));
    expect(offline).toEqual({ features: ids, controlled: true });
    expect(failed).toEqual([]);
    // navigator.onLine does not follow an emulated offline network in every Chromium; a request
    // for a file the worker does not hold shows that the network really is gone.
    const networkAnswers = await page.evaluate(() =>
      fetch(`/not-precached-${Date.now()}.txt`).then(
        () => true,
        () => false,
      ),
    );
    expect(networkAnswers).toBe(false);
    expect(await canvasColourCount(page)).toBeGreaterThan(8);
    expect((await renderedIds(page, 'expansion-zones')).length).toBeGreaterThan(0);
    // The kiosk itself (its lazily loaded code and the tour file) works offline too.
    await page.waitForFunction(
      () => (document.querySelector('kiosk-overlay')?.controller as { tour: unknown } | undefined)?.tour,
      null,
      { timeout: 15_000 },
    );
    await screenshot(page, 'offline-sw');
    await page.context().setOffline(false);
    await atlas.close();
  });
});
