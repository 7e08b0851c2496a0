/**
 * Soak test of kiosk mode, in headless Chromium, in two parts on one page:
 *
 * - the tour: N steps of the attract tour (default 5,000, about a day of attract mode at ×24),
 *   played fast: the step time is the tour's own divided by `--speed` (`?kiosk&tourSpeed=…`);
 * - touches: M random touches (default 2,000): taps, pans, pinches, panels opened and closed
 *   (bench/soak-touch.ts).
 *
 * Each part runs in rounds that end at home with a sample: JS heap after a forced GC, DOM
 * nodes, JS event listeners (CDP Memory.getDOMCounters) and the WebGL contexts the page ever
 * created (getContext is wrapped in an init script). A warm-up round of the same kind comes
 * first, and its sample is the start (bench/soak-harness.ts says why). Budgets, per part: heap
 * growth < 5 %, DOM nodes and listeners flat (growth ≤ 1 %), exactly one WebGL context, no page
 * error. Each is printed PASS or FAIL with its ratio. Exits 1 when a budget is missed, 2 when
 * the soak itself fails.
 *
 * Time: on two cores with SwiftShader a tour step takes about 0.35 s whatever the speed above ×240
 * (drawing, not the tour's timer, sets the pace), so the full 5,000 steps take about 30 minutes;
 * `--steps 1000 --touches 1000` is the quick run (about 12 minutes).
 *
 * Usage: npm run bench:soak -- [--steps 5000] [--round 250] [--speed 240] [--touches 2000] [--no-build]
 *   (--steps is a multiple of --round; --touches a multiple of 200)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/static-server.ts';
import { viteBuild } from '../test/support/vite-build.ts';
import { type Check, reportChecks } from './checks.ts';
import { openKiosk, round, type Sample } from './soak-harness.ts';
import { touchRound, touchSoak } from './soak-touch.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/results/dist-soak');
const BUDGET = { heapGrowth: 0.05, domGrowth: 0.01, webglContexts: 1 };
const TOUCH_ROUND = 200;

const { values } = parseArgs({
  options: {
    steps: { type: 'string', default: '5000' },
    round: { type: 'string', default: '250' },
    speed: { type: 'string', default: '240' },
    touches: { type: 'string', default: '2000' },
    'no-build': { type: 'boolean', default: false },
  },
});
const STEPS = Number(values.steps);
const ROUND = Number(values.round);
const SPEED = Number(values.speed);
const TOUCHES = Number(values.touches);

const pct = (a: number, b: number) => (b - a) / a;
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Plays warm-up and measured rounds; prints each; returns the budget checks. */
async function part(
  label: string,
  rounds: number,
  play: () => Promise<Sample>,
  errors: () => number,
): Promise<Check[]> {
  const series: number[] = [];
  const one = async (name: string) => {
    const t0 = Date.now();
    const s = await play();
    series.push(s.heapMB);
    console.log(
      `  ${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s; at home: heap ${s.heapMB.toFixed(2)} MB, ${s.nodes} nodes, ${s.listeners} listeners`,
    );
    return s;
  };
  const t0 = Date.now();
  const start = await one('warm-up');
  let end = start;
  for (let i = 1; i <= rounds; i++) end = await one(`round ${i}/${rounds}`);
  const heap = pct(start.heapMB, end.heapMB);
  const nodes = pct(start.nodes, end.nodes);
  const listeners = pct(start.listeners, end.listeners);
  console.log(
    `${label}: ${((Date.now() - t0) / 1000).toFixed(0)} s; heap ${start.heapMB.toFixed(2)} → ${end.heapMB.toFixed(2)} MB, nodes ${start.nodes} → ${end.nodes}, listeners ${start.listeners} → ${end.listeners}, WebGL contexts ${end.webglContexts}`,
  );
  return [
    {
      name: `${label}: heap growth ${percent(heap)} < ${percent(BUDGET.heapGrowth)}`,
      ok: heap < BUDGET.heapGrowth,
    },
    {
      name: `${label}: DOM node growth ${percent(nodes)} ≤ ${percent(BUDGET.domGrowth)}`,
      ok: nodes <= BUDGET.domGrowth,
    },
    {
      name: `${label}: listener growth ${percent(listeners)} ≤ ${percent(BUDGET.domGrowth)}`,
      ok: listeners <= BUDGET.domGrowth,
    },
    {
      name: `${label}: WebGL contexts ${end.webglContexts}/${BUDGET.webglContexts}`,
      ok: end.webglContexts === 1,
    },
    { name: `${label}: page errors ${errors()}`, ok: errors() === 0 },
  ];
}

async function main(): Promise<void> {
  if (!(ROUND > 0 && STEPS > 0 && STEPS % ROUND === 0) || !(TOUCHES > 0 && TOUCHES % TOUCH_ROUND === 0)) {
    throw new Error(`--steps must be a multiple of --round, --touches a multiple of ${TOUCH_ROUND}`);
  }
  if (!values['no-build']) viteBuild('atlas', ['--outDir', DIST, '--emptyOutDir']);
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  try {
    const kiosk = await openKiosk(browser, server.url, SPEED);
    const t0 = Date.now();
    console.log(
      `soak: ${STEPS} tour steps at ×${SPEED} (a loop is ${kiosk.loop} steps) in rounds of ${ROUND}, then ${TOUCHES} touches in rounds of ${TOUCH_ROUND}; one warm-up round each`,
    );
    const checks = await part(
      'tour',
      STEPS / ROUND,
      () => round(kiosk, ROUND),
      () => kiosk.errors.length,
    );
    const soak = touchSoak();
    const before = kiosk.errors.length;
    let warmUp = true;
    checks.push(
      ...(await part(
        'touches',
        TOUCHES / TOUCH_ROUND,
        () => {
          const everyPanel = warmUp;
          warmUp = false;
          return touchRound(kiosk, soak, TOUCH_ROUND, { everyPanel });
        },
        () => kiosk.errors.length - before,
      )),
    );
    const c = soak.counts;
    console.log(`touches made: ${c.tap} taps, ${c.pan} pans, ${c.pinch} pinches, ${c.panel} panel toggles`);
    const status = await kiosk.page.evaluate(() =>
      (document.querySelector('kiosk-overlay')!.controller as { statusLine(): string }).statusLine(),
    );
    console.log(`kiosk: ${status}`);
    console.log(`total ${((Date.now() - t0) / 60_000).toFixed(1)} min`);
    reportChecks(checks, kiosk.errors);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
