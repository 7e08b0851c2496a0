/**
 * The year comparison's divider, swiped 100 times (`?swipe=2020,2035`), in headless Chromium:
 * does the second map (src/map/year-compare-map.ts) leave anything behind? Each swipe drags the
 * divider from the middle to 15 %, across to 85 % and back to the middle, one swipe by mouse and
 * the next by touch (CDP touch events, as a hall's screen sends them), so that every sample is
 * taken with the divider where it started.
 *
 * The swipes run in rounds; each ends with both maps idle and a sample of the soak's own
 * (bench/soak-harness.ts): JS heap after a forced GC, DOM nodes, JS event listeners and the WebGL
 * contexts the page ever created. A warm-up round comes first and its sample is the start.
 * Budgets: heap growth < 5 %, DOM nodes and listeners flat (growth ≤ 1 %, as the soak's), at most
 * two WebGL contexts (the main map and the comparison's), no page error; each printed PASS or
 * FAIL. Exits 1 when a budget is missed, 2 when the bench itself fails.
 *
 * Usage: npm run bench:swipe -- [--swipes 100] [--round 25] [--no-build]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/static-server.ts';
import { viteBuild } from '../test/support/vite-build.ts';
import { reportChecks } from './checks.ts';
import { COUNT_WEBGL, type Sample, sample } from './soak-harness.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/results/dist-swipe');
const BUDGET = { heapGrowth: 0.05, domGrowth: 0.01, webglContexts: 2 };
const VIEWPORT = { width: 1280, height: 800 };

const { values } = parseArgs({
  options: {
    swipes: { type: 'string', default: '100' },
    round: { type: 'string', default: '25' },
    'no-build': { type: 'boolean', default: false },
  },
});
const SWIPES = Number(values.swipes);
const ROUND = Number(values.round);

const pct = (a: number, b: number) => (b - a) / a;
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

interface Swiper {
  page: Page;
  cdp: CDPSession;
  errors: string[];
}

/** The divider's centre on the page. */
async function divider(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('atlas-app .year-compare-divider').boundingBox();
  if (!box) throw new Error('the comparison has no divider');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The positions one swipe passes through: the middle, 15 %, 85 %, the middle, in small steps. */
function path(): number[] {
  const w = VIEWPORT.width;
  const leg = (from: number, to: number, steps: number) =>
    Array.from({ length: steps }, (_, i) => from + ((to - from) * (i + 1)) / steps);
  return [...leg(0.5, 0.15, 5), ...leg(0.15, 0.85, 10), ...leg(0.85, 0.5, 5)].map((f) => f * w);
}

async function swipeByMouse(page: Page): Promise<void> {
  const at = await divider(page);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (const x of path()) await page.mouse.move(x, at.y);
  await page.mouse.up();
}

async function swipeByTouch(page: Page, cdp: CDPSession): Promise<void> {
  const at = await divider(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y: at.y, id: 1 }],
    });
  await touch('touchStart', at.x);
  for (const x of path()) await touch('touchMove', x);
  await touch('touchEnd', at.x);
}

/** Both maps idle, then a second more, in one evaluate (DevTools keeps every script it compiles). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const c = document.querySelector('atlas-app')!.controller!;
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    await Promise.all(
      [c.map, c.compareMap!].map(
        (m) =>
          new Promise<void>((r) => {
            m.once('idle', () => r());
            m.triggerRepaint();
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 1000));
  });
}

async function open(browser: Awaited<ReturnType<typeof launchChromium>>, origin: string): Promise<Swiper> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', hasTouch: true });
  await context.addInitScript(COUNT_WEBGL);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/?lang=zh&year=2020&swipe=2020,2035`);
  await page.waitForFunction(
    () => Boolean(document.querySelector('atlas-app')?.controller?.compareMap),
    null,
    {
      timeout: 60_000,
    },
  );
  await page.evaluate(async () => {
    const app = document.querySelector('atlas-app')!;
    await app.dataLoaded;
    // Counts the divider's moves in the store, before the start sample, so that it is no growth.
    let moves = 0;
    app.store.subscribe((now, before) => {
      if (now.swipe?.at !== before.swipe?.at) moves++;
    });
    (window as unknown as { __dividerMoves: () => number }).__dividerMoves = () => moves;
  });
  await settle(page);
  return { page, cdp, errors };
}

async function main(): Promise<void> {
  if (!(ROUND > 0 && SWIPES > 0 && SWIPES % ROUND === 0))
    throw new Error('--swipes must be a multiple of --round');
  if (!values['no-build']) viteBuild('atlas', ['--outDir', DIST, '--emptyOutDir']);
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  try {
    const s = await open(browser, server.url);
    let done = 0;
    const playRound = async (name: string): Promise<Sample> => {
      const t0 = Date.now();
      for (let i = 0; i < ROUND; i++) {
        if ((done + i) % 2 === 0) await swipeByMouse(s.page);
        else await swipeByTouch(s.page, s.cdp);
      }
      await settle(s.page);
      const x = await sample(s.page, s.cdp);
      console.log(
        `  ${name}: ${ROUND} swipes in ${((Date.now() - t0) / 1000).toFixed(0)} s; heap ${x.heapMB.toFixed(2)} MB, ${x.nodes} nodes, ${x.listeners} listeners, WebGL contexts ${x.webglContexts}`,
      );
      return x;
    };
    console.log(
      `swipe: ${SWIPES} swipes of the year comparison's divider in rounds of ${ROUND}, after a warm-up round`,
    );
    const start = await playRound('warm-up');
    let end = start;
    for (let r = 1; r <= SWIPES / ROUND; r++) {
      end = await playRound(`round ${r}/${SWIPES / ROUND}`);
      done += ROUND;
    }
    const { at, moves } = await s.page.evaluate(() => ({
      at: document.querySelector('atlas-app')!.store.state.swipe?.at,
      moves: (window as unknown as { __dividerMoves: () => number }).__dividerMoves(),
    }));
    // Every swipe passes through path().length positions; a bench whose drags missed the divider measures nothing.
    const wanted = (SWIPES + ROUND) * path().length * 0.9;
    const heap = pct(start.heapMB, end.heapMB);
    const nodes = pct(start.nodes, end.nodes);
    const listeners = pct(start.listeners, end.listeners);
    console.log(
      `swipe: heap ${start.heapMB.toFixed(2)} → ${end.heapMB.toFixed(2)} MB, nodes ${start.nodes} → ${end.nodes}, listeners ${start.listeners} → ${end.listeners}, divider moved ${moves} times, back at ${at}`,
    );
    const checks = [
      {
        name: `swipe: heap growth ${percent(heap)} < ${percent(BUDGET.heapGrowth)}`,
        ok: heap < BUDGET.heapGrowth,
      },
      {
        name: `swipe: DOM node growth ${percent(nodes)} ≤ ${percent(BUDGET.domGrowth)}`,
        ok: nodes <= BUDGET.domGrowth,
      },
      {
        name: `swipe: listener growth ${percent(listeners)} ≤ ${percent(BUDGET.domGrowth)}`,
        ok: listeners <= BUDGET.domGrowth,
      },
      {
        name: `swipe: WebGL contexts ${end.webglContexts} ≤ ${BUDGET.webglContexts}`,
        ok: end.webglContexts <= BUDGET.webglContexts,
      },
      {
        name: `swipe: the divider moved ${moves} times ≥ ${Math.round(wanted)}, back at ${at}`,
        ok: moves >= wanted && at === 0.5,
      },
      { name: `swipe: page errors ${s.errors.length}`, ok: s.errors.length === 0 },
    ];
    reportChecks(checks, s.errors);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
