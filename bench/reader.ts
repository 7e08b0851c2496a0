/**
 * The plan reader's figures: once the atlas has loaded, the time from asking for a paragraph
 * (`panel=plan`, `para=`) to the end of the first frame that shows it in the reader, scrolled into
 * view. The first open also fetches the reader's code, the plan text and the register, and is
 * reported on its own; then the reader is closed and opened again at other paragraphs, and, open,
 * jumps between paragraphs of different chapters (bench/probes/reader-probe.js).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

interface Timing {
  frameStart: number;
  frame: number;
}

export interface ReaderSamples {
  paragraphs: string[];
  first: Timing;
  open: Timing[];
  jump: Timing[];
  errors: string[];
}

/** Paragraphs spread over the whole plan, a table row among them. */
function spreadParagraphs(root: string, n: number): string[] {
  const plan = JSON.parse(readFileSync(join(root, 'geodata/plan/plan.json'), 'utf8')) as {
    paragraphs: { id: string }[];
  };
  const step = Math.floor(plan.paragraphs.length / n);
  return Array.from({ length: n }, (_, k) => plan.paragraphs[(k * step + 7) % plan.paragraphs.length].id);
}

async function open(page: Page, patch: Record<string, unknown>): Promise<Timing> {
  const r = (await page.evaluate(`window.__reader.open(${JSON.stringify(patch)})`)) as Timing & {
    error?: string;
  };
  if (r.error) throw new Error(r.error);
  return r;
}

export async function readerBench(
  browser: Browser,
  appUrl: string,
  context: BrowserContextOptions,
  opts: { root: string; startupProbe: string; readerProbe: string; runs: number; timeoutMs: number },
): Promise<ReaderSamples> {
  const ctx = await browser.newContext(context);
  try {
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript({ content: opts.startupProbe });
    await page.goto(appUrl);
    // A function, not a string: the atlas's Content-Security-Policy refuses Playwright's eval of one.
    await page.waitForFunction(
      () => (window as unknown as { __bench?: { idle?: number } }).__bench?.idle !== undefined,
      null,
      { timeout: opts.timeoutMs },
    );
    await page.evaluate('document.querySelector("atlas-app").dataLoaded');
    await page.evaluate(opts.readerProbe);
    const paragraphs = spreadParagraphs(opts.root, opts.runs * 2 + 1);
    const first = await open(page, { panel: 'plan', para: paragraphs[0], selected: null });
    const openRuns: Timing[] = [];
    const jumps: Timing[] = [];
    for (let i = 0; i < opts.runs; i++) {
      await page.evaluate('document.querySelector("atlas-app").store.set({ panel: null, para: null })');
      await page.waitForTimeout(250);
      openRuns.push(await open(page, { panel: 'plan', para: paragraphs[1 + 2 * i], selected: null }));
      await page.waitForTimeout(150);
      jumps.push(await open(page, { para: paragraphs[2 + 2 * i] }));
      await page.waitForTimeout(150);
    }
    return { paragraphs, first, open: openRuns, jump: jumps, errors };
  } finally {
    await ctx.close();
  }
}
