/** Figures in the info panel: English style in English, the plan's own units in Chinese. */
import { describe, expect, it } from 'vitest';
import { infoPanelText, openAtlas } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

describe('figures in the info panel', () => {
  const { browser, baseUrl } = useBrowser();

  it('says 亿元, 万人 and 万平方米 the English way in English, and keeps them in Chinese', async () => {
    const en = await openAtlas(browser(), `${baseUrl}/?lang=en&sel=yongchuan-big-data-park`);
    await en.page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    const english = (await infoPanelText(en.page)) ?? '';
    expect(english).toContain('CNY 100 bn');
    expect(english).toContain('50,000 people');
    expect(english).toContain('1.5 million m²');
    expect(english).not.toMatch(/×10|×100|10⁴/);
    await screenshot(en.page, 'info-panel-english-figures');
    await en.close();

    const zh = await openAtlas(browser(), `${baseUrl}/?lang=zh&sel=yongchuan-big-data-park`);
    await zh.page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    const chinese = (await infoPanelText(zh.page)) ?? '';
    expect(chinese).toContain('1,000亿元');
    expect(chinese).toContain('5万人');
    expect(chinese).toContain('150万平方米');
    await zh.close();
  });
});
