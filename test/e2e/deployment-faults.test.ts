/**
 * Deployment faults that used to fail silently: a view's file, the kiosk's file, the label glyphs
 * or MapLibre's worker missing from the server. Each gets one clear notice with a way to try
 * again, and everything else keeps working.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderedIds } from './atlas-page.ts';
import { shadowText, useBrowser } from './fixtures.ts';

async function open(browser: Browser, url: string, missing: RegExp) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    hasTouch: true,
  });
  let blocked = true;
  await context.route(missing, (route) =>
    blocked ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
  );
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
  return { context, page, pageErrors, unblock: () => (blocked = false) };
}

const notice = (page: Page) => shadowText(page, ['notice-banner']).then((t) => t ?? '');

describe('deployment faults', () => {
  const { browser, baseUrl } = useBrowser();

  it('a view whose file is missing says so, closes, and opens once the file is back', async () => {
    const { context, page, pageErrors, unblock } = await open(
      browser(),
      `${baseUrl}/?lang=en`,
      /\/assets\/park-finder-[\w-]+\.js$/,
    );
    await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
    await page.evaluate(() => document.querySelector('atlas-app')!.store.set({ panel: 'parks' }));
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('notice-banner [data-notice="view-parks"]') ??
          document
            .querySelector('atlas-app')!
            .shadowRoot!.querySelector('notice-banner')!
            .shadowRoot!.querySelector('[data-notice="view-parks"]'),
      ),
    );
    expect(await notice(page)).toContain('“Park finder” could not be loaded');
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.panel)).toBeNull();
    // The rest still works: the map draws its layers.
    expect((await renderedIds(page, 'expansion-zones')).length).toBe(4);
    unblock();
    await page.evaluate(() => {
      const banner = document.querySelector('atlas-app')!.shadowRoot!.querySelector('notice-banner')!
        .shadowRoot!;
      banner.querySelector<HTMLButtonElement>('[data-notice="view-parks"] button.action')!.click();
    });
    await page.waitForFunction(
      () =>
        Boolean(
          document
            .querySelector('atlas-app')!
            .shadowRoot!.querySelector('park-finder')
            ?.shadowRoot?.querySelector('h2'),
        ),
      null,
      { timeout: 10_000 },
    );
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a kiosk whose kiosk file is missing says so on screen instead of passing for the desktop atlas', async () => {
    const { context, page } = await open(
      browser(),
      `${baseUrl}/?kiosk&lang=en`,
      // The kiosk mode's chunk (kiosk-<hash>.js), not the first page's kiosk-settings-<hash>.js.
      /\/assets\/kiosk-[\w-]{8}\.js$/,
    );
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('notice-banner')!
          .shadowRoot!.querySelector('[data-notice="kiosk"]'),
      ),
    );
    expect(await notice(page)).toContain('Kiosk mode could not be loaded');
    // Still locked down from the first frame: no planner tools in the bar.
    expect(
      await page.evaluate(() =>
        Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('.tools-toggle')),
      ),
    ).toBe(false);
    await context.close();
  });

  it('missing label glyphs are named, and the map still draws', async () => {
    const { context, page } = await open(browser(), `${baseUrl}/?lang=en`, /\/fonts\/glyphs\/[\w-]+\.pbfs$/);
    await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('notice-banner')!
          .shadowRoot!.querySelector('[data-notice="glyphs"]'),
      ),
    );
    expect(await notice(page)).toContain('labels’ font could not be loaded');
    expect((await renderedIds(page, 'expansion-zones')).length).toBe(4);
    await context.close();
  });

  it('a missing MapLibre worker is named instead of leaving one flat colour', async () => {
    const { context, page } = await open(
      browser(),
      `${baseUrl}/?lang=en`,
      /\/assets\/maplibre-gl-worker-[\w-]+\.mjs$/,
    );
    await page.waitForFunction(
      () =>
        Boolean(
          document
            .querySelector('atlas-app')!
            .shadowRoot!.querySelector('notice-banner')!
            .shadowRoot!.querySelector('[data-notice="map"]'),
        ),
      null,
      { timeout: 30_000 },
    );
    expect(await notice(page)).toContain('The map could not start');
    // Named for what it is, as the worker fails (the workers start before the map), not after the 20 s timeout.
    expect(await notice(page)).toMatch(/worker/i);
    expect(await notice(page)).not.toContain('no map after');
    // The panels still work.
    await page.evaluate(() => document.querySelector('atlas-app')!.store.set({ panel: 'targets' }));
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('targets-view')
          ?.shadowRoot?.querySelector('h2'),
      ),
    );
    await context.close();
  });
});
