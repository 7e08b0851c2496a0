/**
 * The page's Content-Security-Policy holds through the main flows, with no violation; feature text,
 * the plan's and a user's alike, is only ever text, never HTML or a link that runs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas, waitForIdle } from './atlas-page.ts';
import { useBrowser } from './fixtures.ts';

/** Every violation the page has reported, from an init script that records them. */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { csp: string[] }).csp);

const RECORD = () => {
  (window as unknown as { csp: string[] }).csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    (window as unknown as { csp: string[] }).csp.push(
      `${e.violatedDirective} ${e.blockedURI} ${(e.target as Element)?.tagName ?? ''}.${String((e.target as Element)?.className ?? '')} ${e.sample}`,
    ),
  );
};

const shadow = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const app = document.querySelector('atlas-app')!.shadowRoot!;
    const [host, inner] = sel.split(' >> ');
    const el = app.querySelector(host);
    return inner ? (el?.shadowRoot?.querySelector(inner) ?? null) !== null : el !== null;
  }, selector);

const HOSTILE = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        name: '<img src=x onerror="window.pwned=1">',
        link: 'javascript:window.pwned=2',
        note: '<script>window.pwned=3</script>',
      },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.9, 29.3],
            [105.91, 29.3],
            [105.91, 29.31],
            [105.9, 29.31],
            [105.9, 29.3],
          ],
        ],
      },
    },
  ],
});

describe('content security policy', () => {
  const { browser, baseUrl } = useBrowser();

  it('holds through loading, every view, search, drawing, an import and an export, and refuses inline script', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en`, { acceptDownloads: true });
    const { page } = atlas;
    await page.addInitScript(RECORD);
    await page.reload();
    await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
    await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
    await waitForIdle(page);
    const policy = await page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);

    // Every side view, and a feature's info panel.
    for (const panel of ['targets', 'parks', 'here', 'indicators', 'tools']) {
      await page.evaluate(
        (p) => document.querySelector('atlas-app')!.store.set({ panel: p, selected: null }),
        panel,
      );
      await page.waitForTimeout(400);
    }
    await page.evaluate(() =>
      document.querySelector('atlas-app')!.store.set({ selected: 'station-yongchuan-east' }),
    );
    await page.waitForTimeout(300);
    expect(await shadow(page, 'info-panel')).toBe(true);

    // Search.
    await page.evaluate(() =>
      document.querySelector('atlas-app')!.store.set({ selected: null, panel: null }),
    );
    await page.locator('atlas-app search-box input').fill('Yongchuan');
    await page.waitForTimeout(300);

    // The planner tools: an import of a hostile file, and an export.
    await page.evaluate(() => document.querySelector('atlas-app')!.store.set({ panel: 'tools' }));
    await page.locator('planner-tools button.tab-import').click();
    await page.locator('planner-tools import-section input[type=file]').setInputFiles({
      name: 'hostile.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(HOSTILE),
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('planner-tools')
          ?.shadowRoot?.querySelector('import-section')
          ?.shadowRoot?.querySelector('imported-layers')
          ?.shadowRoot?.textContent?.includes('<img src=x') ?? false,
      null,
      { timeout: 20_000 },
    );
    // The name shows as the characters it is, and nothing in it ran.
    const shown = await page.evaluate(() => {
      const section = document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector('planner-tools')!
        .shadowRoot!.querySelector('import-section')!.shadowRoot!;
      // The list of imported layers, with each file's name, is an element of its own.
      const list = section.querySelector('imported-layers')!.shadowRoot!;
      return {
        text: `${section.textContent ?? ''} ${list.textContent ?? ''}`,
        images: section.querySelectorAll('img').length + list.querySelectorAll('img').length,
        pwned: (window as unknown as { pwned?: number }).pwned ?? 0,
      };
    });
    expect(shown.text).toContain('<img src=x onerror="window.pwned=1">');
    expect(shown.images).toBe(0);
    expect(shown.pwned).toBe(0);
    // The imported layer is drawn: the map got its features through the app's own protocol, not a blob: URL.
    await waitForIdle(page);
    const drawn = await page.evaluate(
      () =>
        document
          .querySelector('atlas-app')!
          .controller!.map.queryRenderedFeatures({ layers: ['user-import-fill'] }).length,
    );
    expect(drawn).toBeGreaterThan(0);

    await page.locator('planner-tools button.tab-export').click();
    const download = page.waitForEvent('download');
    await page.locator('planner-tools export-section button.export-png').click();
    await download;

    // An inline script is refused, and the refusal is reported.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(ran).toBe(false);
    const seen = await violations(page);
    expect(seen.filter((v) => !v.startsWith('script-src-elem inline'))).toEqual([]);
    expect(seen.length).toBe(1);
    // The one refusal the test provoked, as the page and the browser report it.
    expect(
      atlas.errors.filter(
        (e) =>
          !e.includes('CSP violation: script-src-elem') && !e.includes('Executing inline script violates'),
      ),
    ).toEqual([]);
    await atlas.close();
  });

  it('holds in kiosk mode through the attract tour', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=1&reset=3600&tourSpeed=4`, {
      hasTouch: true,
    });
    const { page } = atlas;
    await page.addInitScript(RECORD);
    await page.reload();
    await page.waitForFunction(
      () =>
        ((document.querySelector('kiosk-overlay')?.controller as { tour?: { stepsPlayed: number } })?.tour
          ?.stepsPlayed ?? 0) >= 3,
      null,
      { timeout: 30_000 },
    );
    expect(await violations(page)).toEqual([]);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
