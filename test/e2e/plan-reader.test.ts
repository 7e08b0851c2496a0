/**
 * The plan reader and the coverage view: the reader opens and jumps to a linked paragraph, a
 * marked commitment opens its feature on the map, "Read in the plan" comes back to the paragraph
 * with the quote emphasised, and the coverage counts are the register's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Commitment, PlanDocument } from '../../src/data/schema.ts';
import { infoPanelText, openAtlas, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

const commitments = (
  JSON.parse(readFileSync('geodata/commitments.json', 'utf8')) as { commitments: Commitment[] }
).commitments;
const plan = JSON.parse(readFileSync('geodata/plan/plan.json', 'utf8')) as PlanDocument;
const featureProps = new Map<
  string,
  Record<string, unknown> & { plan_ref: { paragraph: string; quote: string } }
>();
for (const file of readdirSync('geodata').filter((f) => f.endsWith('.geojson')))
  for (const f of (JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as GeoJSON.FeatureCollection).features)
    featureProps.set(String(f.properties?.id), f.properties as never);

/** The reader element (Playwright's CSS locators pierce the shadow roots). */
const reader = (page: Page) => page.locator('atlas-app plan-reader');

async function waitForParagraph(page: Page, id: string) {
  await page.waitForFunction((p) => {
    const root = document.querySelector('atlas-app')?.shadowRoot?.querySelector('plan-reader')?.shadowRoot;
    return Boolean(root?.querySelector(`.para.current[data-para="${p}"]`));
  }, id);
}

describe('plan reader and coverage', () => {
  const { browser, baseUrl } = useBrowser();
  // 城东科技生态城片区, in 专栏1: a mapped commitment whose feature cites the same paragraph.
  const commitment = commitments.find((c) => c.id === 'expansion-eco-tech-city')!;
  const para = commitment.plan_ref.paragraph;

  it('opens with the contents and jumps to the linked paragraph; a marked commitment opens its feature, and the info panel comes back', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=plan&para=${para}`);
    const { page } = atlas;
    await waitForParagraph(page, para);
    const contents = await reader(page).evaluate(
      (el) => el.shadowRoot!.querySelectorAll('nav li').length,
      null,
    );
    expect(contents).toBe(plan.toc.length);
    // The paragraph is the current one, scrolled into the text's view, and its text is the plan's.
    const shown = await reader(page).evaluate((el, id) => {
      const box = el.shadowRoot!.querySelector<HTMLElement>(`.para[data-para="${id}"]`)!;
      const article = el.shadowRoot!.querySelector('article')!.getBoundingClientRect();
      const r = box.getBoundingClientRect();
      return {
        text: box.querySelector('p')!.textContent,
        inView: r.top >= article.top - 1 && r.top < article.bottom,
      };
    }, para);
    expect(shown.text).toBe(plan.paragraphs.find((p) => p.id === para)!.text);
    expect(shown.inView).toBe(true);
    // Lost headings are shown as such.
    const missing = plan.toc.filter((n) => n.heading_missing).length;
    expect(missing).toBeGreaterThan(0);
    expect(
      await reader(page).evaluate((el) => el.shadowRoot!.querySelectorAll('nav .missing').length, null),
    ).toBe(missing);
    await screenshot(page, 'plan-reader-paragraph');

    // Tapping the marked commitment selects its feature: the info panel opens with its name.
    const mark = await reader(page).evaluate((el, id) => {
      const m = el.shadowRoot!.querySelector<HTMLElement>(`mark[data-commitments="${id}"]`);
      return m ? { cls: m.className, text: m.textContent } : null;
    }, commitment.id);
    expect(mark?.cls).toContain('mapped');
    expect(mark?.text).toBe(commitment.plan_ref.quote);
    await reader(page).evaluate(
      (el, id) => el.shadowRoot!.querySelector<HTMLElement>(`mark[data-commitments="${id}"]`)!.click(),
      commitment.id,
    );
    const featureId = commitment.features[0];
    const feature = featureProps.get(featureId)!;
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel')),
    );
    expect(await infoPanelText(page)).toContain(String(feature.name_zh));
    expect(new URL(page.url()).searchParams.get('sel')).toBe(featureId);
    expect(new URL(page.url()).searchParams.get('panel')).toBe('plan');

    // "Read in the plan" opens the reader at the feature's paragraph with its quote emphasised.
    await page.evaluate(() =>
      document
        .querySelector('atlas-app')!
        .shadowRoot!.querySelector('info-panel')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button.read-in-plan')!
        .click(),
    );
    await waitForParagraph(page, feature.plan_ref.paragraph);
    expect(await infoPanelText(page)).toBeNull();
    const focus = await reader(page).evaluate(
      (el, id) =>
        [...el.shadowRoot!.querySelectorAll(`.para[data-para="${id}"] mark.focus`)]
          .map((m) => m.textContent)
          .join(''),
      feature.plan_ref.paragraph,
    );
    expect(focus).toBe(feature.plan_ref.quote);
    expect(new URL(page.url()).searchParams.get('para')).toBe(feature.plan_ref.paragraph);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('opens a not-located commitment as its register entry, and searches the text', async () => {
    // A link to a paragraph the plan does not have says so, and the reader opens at the start.
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=en&panel=plan&para=c99-p9`);
    const { page } = atlas;
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')
          ?.shadowRoot?.querySelector('plan-reader')
          ?.shadowRoot?.querySelector('.problem'),
      ),
    );
    expect(
      await reader(page).evaluate((el) => el.shadowRoot!.querySelector('.problem')!.textContent, null),
    ).toContain('Paragraph c99-p9 is not in the plan text');
    await waitForParagraph(page, plan.paragraphs[0].id);
    const target = commitments.find((c) => c.location === 'not-located' && c.note)!;
    // A paragraph link from the contents, then the not-located commitment's words.
    await page.evaluate(
      (p) => document.querySelector('atlas-app')!.store.set({ para: p }),
      target.plan_ref.paragraph,
    );
    await waitForParagraph(page, target.plan_ref.paragraph);
    // In English the text stays Chinese, and says so where it begins; quotes have their English beside them.
    expect(
      await reader(page).evaluate(
        (el) => el.shadowRoot!.querySelector('.text-lang')?.textContent ?? '',
        null,
      ),
    ).toContain('in Chinese');
    const gloss = await reader(page).evaluate(
      (el, id) => el.shadowRoot!.querySelector(`.para[data-para="${id}"] .gloss`)?.textContent ?? '',
      target.plan_ref.paragraph,
    );
    expect(gloss).toContain(target.name_en);
    if (target.plan_ref.quote_en) expect(gloss).toContain(target.plan_ref.quote_en);
    await reader(page).evaluate(
      (el, id) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.gloss button[data-id="${id}"]`)!.click(),
      target.id,
    );
    await page.waitForFunction(
      (id) =>
        Boolean(
          document
            .querySelector('atlas-app')
            ?.shadowRoot?.querySelector('plan-reader')
            ?.shadowRoot?.querySelector(`.entry[data-id="${id}"]`),
        ),
      target.id,
    );
    const entry = await reader(page).evaluate(
      (el) => el.shadowRoot!.querySelector('.entry')!.textContent!.replace(/\s+/g, ' '),
      null,
    );
    expect(entry).toContain(target.name_en);
    expect(entry).toContain(target.note!.en.slice(0, 40));
    expect(entry).toContain('Not located');
    expect(new URL(page.url()).searchParams.get('entry')).toBe(target.id);
    await screenshot(page, 'plan-reader-entry-en');
    await reader(page).evaluate(
      (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('.entry .back')!.click(),
      null,
    );
    expect(new URL(page.url()).searchParams.get('entry')).toBeNull();

    // Words that several commitments quote list them to pick from.
    const shared = commitments.find((c) =>
      commitments.some(
        (d) =>
          d !== c && d.plan_ref.paragraph === c.plan_ref.paragraph && d.plan_ref.quote === c.plan_ref.quote,
      ),
    )!;
    const sharing = commitments.filter(
      (d) => d.plan_ref.paragraph === shared.plan_ref.paragraph && d.plan_ref.quote === shared.plan_ref.quote,
    );
    await page.evaluate(
      (p) => document.querySelector('atlas-app')!.store.set({ para: p, entry: null }),
      shared.plan_ref.paragraph,
    );
    await waitForParagraph(page, shared.plan_ref.paragraph);
    await reader(page).evaluate(
      (el, id) =>
        el.shadowRoot!.querySelector<HTMLElement>(`.para.current mark[data-commitments~="${id}"]`)!.click(),
      shared.id,
    );
    const offered = await reader(page).evaluate(
      (el) =>
        [...el.shadowRoot!.querySelectorAll('.pick button.commitment')].map((b) => b.getAttribute('data-id')),
      null,
    );
    for (const d of sharing) expect(offered).toContain(d.id);
    await screenshot(page, 'plan-reader-pick-en');

    // Search lists the paragraphs where the words stand, and a hit jumps there.
    const input = page.locator('atlas-app plan-reader input[type=search]');
    await input.fill('科技生态城');
    const expected = plan.paragraphs.filter((p) => p.text.includes('科技生态城')).map((p) => p.id);
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('plan-reader')!
          .shadowRoot!.querySelector('.hits'),
      ),
    );
    const hits = await reader(page).evaluate(
      (el) =>
        [...el.shadowRoot!.querySelectorAll('.hits button[data-para]')].map((b) =>
          b.getAttribute('data-para'),
        ),
      null,
    );
    expect(hits).toEqual(expected.slice(0, 60));
    await reader(page).evaluate(
      (el, id) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.hits button[data-para="${id}"]`)!.click(),
      expected[1],
    );
    await waitForParagraph(page, expected[1]);
    // The words are marked in the text too.
    const marked = await reader(page).evaluate(
      (el) =>
        [...el.shadowRoot!.querySelectorAll('.para.current mark.hit')].map((m) => m.textContent).join(''),
      null,
    );
    expect(marked).toContain('科技生态城');
    await screenshot(page, 'plan-reader-search-en');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('counts the coverage as the register does', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?lang=zh&panel=coverage`);
    const { page } = atlas;
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('atlas-app')!
          .shadowRoot!.querySelector('coverage-view')
          ?.shadowRoot?.querySelector('.headline'),
      ),
    );
    const n = (pred: (c: Commitment) => boolean) => commitments.filter(pred).length;
    const view = await page.evaluate(() => {
      const root = document.querySelector('atlas-app')!.shadowRoot!.querySelector('coverage-view')!
        .shadowRoot!;
      const cell = (row: string, col: string) =>
        root.querySelector(`${row} td[data-col="${col}"]`)?.textContent?.trim();
      return {
        headline: root.querySelector('.headline')!.textContent!.trim(),
        alt: root.querySelector('.alt')!.textContent!.trim(),
        levels: Object.fromEntries(
          ['mapped', 'town', 'district', 'not-located'].map((l) => [
            l,
            cell(`tr[data-level="${l}"]`, 'count'),
          ]),
        ),
        chapter2: ['total', 'mapped', 'town', 'district', 'not-located'].map((c) =>
          cell('tr[data-chapter="第二章"]', c),
        ),
        box5: cell('tr[data-box="专栏5"]', 'total'),
        ecology: cell('tr[data-theme="ecology"]', 'mapped'),
        notLocated: root.querySelector('commitment-list')!.shadowRoot!.querySelectorAll('ul.commitments li')
          .length,
      };
    });
    const total = commitments.length;
    const mapped = n((c) => c.location === 'mapped');
    expect(view.headline).toBe(`已上图 ${mapped} / ${total} 项规划承诺`);
    expect(view.alt).toBe(`${mapped} of ${total} commitments mapped`);
    for (const l of ['mapped', 'town', 'district', 'not-located'] as const)
      expect(view.levels[l]).toBe(String(n((c) => c.location === l)));
    const ch2 = commitments.filter((c) => c.plan_ref.chapter === '第二章');
    expect(view.chapter2).toEqual(
      [
        ch2.length,
        ...['mapped', 'town', 'district', 'not-located'].map(
          (l) => ch2.filter((c) => c.location === l).length,
        ),
      ].map(String),
    );
    expect(view.box5).toBe(String(n((c) => c.plan_ref.box === '专栏5')));
    expect(view.ecology).toBe(String(n((c) => c.theme === 'ecology' && c.location === 'mapped')));
    expect(view.notLocated).toBe(n((c) => c.location === 'not-located'));
    await waitForIdle(page);
    await screenshot(page, 'coverage-view');

    // The list filters by level, and saves what it shows as CSV.
    const list = page.locator('atlas-app coverage-view commitment-list');
    await list.locator('button.level[data-level="town"]').click();
    const town = commitments.filter((c) => c.location === 'town');
    expect(await list.locator('ul.commitments li').count()).toBe(town.length);
    await list.locator('ul.commitments').scrollIntoViewIfNeeded();
    await screenshot(page, 'coverage-list-town');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.locator('button.export-csv').click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows[0].replace('\uFEFF', '')).toMatch(/^id,name_zh,name_en,theme,location,/);
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(town.map((c) => c.id));

    // A not-located row opens its register entry in the reader.
    await list.locator('button.level[data-level="not-located"]').click();
    const first = commitments.find((c) => c.location === 'not-located')!;
    await list.locator(`li[data-id="${first.id}"] button.name`).click();
    await page.waitForFunction(
      (id) =>
        Boolean(
          document
            .querySelector('atlas-app')
            ?.shadowRoot?.querySelector('plan-reader')
            ?.shadowRoot?.querySelector(`.entry[data-id="${id}"]`),
        ),
      first.id,
    );
    expect(new URL(page.url()).searchParams.get('panel')).toBe('plan');
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
  it('offers no CSV in kiosk mode', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=3600&reset=3600&panel=coverage`, {
      hasTouch: true,
    });
    const { page } = atlas;
    const list = page.locator('atlas-app coverage-view commitment-list');
    await list.locator('ul.commitments li').first().waitFor();
    expect(await list.locator('button.level').count()).toBe(5);
    expect(await list.locator('button.export-csv').count()).toBe(0);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
