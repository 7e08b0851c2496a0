/**
 * The interactive half of the kiosk soak (bench/soak.ts): random touches on the kiosk as
 * visitors make them, through CDP touch events (the browser's own input path): taps, one-finger
 * pans, two-finger pinches, and the top bar's panels opened and closed. Seeded, so every run
 * makes the same touches. Each round ends at home, like the tour rounds, before it is sampled.
 */
import type { CDPSession, Page } from 'playwright-core';
import { type KioskPage, type Sample, sample, settleAtHome } from './soak-harness.ts';

/** mulberry32: a small seeded generator, so that a soak is repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Point = { x: number; y: number };

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: Math.round(p.x), y: Math.round(p.y), id })),
  });
}

/** A drag of every finger from `from` to `to` in a few moves. */
async function gesture(cdp: CDPSession, from: Point[], to: Point[], moves = 5): Promise<void> {
  await touch(cdp, 'touchStart', from);
  for (let i = 1; i <= moves; i++) {
    const f = i / moves;
    await touch(
      cdp,
      'touchMove',
      from.map((p, k) => ({ x: p.x + (to[k]!.x - p.x) * f, y: p.y + (to[k]!.y - p.y) * f })),
    );
  }
  await touch(cdp, 'touchEnd', []);
}

/** Centres of the top bar's panel toggles, as they are on screen now. */
function panelToggles(page: Page): Promise<Point[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('atlas-app')!.shadowRoot!.querySelector('atlas-top-bar');
    return [...(bar?.shadowRoot?.querySelectorAll<HTMLElement>('.panel-toggle') ?? [])]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
  });
}

export interface TouchSoak {
  next: () => number;
  counts: Record<'tap' | 'pan' | 'pinch' | 'panel', number>;
}

export function touchSoak(seed = 13): TouchSoak {
  return { next: random(seed), counts: { tap: 0, pan: 0, pinch: 0, panel: 0 } };
}

/**
 * Makes `n` random touches, then goes home and samples. With `everyPanel` (the warm-up), it first
 * opens and closes each of the top bar's views once: what a view keeps after its first opening
 * (its code, its element's templates) is then in the start sample, and growth after it is growth.
 */
export async function touchRound(
  kiosk: KioskPage,
  soak: TouchSoak,
  n: number,
  { everyPanel = false } = {},
): Promise<Sample> {
  const { page, cdp } = kiosk;
  const { width, height } = page.viewportSize()!;
  const r = soak.next;
  // Clear of the corner that opens the staff line on a long press, and of the screen's edges.
  const anywhere = (): Point => ({ x: 80 + r() * (width - 160), y: 80 + r() * (height - 160) });
  let toggles = await panelToggles(page);
  if (everyPanel)
    for (const t of toggles)
      for (const _ of ['open', 'close']) {
        await gesture(cdp, [t], [t], 0);
        await page.waitForTimeout(800);
      }
  for (let i = 0; i < n; i++) {
    const kind = r();
    if (kind < 0.4) {
      const p = anywhere();
      await gesture(cdp, [p], [p], 0);
      soak.counts.tap++;
    } else if (kind < 0.65) {
      const p = anywhere();
      await gesture(cdp, [p], [{ x: p.x + (r() - 0.5) * 400, y: p.y + (r() - 0.5) * 400 }]);
      soak.counts.pan++;
    } else if (kind < 0.85) {
      const c = anywhere();
      const d = 40 + r() * 60;
      const f = r() < 0.5 ? 2 : 0.5;
      await gesture(
        cdp,
        [
          { x: c.x - d, y: c.y },
          { x: c.x + d, y: c.y },
        ],
        [
          { x: c.x - d * f, y: c.y },
          { x: c.x + d * f, y: c.y },
        ],
      );
      soak.counts.pinch++;
    } else {
      // A panel opened, and on the next such touch usually closed again (the toggle is the same button).
      if (toggles.length === 0) toggles = await panelToggles(page);
      const t = toggles[Math.floor(r() * toggles.length)];
      if (t) await gesture(cdp, [t], [t], 0);
      soak.counts.panel++;
    }
    // A visitor's pace, roughly: the map gets frames between touches.
    await page.waitForTimeout(30);
  }
  await settleAtHome(page);
  return sample(page, cdp);
}
