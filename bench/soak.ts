/**
 * Soak test of kiosk mode: plays N steps of the attract tour (default 500) in headless
 * Chromium, fast (`?kiosk&tourSpeed=…`), and compares the page at home before and after:
 * JS heap after a forced GC, DOM nodes, JS event listeners (CDP Memory.getDOMCounters) and the
 * number of WebGL contexts the page ever created (getContext is wrapped in an init script).
 *
 * Budgets: heap growth < 10 %, DOM nodes and listeners stable (growth ≤ 1 %), exactly one
 * WebGL context. Exits 1 when a budget is missed, 2 when the soak itself fails.
 *
 * The soak runs in rounds of 100 steps (bench/soak-harness.ts): each round starts the tour from
 * its first step, plays 100 steps, goes home and samples. The warm-up is made of the same rounds
 * (default 2), and its last sample is the start sample; so every sample follows the same
 * operations and the same stretch of the tour, once V8 has compiled what the tour runs and the
 * bounded caches (MapLibre's tile cache, the browser's capped buffers) are as full as they get
 * at that point: a start sample taken elsewhere in the tour measures the cache, not a leak
 * (bench/soak-harness.ts). The heap after every round is printed, to show that it stays level.
 *
 * Usage: npm run bench:soak -- [--steps 500] [--speed 24] [--warmup 2] [--no-build]
 *   (--steps is a multiple of 100; --warmup counts rounds of 100 steps)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/static-server.ts';
import { viteBuild } from '../test/support/vite-build.ts';
import { openKiosk, ROUND_STEPS, round, type Sample } from './soak-harness.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/results/dist-soak');
const BUDGET = { heapGrowth: 0.1, domGrowth: 0.01, webglContexts: 1 };

const { values } = parseArgs({
  options: {
    steps: { type: 'string', default: '500' },
    speed: { type: 'string', default: '24' },
    warmup: { type: 'string', default: '2' },
    'no-build': { type: 'boolean', default: false },
  },
});
const STEPS = Number(values.steps);
const SPEED = Number(values.speed);
const WARMUP = Number(values.warmup);

async function main(): Promise<void> {
  if (!(STEPS > 0 && STEPS % ROUND_STEPS === 0) || !(WARMUP >= 1 && Number.isInteger(WARMUP))) {
    throw new Error(`--steps must be a multiple of ${ROUND_STEPS}, --warmup a whole number of rounds ≥ 1`);
  }
  if (!values['no-build']) {
    viteBuild('atlas', ['--outDir', DIST, '--emptyOutDir']);
  }
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  try {
    const kiosk = await openKiosk(browser, server.url, SPEED);
    const { page, errors } = kiosk;
    console.log(
      `soak: ${STEPS} tour steps at speed ×${SPEED} (a loop is ${kiosk.loop} steps), in rounds of ${ROUND_STEPS} steps that each end with a sample at home; warm-up: ${WARMUP} rounds`,
    );
    const series: number[] = [];
    const play = async (label: string): Promise<Sample> => {
      const t0 = Date.now();
      const s = await round(kiosk);
      series.push(s.heapMB);
      console.log(
        `  ${label}: ${((Date.now() - t0) / 1000).toFixed(0)} s; at home: heap after GC ${s.heapMB.toFixed(2)} MB, ${s.nodes} DOM nodes, ${s.listeners} listeners`,
      );
      return s;
    };
    let start = await play(`warm-up round 1/${WARMUP}`);
    for (let i = 2; i <= WARMUP; i++) start = await play(`warm-up round ${i}/${WARMUP}`);
    const rounds = STEPS / ROUND_STEPS;
    const t0 = Date.now();
    let end = start;
    for (let i = 1; i <= rounds; i++) end = await play(`round ${i}/${rounds} (${i * ROUND_STEPS} steps)`);
    const seconds = (Date.now() - t0) / 1000;
    const status = await page.evaluate(() => {
      const k = document.querySelector('kiosk-overlay')!.controller as { statusLine(): string };
      return k.statusLine();
    });

    const pct = (a: number, b: number) => (b - a) / a;
    const rows: [string, string, string, string][] = [
      [
        'JS heap after GC',
        `${start.heapMB.toFixed(2)} MB`,
        `${end.heapMB.toFixed(2)} MB`,
        `${(pct(start.heapMB, end.heapMB) * 100).toFixed(1)} %`,
      ],
      ['DOM nodes', `${start.nodes}`, `${end.nodes}`, `${end.nodes - start.nodes}`],
      ['JS event listeners', `${start.listeners}`, `${end.listeners}`, `${end.listeners - start.listeners}`],
      ['documents', `${start.documents}`, `${end.documents}`, `${end.documents - start.documents}`],
      [
        'WebGL contexts created',
        `${start.webglContexts}`,
        `${end.webglContexts}`,
        `${end.webglContexts - start.webglContexts}`,
      ],
    ];
    console.log(`\n${STEPS} steps in ${seconds.toFixed(0)} s (${(seconds / STEPS).toFixed(2)} s a step)`);
    console.log(`${'figure'.padEnd(24)}${'start'.padStart(12)}${'end'.padStart(12)}${'change'.padStart(10)}`);
    for (const [name, a, b, c] of rows)
      console.log(`${name.padEnd(24)}${a.padStart(12)}${b.padStart(12)}${c.padStart(10)}`);
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' → ');
    console.log(
      `heap at home after each round (MB): warm-up ${fmt(series.slice(0, WARMUP))} | measured ${fmt(series.slice(WARMUP))}`,
    );
    console.log(`kiosk: ${status}`);

    const checks = [
      {
        name: `heap growth < ${BUDGET.heapGrowth * 100} %`,
        ok: pct(start.heapMB, end.heapMB) < BUDGET.heapGrowth,
      },
      {
        name: `DOM nodes stable (≤ ${BUDGET.domGrowth * 100} %)`,
        ok: pct(start.nodes, end.nodes) <= BUDGET.domGrowth,
      },
      {
        name: `event listeners stable (≤ ${BUDGET.domGrowth * 100} %)`,
        ok: pct(start.listeners, end.listeners) <= BUDGET.domGrowth,
      },
      { name: 'exactly one WebGL context', ok: end.webglContexts === BUDGET.webglContexts },
      { name: 'no page errors', ok: errors.length === 0 },
    ];
    for (const c of checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name}`);
    if (errors.length) console.log(errors.slice(0, 10).join('\n'));
    const failed = checks.filter((c) => !c.ok).length;
    console.log(`${checks.length - failed} passed, ${failed} failed`);
    if (failed) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
