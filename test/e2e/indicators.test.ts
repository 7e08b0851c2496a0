/**
 * The indicators view (`panel=indicators`): the plan's 表2 and 表1 with their charts and the
 * plan's own contradictions, map links, and a planner's progress file with good and bad rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { infoPanelText, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('the indicators view', () => {
  const { browser, baseUrl } = useBrowser();

  it('lists the 26 indicators of 表2 in four groups, with charts, the contradiction and a map link', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=indicators`);
    const { page } = atlas;
    const view = page.locator('atlas-app indicators-view');
    await view.locator('table.table-2 tr.indicator').first().waitFor();
    expect(await view.locator('table.table-2 tr.indicator').count()).toBe(26);
    expect(await view.locator('table.table-2 tr.group').allTextContents()).toEqual([
      '综合发展质效',
      '打造高质量发展先行区',
      '打造高品质生活示范区',
      '安全发展',
    ]);
    const energy = view.locator('tr.indicator[data-id="energy-intensity-reduction"]');
    expect(await energy.textContent()).toContain('【19.1】');
    expect(await energy.textContent()).toContain('约束性');
    const note = await view.locator('tr.discrepancy[data-no="12"]').textContent();
    expect(note).toContain('【21.16】');
    expect(note).toContain('table1-r17');
    // A year's figure against a five-year average is not charted; a like-for-like pair is.
    expect(await view.locator('tr.indicator[data-id="gdp-growth"] svg.chart').count()).toBe(0);
    expect(await view.locator('tr.indicator[data-id="gdp-growth"] .not-comparable').count()).toBe(1);
    expect(await view.locator('tr.indicator[data-id="urbanisation-rate"] svg.chart rect.bar').count()).toBe(
      2,
    );
    expect(await view.locator('tr.text-figure').count()).toBeGreaterThanOrEqual(2);
    expect(await view.locator('tr.text-figure[data-key="built_up_area"]').textContent()).toMatch(
      /80平方公里[\s\S]*100平方公里/,
    );
    expect(atlas.errors).toEqual([]);
    await screenshot(page, 'indicators-table2-zh');

    // 表1: target against achieved.
    await view.locator('button[data-tab="table-1"]').click();
    await view.locator('table.table-1').waitFor();
    expect(await view.locator('table.table-1 tr.indicator[data-no="17"]').textContent()).toContain(
      '【21.16】',
    );

    // Show on map: urbanisation selects the built-up area and shows its layer.
    await view.locator('button[data-tab="table-2"]').click();
    await view.locator('tr.indicator[data-id="urbanisation-rate"] button.map').click();
    await page.waitForFunction(
      () => document.querySelector('atlas-app')!.store.state.selected === 'main-urban-built-up-area',
    );
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.layers)).toContain(
      'urban-structure',
    );
    await waitForIdle(page);
    await atlas.close();
  });

  it('reads in English and on the kiosk', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&kiosk=1&panel=indicators`);
    const { page } = atlas;
    const view = page.locator('atlas-app indicators-view');
    await view.locator('table.table-2 tr.indicator').first().waitFor();
    expect(await view.locator('table.table-2 tr.indicator').count()).toBe(26);
    expect(await view.locator('tr.indicator[data-id="forest-cover"]').textContent()).toContain('binding');
    // The kiosk never offers a file chooser or a download.
    expect(await view.locator('input[type=file]').count()).toBe(0);
    expect(await view.locator('a[download], button.export, button.print, progress-section').count()).toBe(0);
    await screenshot(page, 'indicators-kiosk-en');
    await atlas.close();
  });

  it('loads a progress file: good rows with date and source, bad rows listed; targets and info panel show it', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=indicators`, {
      acceptDownloads: true,
    });
    const { page } = atlas;
    const view = page.locator('atlas-app indicators-view');
    await view.locator('table.table-2 tr.indicator').first().waitFor();
    // Before any file, nothing looks like progress.
    expect(await view.locator('.progress-value').count()).toBe(0);

    const template = await view.locator('a.template').getAttribute('href');
    const templateText = await page.evaluate((href) => fetch(href!).then((r) => r.text()), template);
    expect(templateText).toContain('urbanisation-rate,,%,,,indicator');

    await view.locator('progress-section input[type=file]').setInputFiles({
      name: 'sample-progress-mixed.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/progress/sample-progress-mixed.csv'),
    });
    await view.locator('progress-section .summary').waitFor();
    expect(await view.locator('progress-section .summary').textContent()).toContain(
      'sample-progress-mixed.csv: 4 rows loaded, 6 with problems, 1 without a value.',
    );
    const problems = await view.locator('progress-section table.problems tbody tr').allTextContents();
    expect(problems).toHaveLength(6);
    expect(problems[0]).toContain('“not-an-indicator” is not the id of a plan indicator or commitment.');
    expect(problems[1]).toContain('gdp-per-capita is measured in “万元”, the file says “亿元”.');
    expect(problems[2]).toContain('the value “lots” is not a number.');
    expect(problems[3]).toContain('the as-of date 2999-01-01 is later than today');

    const urban = view.locator('tr.indicator[data-id="urbanisation-rate"]');
    const progress = await urban.locator('.progress-value').textContent();
    expect(progress).toContain('75.2%');
    expect(progress).toContain('as of 2023-12-31');
    expect(progress).toContain('source: SAMPLE');
    expect(await urban.locator('svg.chart g.progress rect.bar').count()).toBe(1);
    await view.locator('progress-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'indicators-progress-en');
    await urban.scrollIntoViewIfNeeded();
    await screenshot(page, 'indicators-progress-row-en');

    // The report: CSV with the formula-like source neutralised.
    const download = page.waitForEvent('download');
    await view.locator('progress-section button.export').click();
    const report = readFileSync((await (await download).path())!, 'utf8');
    expect(report).toContain("'=SUM(A1) SAMPLE");
    expect(report).toContain('western-vocational-base,commitment');
    expect(report.split('\r\n')[0]).toContain('value,unit,as_of,source,plan_target,percent_of_target');
    expect(report).toMatch(/western-vocational-base,commitment,[^\r\n]*,12,km2,2024-06-30,SAMPLE[^,]*,20,60/);

    // The print view: only the report's sheet goes on the paper, every value with its date,
    // source and the plan's target; it is gone once the print dialog closes.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await view.locator('progress-section button.print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const sheet = page.locator('body > #atlas-progress-report');
    expect(await sheet.isVisible()).toBe(false); // not on screen
    await page.emulateMedia({ media: 'print' });
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.locator('atlas-app').isVisible()).toBe(false);
    expect(await sheet.locator('tbody tr').count()).toBe(4);
    const vocational = (await sheet.locator('tr[data-id="western-vocational-base"]').textContent())!;
    for (const part of ['commitment', '12 km²', '2024-06-30', 'SAMPLE', '20', '60%'])
      expect(vocational).toContain(part);
    const urbanLine = (await sheet.locator('tr[data-id="urbanisation-rate"]').textContent())!;
    for (const part of ['indicator', '75.2%', '2023-12-31', 'SAMPLE']) expect(urbanLine).toContain(part);
    // A source that looks like a formula is shown as the text it is.
    expect(await sheet.locator('tr[data-id="life-expectancy"]').textContent()).toContain('=SUM(A1) SAMPLE');
    expect(await sheet.textContent()).toContain('sample-progress-mixed.csv; 4 rows loaded, 6 with problems');
    await screenshot(page, 'progress-report-print');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await sheet.count()).toBe(0);

    // The targets view: no ratio for outlines drawn to their figure, progress beside its target.
    await page.evaluate(() => document.querySelector('atlas-app')!.store.set({ panel: 'targets' }));
    const targets = page.locator('atlas-app targets-view');
    await targets.locator('tbody tr').first().waitFor();
    const text = (await targets.locator('table').textContent())!.replace(/\s+/g, ' ');
    expect(text).not.toMatch(/100\s*%/);
    expect(await targets.locator('td.drawn').count()).toBe(await targets.locator('tbody tr').count());
    const row = await targets.locator('tr[data-id="western-vocational-base"] .progress-value').textContent();
    expect(row).toContain('12 km²');
    expect(row).toContain('60% of the target');
    expect(row).toContain('as of 2024-06-30');
    await targets.locator('tr[data-id="western-vocational-base"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'targets-progress-en');

    // The info panel of the feature shows it too.
    await page.evaluate(() =>
      document.querySelector('atlas-app')!.store.set({ selected: 'western-vocational-base' }),
    );
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    const info = await infoPanelText(page);
    expect(info).toContain('Progress (loaded by you)');
    expect(info).toContain('as of 2024-06-30; source: SAMPLE');
    expect(info).not.toMatch(/100\s*%/);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
