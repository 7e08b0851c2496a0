/**
 * What the import accepts is drawn: files of the hostile corpus that are imported (a 1e20
 * integer kept as text, GBK and UTF-16 names, renamed duplicate ids, an HTML name) reach the
 * map with no error in the page; the panel states its limits and lists warnings; a running
 * import can be cancelled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const VIEWPORT = { width: 1600, height: 900 };
const hostile = (name: string) => readFileSync(join('test/fixtures/geojson/hostile', name));

/** The import section's text, whitespace collapsed. */
function sectionText(page: Page): Promise<string> {
  return page.evaluate(() =>
    document
      .querySelector('atlas-app')!
      .shadowRoot!.querySelector('planner-tools')!
      .shadowRoot!.querySelector('import-section')!
      .shadowRoot!.textContent!.replace(/\s+/g, ' '),
  );
}

async function openImport(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Boolean(
      document
        .querySelector('atlas-app')
        ?.shadowRoot?.querySelector('planner-tools')
        ?.shadowRoot?.querySelector('[role=tab]'),
    ),
  );
  await page.locator('planner-tools button.tab-import').click();
  await page.locator('planner-tools import-section input[type=file]').waitFor({ state: 'attached' });
}

/** The imported features the map draws now, with their properties. */
function drawnImport(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() =>
    document
      .querySelector('atlas-app')!
      .controller!.map.queryRenderedFeatures({ layers: ['user-import-point', 'user-import-fill'] })
      .map((f) => f.properties as Record<string, unknown>),
  );
}

describe('hostile imports in the browser', () => {
  const { browser, baseUrl } = useBrowser();

  it('draws every file it accepts, states its limits and lists warnings', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, { viewport: VIEWPORT });
    const { page } = atlas;
    await openImport(page);
    expect(await sectionText(page)).toContain('Limits: 256 MB per file, 2,000,000 positions in all.');
    const input = page.locator('planner-tools import-section input[type=file]');
    const cases: {
      file: string;
      summary: string;
      warning?: string;
      check: (drawn: Record<string, unknown>[]) => void;
    }[] = [
      {
        file: 'big-integer.geojson',
        summary: '1 of 1',
        warning: 'kept as the text "100000000000000000000"',
        check: (d) => expect(d.map((p) => p.population)).toContain('100000000000000000000'),
      },
      {
        file: 'gbk.geojson',
        summary: '1 of 1',
        warning: 'read as GBK/GB18030',
        check: (d) => expect(d.map((p) => p.name)).toContain('永川区'),
      },
      {
        file: 'utf16le-bom.geojson',
        summary: '1 of 1',
        warning: 'read as UTF-16LE',
        check: (d) => expect(d.map((p) => p.name)).toContain('永川区'),
      },
      {
        file: 'duplicate-ids.geojson',
        summary: '2 of 2',
        warning: 'renamed "site (2)"',
        check: (d) => expect(new Set(d.map((p) => p.id))).toEqual(new Set(['site', 'site (2)'])),
      },
      {
        file: 'html-name.geojson',
        summary: '1 of 1',
        check: (d) => expect(d.map((p) => p.name)).toContain('<img src=x onerror=alert(1)>'),
      },
    ];
    for (const c of cases) {
      // Imports stay beside each other: each file is looked at on its own.
      const remove = page.locator('planner-tools imported-layers button.remove');
      while ((await remove.count()) > 0) await remove.first().click();
      await input.setInputFiles({ name: c.file, mimeType: 'application/geo+json', buffer: hostile(c.file) });
      await page.waitForFunction(
        (want) =>
          document
            .querySelector('atlas-app')!
            .shadowRoot!.querySelector('planner-tools')!
            .shadowRoot!.querySelector('import-section')!
            .shadowRoot!.textContent!.includes(want),
        `${c.file}: ${c.summary}`,
      );
      const text = await sectionText(page);
      if (c.warning) expect(text, c.file).toContain(c.warning);
      else expect(text, c.file).not.toContain('warning');
      await page.locator('planner-tools import-section button.zoom').click();
      await page.waitForTimeout(800);
      await waitForIdle(page);
      const drawn = await drawnImport(page);
      expect(drawn.length, c.file).toBeGreaterThan(0);
      c.check(drawn);
      if (c.file === 'big-integer.geojson') await screenshot(page, 'import-hostile-big-integer');
    }
    // The HTML name is text: no element was made from it.
    const images = await page.evaluate(
      () =>
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('planner-tools')!
          .shadowRoot!.querySelector('import-section')!
          .shadowRoot!.querySelectorAll('img').length,
    );
    expect(images).toBe(0);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('says the problems and warnings in Chinese', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=tools`, { viewport: VIEWPORT });
    const { page } = atlas;
    await openImport(page);
    const input = page.locator('planner-tools import-section input[type=file]');
    await input.setInputFiles({
      name: 'mixed.geojson',
      mimeType: 'application/geo+json',
      buffer: hostile('mixed.geojson'),
    });
    await page.locator('planner-tools import-section table.issues').waitFor();
    expect(await sectionText(page)).toContain('纬度 -100 超出 -90…90');
    await input.setInputFiles({
      name: 'gbk.geojson',
      mimeType: 'application/geo+json',
      buffer: hostile('gbk.geojson'),
    });
    await page.locator('planner-tools import-section table.warnings').waitFor();
    const text = await sectionText(page);
    expect(text).toContain('已按 GBK/GB18030 读取：文件不是 UTF-8 编码（偏移 87 处的字节 0xD3）');
    expect(text).toContain('限制：每个文件不超过 256 MB，坐标点合计不超过 2,000,000 个。');
    await screenshot(page, 'import-hostile-zh');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('cancels a running import: nothing is added', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=tools`, { viewport: VIEWPORT });
    const { page } = atlas;
    await openImport(page);
    // About 45 MB: several seconds of work in the worker, time enough to press Cancel.
    const features = [];
    for (let i = 0; i < 200_000; i++) {
      const x = 105.7 + (i % 500) * 0.001;
      const y = 29.1 + Math.floor(i / 500) * 0.001;
      features.push({
        type: 'Feature',
        properties: { name: `p${i}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 0.0005, y],
              [x + 0.0005, y + 0.0005],
              [x, y + 0.0005],
              [x, y],
            ],
          ],
        },
      });
    }
    const buffer = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    await page
      .locator('planner-tools import-section input[type=file]')
      .setInputFiles({ name: 'big.geojson', mimeType: 'application/geo+json', buffer });
    await page.locator('planner-tools import-section button.cancel-import').click();
    await page.locator('planner-tools import-section .import-cancelled').waitFor();
    expect(await sectionText(page)).toContain(
      'Import of big.geojson cancelled: nothing was added to the map.',
    );
    await page.waitForTimeout(1000);
    await waitForIdle(page);
    expect(await drawnImport(page)).toEqual([]);
    expect(await page.locator('planner-tools import-section button.zoom').count()).toBe(0);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
