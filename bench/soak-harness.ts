/**
 * The page driver of the kiosk soak, shared by bench/soak.ts and bench/soak-snapshot-diff.ts so
 * that the diagnostic measures exactly what the soak does.
 *
 * The soak is a series of identical rounds: start the tour from its first step, play
 * ROUND_STEPS steps, stop, go home, wait for idle, sample. Every sample, the start sample
 * included, must follow the same round: what the page holds at home depends on where the tour
 * stopped. MapLibre's tile cache (a bounded LRU of out-of-view tiles, emptied whenever a layer's
 * visibility changes) held 0 tiles per source after a stop at a loop boundary and about 20
 * (≈ 1.3 MB of heap) after a stop at step 100; a start sample taken at a loop boundary therefore
 * read as +20 % "growth" that was only the cache's fill level.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

export const ROUND_STEPS = 100;

/**
 * Counts every distinct WebGL context the page creates, for the whole life of the page, in
 * `window.__webglContexts` (read by `sample`): an init script (bench/swipe.ts uses it too).
 */
export const COUNT_WEBGL = `(() => {
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

export interface KioskPage {
  page: Page;
  cdp: CDPSession;
  /** Page errors and console errors, in order. */
  errors: string[];
  /** Steps in one tour loop. */
  loop: number;
}

/** Opens the kiosk at `origin` with a fast tour and no idle or reset timer, and waits for the tour. */
export async function openKiosk(browser: Browser, origin: string, speed: number): Promise<KioskPage> {
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
  await page.goto(`${origin}/?kiosk&idle=86400&reset=86400&tourSpeed=${speed}`);
  await page.waitForFunction(
    () =>
      (document.querySelector('kiosk-overlay')?.controller as { tour: unknown } | undefined)?.tour != null,
    null,
    { timeout: 60_000 },
  );
  const loop = await page.evaluate(
    () =>
      (document.querySelector('kiosk-overlay')!.controller as { tour: { steps: unknown[] } }).tour.steps
        .length,
  );
  return { page, cdp, errors, loop };
}

/**
 * One round: starts the tour from its first step and returns once it has played ROUND_STEPS
 * steps (the first one included), with the tour still running. One `page.evaluate` a round,
 * never polling from outside: every evaluate compiles a script that DevTools keeps.
 */
export async function playRound(page: Page, roundSteps = ROUND_STEPS): Promise<void> {
  await page.evaluate(
    (steps) =>
      new Promise<void>((resolve) => {
        const k = document.querySelector('kiosk-overlay')!.controller as {
          startTour(): void;
          tour: { stepsPlayed: number };
        };
        const target = k.tour.stepsPlayed + steps;
        k.startTour();
        const timer = setInterval(() => {
          if (k.tour.stepsPlayed < target) return;
          clearInterval(timer);
          resolve();
        }, 100);
      }),
    roundSteps,
  );
}

/** Stops the tour, goes home and waits until the map is idle, then 3 s more. */
export async function settleAtHome(page: Page): Promise<void> {
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

export interface Sample {
  heapMB: number;
  nodes: number;
  listeners: number;
  documents: number;
  webglContexts: number;
}

/** JS heap after a forced GC, DOM counters and WebGL contexts created so far. */
export async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
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

/** A full round as the soak plays it: play, settle at home, sample. */
export async function round(kiosk: KioskPage, roundSteps = ROUND_STEPS): Promise<Sample> {
  await playRound(kiosk.page, roundSteps);
  await settleAtHome(kiosk.page);
  return sample(kiosk.page, kiosk.cdp);
}
