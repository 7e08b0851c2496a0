/**
 * Soak test of kiosk mode: plays N steps of the attract tour (default 500) in headless
 * Chromium, fast (`?kiosk&tourSpeed=…`), and compares the page at home before and after:
 * JS heap after a forced GC, DOM nodes, JS event listeners (CDP Memory.getDOMCounters) and the
 * number of WebGL contexts the page ever created (getContext is wrapped in an init script).
 *
 * Budgets: heap growth < 10 %, DOM nodes and listeners stable (growth ≤ 1 %), exactly one
 * WebGL context. Exits 1 when a budget is missed, 2 when the soak itself fails.
 *
 * The start sample is taken after a warm-up of a few tour loops (default 3), once V8 has
 * compiled what the tour runs and the browser's capped buffers (performance entries, font
 * data) have filled; the heap after the first loop is printed too, and the series printed every
 * 100 steps (the tour stopped at home for each sample) shows whether the heap levels off.
 *
 * Usage: npm run bench:soak -- [--steps 500] [--speed 24] [--warmup 3] [--no-build]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/static-server.ts';
import { viteBuild } from '../test/support/vite-build.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/results/dist-soak');
const BUDGET = { heapGrowth: 0.1, domGrowth: 0.01, webglContexts: 1 };

const { values } = parseArgs({
  options: {
    steps: { type: 'string', default: '500' },
    speed: { type: 'string', default: '24' },
    warmup: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const STEPS = Number(values.steps);
const SPEED = Number(values.speed);
const WARMUP = Number(values.warmup);

/** Counts every distinct WebGL context the page creates, for the whole life of the page. */
const COUNT_WEBGL = `(() => {
  const seen = new WeakSet();
  window.__webglContexts = 0;
  const wrap = (proto) => {
    const get = proto.getContext;
    proto.getContext = function (type, ...rest) {
      const ctx = get.call(this, type, ...rest);
      if (ctx && /webgl/.test(String(type)) && !seen.has(ctx)) { seen.add(ctx); window.__webglContexts++; }
      return ctx;
    };
  };
  wrap(HTMLCanvasElement.prototype);
  if (self.OffscreenCanvas) wrap(OffscreenCanvas.prototype);
})();`;

interface Sample {
  heapMB: number;
  nodes: number;
  listeners: number;
  documents: number;
  webglContexts: number;
}

async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const webglContexts = await page.evaluate(
    () => (window as unknown as { __webglContexts: number }).__webglContexts,
  );
  return {
    heapMB: heap.usedSize / 2 ** 20,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    webglContexts,
  };
}

/** Stops the tour, goes home and waits until the map is idle: the same state for both samples. */
async function settleAtHome(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const k = document.querySelector('kiosk-overlay')!.controller as { stopTour(): void; goHome(): void };
    k.stopTour();
    k.goHome();
    const map = document.querySelector('atlas-app')!.controller!.map;
    await new Promise<void>((r) => {
      map.once('idle', () => r());
      map.triggerRepaint();
    });
  });
  await page.waitForTimeout(3000);
}

/**
 * Plays `steps` more tour steps; every 100 steps, `each` runs (for a heap sample) while the
 * tour goes on. The page is asked once per 100 steps, never polled: every `page.evaluate`
 * compiles a script that DevTools keeps, which would itself grow the heap being measured.
 */
async function playSteps(page: Page, steps: number, each?: (played: number) => Promise<void>): Promise<void> {
  const begin = await page.evaluate(() => {
    const k = document.querySelector('kiosk-overlay')!.controller as {
      startTour(): void;
      tour: { stepsPlayed: number };
    };
    k.startTour();
    return k.tour.stepsPlayed;
  });
  const started = Date.now();
  for (let done = 0; done < steps; ) {
    const chunk = Math.min(100, steps - done);
    await page.evaluate(
      (target) =>
        new Promise<void>((resolve) => {
          const k = document.querySelector('kiosk-overlay')!.controller as { tour: { stepsPlayed: number } };
          const timer = setInterval(() => {
            if (k.tour.stepsPlayed < target) return;
            clearInterval(timer);
            resolve();
          }, 100);
        }),
      begin + done + chunk,
    );
    done += chunk;
    if (done < steps) {
      process.stdout.write(`  … ${done} steps played, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      await each?.(done);
      process.stdout.write('\n');
      await page.evaluate(() =>
        (document.querySelector('kiosk-overlay')!.controller as { startTour(): void }).startTour(),
      );
    }
  }
}

async function main(): Promise<void> {
  if (!values['no-build']) {
    viteBuild('atlas', ['--outDir', DIST, '--emptyOutDir']);
  }
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      hasTouch: true,
    });
    await context.addInitScript(COUNT_WEBGL);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.url}/?kiosk&idle=86400&reset=86400&tourSpeed=${SPEED}`);
    await page.waitForFunction(
      () => (document.querySelector('kiosk-overlay')?.controller as { tour: unknown } | undefined)?.tour,
      null,
      { timeout: 60_000 },
    );
    const loop = await page.evaluate(
      () =>
        (document.querySelector('kiosk-overlay')!.controller as { tour: { steps: unknown[] } }).tour.steps
          .length,
    );
    console.log(
      `soak: ${STEPS} tour steps at speed ×${SPEED} (a loop is ${loop} steps); warm-up: ${WARMUP} loops, so that the JIT has compiled what the tour runs`,
    );
    await playSteps(page, loop);
    await settleAtHome(page);
    const firstLoop = await sample(page, cdp);
    console.log(`  after the first loop: heap after GC ${firstLoop.heapMB.toFixed(2)} MB (not budgeted)`);
    await playSteps(page, loop * (WARMUP - 1));
    await settleAtHome(page);
    const start = await sample(page, cdp);
    console.log(`  after ${WARMUP} loops (start): heap after GC ${start.heapMB.toFixed(2)} MB`);
    const t0 = Date.now();
    const series: number[] = [start.heapMB];
    await playSteps(page, STEPS, async () => {
      await settleAtHome(page);
      const s = await sample(page, cdp);
      series.push(s.heapMB);
      process.stdout.write(`, at home: heap after GC ${s.heapMB.toFixed(2)} MB, ${s.nodes} DOM nodes`);
    });
    const seconds = (Date.now() - t0) / 1000;
    await settleAtHome(page);
    const end = await sample(page, cdp);
    const kiosk = await page.evaluate(() => {
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
    series.push(end.heapMB);
    console.log(`heap at home every 100 steps (MB): ${series.map((x) => x.toFixed(2)).join(' → ')}`);
    console.log(`kiosk: ${kiosk}`);

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
