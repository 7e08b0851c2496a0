/**
 * Opens the atlas in a fresh page and waits until the plan data is drawn, recording every
 * request so a test can prove that nothing leaves the machine.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export interface AtlasPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * `waitForData: false` returns once the first page has loaded, for a page that moves on to
 * another by itself (an online basemap moves to the page that admits its host): waiting for the
 * data there would race that navigation.
 */
export async function openAtlas(
  browser: Browser,
  url: string,
  opts: BrowserContextOptions = {},
  { waitForData = true }: { waitForData?: boolean } = {},
): Promise<AtlasPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    ...opts,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // A Content-Security-Policy violation is an error of the page, whatever else the test checks.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  if (waitForData) await waitForAtlas(page);
  return { page, requests, errors, close: () => context.close() };
}

/** Waits for the data to be on the map and the map to be idle. */
export async function waitForAtlas(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
  await page.evaluate(async () => {
    const app = document.querySelector('atlas-app')!;
    await app.dataLoaded;
  });
  await waitForIdle(page);
}

export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = document.querySelector('atlas-app')!.controller!.map;
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
          // One more frame so that symbols placed after the last tile are drawn.
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/** Distinct colours on the map canvas, sampled on a grid: a blank or one-colour map has one or two. */
export async function canvasColourCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const src = document.querySelector('atlas-app')!.controller!.map.getCanvas();
    const c = document.createElement('canvas');
    c.width = 160;
    c.height = 100;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0, c.width, c.height);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return colours.size;
  });
}

/** Ids of the plan features MapLibre has rendered for a layer right now. */
export async function renderedIds(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((l) => {
    const c = document.querySelector('atlas-app')!.controller!;
    return [...new Set(c.renderedFeatures(l as never).map((f) => String(f.properties.id)))];
  }, layer);
}

/** Screen position of a lon/lat on the map canvas, in page coordinates. */
export async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = document.querySelector('atlas-app')!.controller!.map;
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

/**
 * A page position where a feature is the only interactive thing under the finger, found by
 * scanning its bounding box: centroids of concave shapes, or of zones under a station, miss.
 */
export async function clickablePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const found = await page.evaluate((featureId) => {
    const app = document.querySelector('atlas-app')!;
    const map = app.controller!.map;
    const layers = map
      .getStyle()
      .layers.filter(
        (l) => l.id !== 'background' && !l.id.startsWith('district-boundary') && !l.id.endsWith('-label'),
      )
      .map((l) => l.id);
    const features = map.querySourceFeatures('plan', { filter: ['==', ['get', 'id'], featureId] });
    if (features.length === 0) return null;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    const visit = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') {
        w = Math.min(w, c[0]);
        e = Math.max(e, c[0]);
        s = Math.min(s, c[1]);
        n = Math.max(n, c[1]);
      } else if (Array.isArray(c)) c.forEach(visit);
    };
    for (const f of features) visit((f.geometry as GeoJSON.Polygon).coordinates);
    const a = map.project([w, n]);
    const b = map.project([e, s]);
    const steps = 12;
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const x = a.x + ((b.x - a.x) * i) / steps;
        const y = a.y + ((b.y - a.y) * j) / steps;
        const hits = map.queryRenderedFeatures(
          [
            [x - 8, y - 8],
            [x + 8, y + 8],
          ],
          { layers: layers.filter((l) => map.getLayoutProperty(l, 'visibility') !== 'none') },
        );
        // The feature must be under the point itself, not only near it (an outline within the
        // box), and nothing else may be near enough for the finger to hit instead.
        const under = map.queryRenderedFeatures([x, y], {
          layers: layers.filter((l) => map.getLayoutProperty(l, 'visibility') !== 'none'),
        });
        if (
          hits.length > 0 &&
          hits.every((h) => h.properties.id === featureId) &&
          under.some((h) => h.properties.id === featureId)
        ) {
          const r = map.getCanvas().getBoundingClientRect();
          return { x: r.left + x, y: r.top + y };
        }
      }
    }
    return null;
  }, id);
  if (!found) throw new Error(`no clickable point found for feature ${id}`);
  return found;
}

/** Text of the open info panel, or null. */
export function infoPanelText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const panel = document.querySelector('atlas-app')!.shadowRoot!.querySelector('info-panel');
    return panel?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? null;
  });
}

/** A file as the import's file chooser takes it. */
export interface ImportedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Opens the planner tools' Import tab (the tools panel must be open) and gives it a file. */
export async function importFile(page: Page, file: ImportedFile): Promise<void> {
  await page.locator('planner-tools button.tab-import').click();
  await page.locator('planner-tools import-section').waitFor();
  await page.locator('planner-tools import-section input[type=file]').setInputFiles(file);
}
