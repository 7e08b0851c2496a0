/**
 * "What is here": a click where several areas overlap lists them to pick from, `?at=` lists every
 * plan feature at a point in every layer, hidden ones marked with a switch to show them.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas, project, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const layer = (id: string) =>
  JSON.parse(readFileSync(`geodata/${id}.geojson`, 'utf8')) as GeoJSON.FeatureCollection;
const feature = (file: string, id: string) => layer(file).features.find((f) => f.properties?.id === id)!;

/** A point inside every one of these polygons, found on a grid over the first one. */
function pointInside(...polygons: GeoJSON.Feature[]): [number, number] {
  const ring = (polygons[0].geometry as GeoJSON.Polygon).coordinates[0];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  for (let i = 1; i < 20; i++)
    for (let j = 1; j < 20; j++) {
      const p: [number, number] = [
        Math.min(...xs) + ((Math.max(...xs) - Math.min(...xs)) * i) / 20,
        Math.min(...ys) + ((Math.max(...ys) - Math.min(...ys)) * j) / 20,
      ];
      if (polygons.every((g) => booleanPointInPolygon(p, g.geometry as GeoJSON.Polygon))) return p;
    }
  throw new Error('no common point');
}

const listed = (page: Page) =>
  page.evaluate(() => {
    const view = document.querySelector('atlas-app')!.shadowRoot!.querySelector('here-view');
    return [...(view?.shadowRoot?.querySelectorAll('li[data-id]') ?? [])].map((li) => ({
      id: li.getAttribute('data-id'),
      hidden: li.classList.contains('hidden-layer'),
    }));
  });

describe('what is here', () => {
  const { browser, baseUrl } = useBrowser();
  const sinoGerman = feature('industrial-parks', 'sino-german-industrial-park');
  const fenghuanghu = feature('industrial-parks', 'fenghuanghu-industrial-park');
  const builtUp = feature('urban-structure', 'main-urban-built-up-area');

  it('?at= lists every plan feature at the point, hidden layers included and marked, with a switch to show them', async () => {
    const at = pointInside(sinoGerman, fenghuanghu, builtUp);
    const atlas = await openAtlas(
      browser(),
      `${baseUrl}/?lang=en&panel=here&at=${at.join(',')}&view=${at.join(',')},12`,
    );
    const { page } = atlas;
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('here-view')
          ?.shadowRoot?.querySelector('li[data-id]'),
      ),
    );
    const items = await listed(page);
    const ids = items.map((i) => i.id);
    expect(ids).toContain('sino-german-industrial-park');
    expect(ids).toContain('fenghuanghu-industrial-park');
    expect(ids).toContain('main-urban-built-up-area');
    // The smaller park comes before the larger one that holds it.
    expect(ids.indexOf('sino-german-industrial-park')).toBeLessThan(
      ids.indexOf('fenghuanghu-industrial-park'),
    );
    expect(items.find((i) => i.id === 'fenghuanghu-industrial-park')?.hidden).toBe(false);
    expect(items.find((i) => i.id === 'main-urban-built-up-area')?.hidden).toBe(true);
    // The switch shows the hidden layer.
    await page.evaluate(() => {
      const view = document.querySelector('atlas-app')!.shadowRoot!.querySelector('here-view')!;
      view
        .shadowRoot!.querySelector<HTMLButtonElement>('li[data-id="main-urban-built-up-area"] .show-layer')!
        .click();
    });
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.layers)).toContain(
      'urban-structure',
    );
    // The commitments each feature carries are listed with it.
    const text = await page.evaluate(
      () =>
        document.querySelector('atlas-app')!.shadowRoot!.querySelector('here-view')!.shadowRoot!
          .textContent ?? '',
    );
    expect(text).toContain('Commitments it carries');
    expect(new URL(page.url()).searchParams.get('at')).toBe(at.map((v) => Number(v.toFixed(5))).join(','));
    await waitForIdle(page);
    await screenshot(page, 'what-is-here');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('a click where two parks overlap lists both to pick from; picking one opens it', async () => {
    const at = pointInside(sinoGerman, fenghuanghu);
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&view=${at.join(',')},13`);
    const { page } = atlas;
    await waitForIdle(page);
    const p = await project(page, at);
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('atlas-app')!.store.state.panel === 'here');
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('here-view')
          ?.shadowRoot?.querySelector('li[data-id]'),
      ),
    );
    const ids = (await listed(page)).map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(['sino-german-industrial-park', 'fenghuanghu-industrial-park']),
    );
    await page.evaluate(() => {
      const view = document.querySelector('atlas-app')!.shadowRoot!.querySelector('here-view')!;
      view
        .shadowRoot!.querySelector<HTMLButtonElement>(
          'li[data-id="sino-german-industrial-park"] button.name',
        )!
        .click();
    });
    await page.waitForFunction(
      () => document.querySelector('atlas-app')!.store.state.selected === 'sino-german-industrial-park',
    );
    expect(
      await page.evaluate(() =>
        Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
      ),
    ).toBe(true);
    // Closing the feature comes back to the list.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.panel)).toBe('here');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
