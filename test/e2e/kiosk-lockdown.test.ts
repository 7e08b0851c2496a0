/**
 * Kiosk lockdown: a visitor taps every control the kiosk shows, and every control that tap
 * reveals, on a landscape and a portrait screen. Nothing may open a file chooser, start a
 * download, open the print dialog or another window or page. Drops are refused everywhere,
 * and a reload comes back to the configured home, not to the last visitor's choices.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickablePoint, openAtlas, project, waitForIdle } from './atlas-page.ts';
import { screenshot, useBrowser } from './fixtures.ts';

/** A control a finger can reach: described well enough to be found again after a re-render. */
interface Control {
  key: string;
  x: number;
  y: number;
}

/** Every visible, tappable control in the page and its shadow roots, keyed by host chain, tag and text. */
function reachableControls(page: Page): Promise<Control[]> {
  return page.evaluate(() => {
    const SELECTOR =
      'button, a[href], input, select, textarea, summary, label, [role="button"], [role="tab"], [role="checkbox"], [tabindex]:not([tabindex="-1"])';
    const found: { key: string; x: number; y: number }[] = [];
    const seen = new Map<string, number>();
    const hit = (el: Element, x: number, y: number): boolean => {
      // The topmost element at the control's centre must be the control or inside it.
      let root: Document | ShadowRoot = document;
      let top: Element | null = root.elementFromPoint(x, y);
      while (top?.shadowRoot) {
        const inner: Element | null = top.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === top) break;
        root = top.shadowRoot;
        top = inner;
      }
      return top !== null && (top === el || el.contains(top) || top.contains(el));
    };
    const visit = (root: Document | ShadowRoot, hosts: string) => {
      for (const el of root.querySelectorAll(SELECTOR)) {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width < 1 || r.height < 1 || style.visibility === 'hidden' || style.pointerEvents === 'none')
          continue;
        if ((el as HTMLButtonElement).disabled) continue;
        const x = Math.min(innerWidth - 2, Math.max(1, r.left + r.width / 2));
        const y = Math.min(innerHeight - 2, Math.max(1, r.top + r.height / 2));
        if (!hit(el, x, y)) continue;
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const base = `${hosts} ${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${label.slice(0, 40)}"`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        found.push({ key: `${base} #${n}`, x, y });
      }
      for (const el of root.querySelectorAll('*'))
        if (el.shadowRoot) visit(el.shadowRoot, `${hosts}>${el.tagName.toLowerCase()}`);
    };
    visit(document, '');
    return found;
  });
}

/** Back to the kiosk's home, as the idle reset does, with any dialog closed. */
async function home(page: Page): Promise<void> {
  await page.evaluate(() => {
    const closeDialogs = (root: Document | ShadowRoot) => {
      for (const d of root.querySelectorAll('dialog')) if (d.open) d.close();
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) closeDialogs(el.shadowRoot);
    };
    closeDialogs(document);
    (document.querySelector('kiosk-overlay')!.controller as { goHome(): void }).goHome();
  });
  await page.waitForTimeout(150);
}

/** A tap on the map where a feature is the only thing under the finger: it opens the info panel. */
async function tapFeature(page: Page, id: string): Promise<void> {
  await page.evaluate((fid) => {
    const app = document.querySelector('atlas-app')!;
    const f = app.features.find((x) => x.properties.id === fid)!;
    // As a visitor would from the layer list: the feature's layer is on.
    const layer = f.properties.layer;
    if (!app.store.state.layers.includes(layer))
      app.store.set({ layers: [...app.store.state.layers, layer] });
    app.controller!.flyToFeature(f.geometry, { animate: false });
  }, id);
  await waitForIdle(page);
  // A point wins over the lines and areas around it, so a tap on it is enough.
  const point = await page.evaluate((fid) => {
    const g = document.querySelector('atlas-app')!.features.find((x) => x.properties.id === fid)!.geometry;
    return g.type === 'Point' ? (g.coordinates as [number, number]) : null;
  }, id);
  const at = point ? await project(page, point) : await clickablePoint(page, id);
  await page.touchscreen.tap(at.x, at.y);
  await page.waitForTimeout(200);
}

interface Exits {
  fileChoosers: string[];
  downloads: string[];
  popups: string[];
}

async function tapEverything(
  page: Page,
  exits: Exits,
): Promise<{ level1: number; level2: number; taps: string[] }> {
  const taps: string[] = [];
  const tap = async (c: Control) => {
    taps.push(c.key);
    await page.touchscreen.tap(c.x, c.y);
    await page.waitForTimeout(120);
  };
  // Level 1: what the home screen shows, plus taps on map features of each kind.
  await home(page);
  const atHome = await reachableControls(page);
  const homeKeys = new Set(atHome.map((c) => c.key));
  const openers: { key: string; open: () => Promise<void> }[] = [
    ...atHome.map((c) => ({
      key: c.key,
      open: async () => {
        const now = (await reachableControls(page)).find((x) => x.key === c.key);
        if (now) await tap(now);
      },
    })),
    ...['fenghuanghu-industrial-park', 'expansion-trade-logistics', 'station-yongchuan-east'].map((id) => ({
      key: `map feature ${id}`,
      open: () => tapFeature(page, id),
    })),
  ];
  let level2 = 0;
  /** The controls once what a tap opened has finished appearing (a view's code may load first). */
  const settled = async (): Promise<Control[]> => {
    // A view is rendered before its code arrives, as an element not yet defined: wait for it.
    await page.waitForFunction(
      () => {
        const pending = (root: Document | ShadowRoot): boolean =>
          root.querySelector(':not(:defined)') !== null ||
          [...root.querySelectorAll('*')].some((el) => el.shadowRoot !== null && pending(el.shadowRoot));
        return !pending(document);
      },
      null,
      { timeout: 15_000 },
    );
    let before = await reachableControls(page);
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(150);
      const now = await reachableControls(page);
      if (now.length === before.length && now.every((c, k) => c.key === before[k].key)) return now;
      before = now;
    }
    return before;
  };
  for (const opener of openers) {
    await home(page);
    await opener.open();
    // Level 2: every control the first tap revealed.
    const revealed = (await settled()).filter((c) => !homeKeys.has(c.key));
    for (const target of revealed) {
      let now = (await reachableControls(page)).find((c) => c.key === target.key);
      if (!now) {
        // An earlier tap of this round closed what revealed it: open it again.
        await home(page);
        await opener.open();
        now = (await settled()).find((c) => c.key === target.key);
      }
      if (!now) continue;
      await tap(now);
      level2++;
    }
    expect(exits, `after ${opener.key}`).toEqual({ fileChoosers: [], downloads: [], popups: [] });
  }
  return { level1: openers.length, level2, taps };
}

describe('kiosk lockdown', () => {
  const { browser, baseUrl } = useBrowser();

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1080, height: 1920 },
  ]) {
    it(`no control reachable in two taps opens a file chooser, a download, print or a page (${viewport.width}×${viewport.height})`, async () => {
      const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=3600&reset=3600`, {
        hasTouch: true,
        viewport,
      });
      const { page } = atlas;
      await page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller));
      // Count print calls underneath the lockdown's own guard, so a control that tries is caught.
      await page.evaluate(() => {
        (window as unknown as { printCalls: number }).printCalls = 0;
        const guard = window.print;
        window.print = () => {
          (window as unknown as { printCalls: number }).printCalls++;
          guard.call(window);
        };
      });
      const exits: Exits = { fileChoosers: [], downloads: [], popups: [] };
      page.on('filechooser', (f) => exits.fileChoosers.push(String(f.isMultiple())));
      page.on('download', (d) => exits.downloads.push(d.suggestedFilename()));
      page.on('popup', (p) => exits.popups.push(p.url()));
      page.context().on('page', (p) => p !== page && exits.popups.push(p.url()));
      const start = new URL(page.url());

      const { level1, level2, taps } = await tapEverything(page, exits);
      console.log(
        `lockdown ${viewport.width}x${viewport.height}: ${level1} first taps, ${level2} second taps`,
      );
      await page.waitForTimeout(500);

      // The run really reached the panels: the kiosk's views, the layer list and an info panel.
      expect(level1).toBeGreaterThanOrEqual(8);
      expect(level2).toBeGreaterThanOrEqual(30);
      expect(taps.some((k) => k.includes('targets-view'))).toBe(true);
      expect(taps.some((k) => k.includes('park-finder'))).toBe(true);
      expect(taps.some((k) => k.includes('layer-panel'))).toBe(true);
      expect(taps.some((k) => k.includes('info-panel'))).toBe(true);
      // The planner tools are not there at all, nor is any export or copy button.
      expect(taps.filter((k) => /tools|export|copy|导出|复制|规划工具|planner/i.test(k))).toEqual([]);

      expect(exits).toEqual({ fileChoosers: [], downloads: [], popups: [] });
      const after = await page.evaluate(() => ({
        printCalls: (window as unknown as { printCalls: number }).printCalls,
        attempts: (
          document.querySelector('kiosk-overlay')!.controller as { lockdown: { attempts: string[] } }
        ).lockdown.attempts,
        fileInputs: document.querySelector('atlas-app')!.shadowRoot!.querySelectorAll('input[type=file]')
          .length,
      }));
      expect(after.printCalls).toBe(0);
      expect(after.attempts.filter((a) => a !== 'history')).toEqual([]);
      expect(after.fileInputs).toBe(0);
      expect(new URL(page.url()).origin).toBe(start.origin);
      expect(new URL(page.url()).pathname).toBe(start.pathname);
      await home(page);
      await waitForIdle(page);
      await screenshot(page, `kiosk-lockdown-${viewport.width}x${viewport.height}`);
      expect(atlas.errors).toEqual([]);
      await atlas.close();
      // Every control two levels deep, one tap at a time: a portrait screen shows about 200 of them,
      // several minutes on a loaded machine.
    }, 600_000);
  }

  it('the planner tools cannot be opened from the URL, and keyboard shortcuts to print, save or open are refused', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?kiosk&idle=3600&reset=3600&panel=tools`, {
      hasTouch: true,
    });
    const { page } = atlas;
    await page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller));
    const state = await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      return {
        panel: app.store.state.panel,
        tools: Boolean(app.shadowRoot!.querySelector('planner-tools, .tools-toggle')),
        kioskAttr: app.hasAttribute('kiosk'),
      };
    });
    expect(state).toEqual({ panel: null, tools: false, kioskAttr: true });
    const refused = await page.evaluate(() =>
      ['p', 's', 'o'].map((key) => {
        const e = new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      }),
    );
    expect(refused).toEqual([true, true, true]);
    // The warning about the refused panel reaches the visitor's notice, not only the console.
    const notice = await page.evaluate(
      () =>
        document.querySelector('atlas-app')!.shadowRoot!.querySelector('notice-banner')?.shadowRoot
          ?.textContent ?? '',
    );
    expect(notice).toContain('panel');
    await atlas.close();
  });

  it('a reload comes back to the configured home language and layers, not the last visitor’s', async () => {
    const atlas = await openAtlas(
      browser(),
      `${baseUrl}/?kiosk&idle=3600&reset=3600&lang=en&layers=district-boundary,industrial-parks`,
      { hasTouch: true },
    );
    const { page } = atlas;
    await page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller));
    const configured = page.url();
    // A visitor switches to Chinese and turns a layer on.
    const zh = await page.evaluateHandle(
      () => document.querySelector('kiosk-overlay')!.shadowRoot!.querySelector('button[lang="zh-CN"]')!,
    );
    const box = await zh.asElement()!.boundingBox();
    await page.touchscreen.tap(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      app.store.set({ layers: [...app.store.state.layers, 'rail-lines'] });
    });
    expect(await page.evaluate(() => document.querySelector('atlas-app')!.store.state.lang)).toBe('zh');
    expect(page.url()).toBe(configured);

    await page.reload();
    await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
    const s = await page.evaluate(() => {
      const st = document.querySelector('atlas-app')!.store.state;
      return { lang: st.lang, layers: [...st.layers].sort() };
    });
    expect(s).toEqual({ lang: 'en', layers: ['district-boundary', 'industrial-parks'] });

    // Going home (the idle reset) also returns to the configured layers and language.
    await page.waitForFunction(() => Boolean(document.querySelector('kiosk-overlay')?.controller));
    await page.evaluate(() => {
      const app = document.querySelector('atlas-app')!;
      app.store.set({ lang: 'zh', layers: ['rail-lines'] });
      (document.querySelector('kiosk-overlay')!.controller as { goHome(): void }).goHome();
    });
    const back = await page.evaluate(() => {
      const st = document.querySelector('atlas-app')!.store.state;
      return { lang: st.lang, layers: [...st.layers].sort() };
    });
    expect(back).toEqual({ lang: 'en', layers: ['district-boundary', 'industrial-parks'] });
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  for (const mode of ['kiosk', 'desktop'] as const) {
    it(`a file dropped outside the planner tools is refused (${mode})`, async () => {
      const atlas = await openAtlas(
        browser(),
        `${baseUrl}/${mode === 'kiosk' ? '?kiosk&idle=3600&reset=3600' : ''}`,
        { hasTouch: mode === 'kiosk' },
      );
      const { page } = atlas;
      const start = page.url();
      const result = await page.evaluate(() => {
        const target = document.querySelector('atlas-app')!.shadowRoot!.querySelector('.brand')!;
        const data = new DataTransfer();
        data.items.add(new File(['{"type":"FeatureCollection","features":[]}'], 'zones.geojson'));
        const fire = (type: string) => {
          const e = new DragEvent(type, {
            bubbles: true,
            cancelable: true,
            composed: true,
            dataTransfer: data,
          });
          target.dispatchEvent(e);
          return e.defaultPrevented;
        };
        return { dragover: fire('dragover'), drop: fire('drop') };
      });
      expect(result).toEqual({ dragover: true, drop: true });
      await page.waitForTimeout(200);
      expect(page.url()).toBe(start);
      expect(atlas.errors).toEqual([]);
      await atlas.close();
    });
  }
});
