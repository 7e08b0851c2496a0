/** Search finds register entries (located or not) and the aliases people use. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { infoPanelText, openAtlas } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const BOX = 'atlas-app search-box';

async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator(`${BOX} input`);
  await input.fill('');
  await input.fill(query);
  await page.locator(`${BOX} li[role="option"]`).first().waitFor();
  return page
    .locator(`${BOX} li[role="option"]`)
    .evaluateAll((li) => li.map((l) => l.getAttribute('data-id') ?? ''));
}

describe('search: register entries and aliases', () => {
  const { browser, baseUrl } = useBrowser();

  it('finds the 凤凰湖 park for "Phoenix Lake" and opens a station for "HSR"', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en`);
    const { page } = atlas;
    expect(await search(page, 'Phoenix Lake')).toContain('fenghuanghu-industrial-park');
    expect((await search(page, 'HSR'))[0]).toBe('station-yongchuan-east');
    await page.locator(`${BOX} input`).press('Enter');
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    expect(await infoPanelText(page)).toContain('永川东站');
    await atlas.close();
  });

  it('shows where a not-located entry stands in the plan, with its quote', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh`);
    const { page } = atlas;
    // The register is fetched when search is first used.
    expect(await search(page, '菜茵岩')).toContain('caiyinyan');
    const row = page.locator(`${BOX} li[data-id="caiyinyan"]`);
    expect(await row.textContent()).toContain('规划未给出位置');
    expect(await row.textContent()).toContain('第二章');
    expect(await row.locator('q').textContent()).toContain('菜茵岩');
    await screenshot(page, 'search-register-entry');
    await row.click();
    const card = page.locator(`${BOX} .entry-card`);
    await card.waitFor();
    expect(await card.textContent()).toContain('推动主城区跨越菜茵岩拓展主阵地');
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.selected)).toBeNull();
    await atlas.close();
  });
});
