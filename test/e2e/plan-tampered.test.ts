/**
 * Plan files served changed: a feature the map cannot draw (a reserved property name, a value
 * nested 5,000 deep, a 1e20 integer) is taken off and named, and its layer keeps drawing the
 * rest; an expansion-zones file reusing an airport's id is blamed, and the airport stays.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderedIds } from './atlas-page.ts';
import { shadowText, useBrowser } from './fixtures.ts';

async function load(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
  await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
  await page.waitForFunction(() =>
    document
      .querySelector('atlas-app')!
      .shadowRoot!.querySelector('notice-banner')
      ?.shadowRoot?.querySelector('[data-notice="data"]'),
  );
  await page.evaluate(
    () => new Promise((r) => document.querySelector('atlas-app')!.controller!.map.once('idle', r)),
  );
  return { page, errors };
}

describe('tampered plan files', () => {
  const { browser, baseUrl } = useBrowser();

  it('takes off only the features the map cannot draw, and the layer keeps the rest', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await context.route(/\/assets\/logistics-nodes-[\w-]+\.geojson$/, async (route) => {
      const res = await route.fetch();
      const text = await res.text();
      const data = JSON.parse(text);
      const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
      data.features[0].properties.constructor = 'x';
      data.features[1].properties.population = 1e20;
      data.features[2].properties.tree = 'DEEP';
      await route.fulfill({ response: res, body: JSON.stringify(data).replace('"DEEP"', deep) });
    });
    const { page, errors } = await load(context, `${baseUrl}/?lang=en`);
    expect(errors).toEqual([]);
    const notice = (await shadowText(page, ['notice-banner']))!;
    expect(notice).toContain('property name "constructor" is reserved');
    expect(notice).toContain('beyond ±2^63');
    expect(notice).toContain('nested more than 32 levels deep');
    const logistics = await renderedIds(page, 'logistics-nodes');
    expect(logistics.sort()).toEqual([
      'chengxi-trade-logistics-centre',
      'sanjiao-building-materials-logistics-centre',
    ]);
    expect((await renderedIds(page, 'expansion-zones')).length).toBe(4);
    await context.close();
  });

  it('blames the changed file that reuses an id, and keeps the genuine feature', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await context.route(/\/assets\/expansion-zones-[\w-]+\.geojson$/, async (route) => {
      const res = await route.fetch();
      const data = await res.json();
      data.features[0].properties.id = 'airport-daan';
      await route.fulfill({ response: res, json: data });
    });
    const { page, errors } = await load(context, `${baseUrl}/?lang=en`);
    expect(errors).toEqual([]);
    const notice = (await shadowText(page, ['notice-banner']))!;
    expect(notice).toContain(
      'expansion-zones.geojson: features[0] (id "airport-daan") at features[0].properties.id: duplicate id "airport-daan" (first used by features[0] in airports.geojson)',
    );
    const kept = await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .features.filter((f) => f.properties.id === 'airport-daan')
        .map((f) => f.properties.layer),
    );
    expect(kept).toEqual(['airports']);
    expect((await renderedIds(page, 'expansion-zones')).length).toBe(3);
    await context.close();
  });
});
