import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveDir } from '../support/static-server.ts';
import { openAtlas, renderedIds, waitForIdle } from './atlas-page.ts';
import { screenshot, shadowText, useBrowser } from './fixtures.ts';

/** A 256 × 256 PNG of one colour: a sample tile of the fixture tile server. */
function solidPng([r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const size = 256;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat()),
  ]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TILE_RGB: [number, number, number] = [30, 160, 60];
/** The map's own background outside the district (styles/tokens.ts `outside`). */
const OUTSIDE_RGB = [0xc9, 0xce, 0xd6];

/** The canvas colour at a point of the map outside the district, east of it. */
const colourAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      const src = document.querySelector('atlas-app')!.controller!.map.getCanvas();
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      const k = src.width / src.clientWidth;
      return [...ctx.getImageData(Math.round(px * k), Math.round(py * k), 1, 1).data.slice(0, 3)];
    },
    [x, y] as const,
  );
const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const noticeText = (page: Page) => shadowText(page, ['notice-banner']);

describe('online basemap', () => {
  const { browser, baseUrl } = useBrowser();
  let tiles: StaticServer;
  let dir: string;
  let hits = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-tiles-'));
    writeFileSync(join(dir, 'tile.png'), solidPng(TILE_RGB));
    tiles = await serveDir(dir, 0, { headers: { 'access-control-allow-origin': '*' }, fallback: 'tile.png' });
  });
  afterAll(async () => {
    await tiles.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const template = () => `${tiles.url}/{z}/{x}/{y}.png`;
  const view = 'view=105.9,29.3,9.5';

  it('draws tiles from ?basemap= under the plan layers, moving to the page that admits the host', async () => {
    const url = `${baseUrl}/?${view}&basemap=${encodeURIComponent(template())}`;
    const atlas = await openAtlas(browser(), url, {}, { waitForData: false });
    const { page } = atlas;
    await page.waitForURL(/\/basemap\.html\?/);
    await page.waitForFunction(() => Boolean(document.querySelector('atlas-app')?.controller));
    await page.evaluate(() => document.querySelector('atlas-app')!.dataLoaded);
    await page.waitForFunction(() =>
      Boolean(document.querySelector('atlas-app')!.controller!.map.getSource('basemap-0')),
    );
    await waitForIdle(page);
    hits = atlas.requests.filter((r) => r.startsWith(tiles.url)).length;
    expect(hits).toBeGreaterThan(0);
    await screenshot(page, 'basemap-tiles');
    // Outside the district the map now shows the (muted) tile colour, not its own background.
    const outside = await colourAt(page, 1150, 300);
    expect(distance(outside, OUTSIDE_RGB)).toBeGreaterThan(25);
    expect(outside[1]).toBeGreaterThan(outside[0]);
    // The plan layers are drawn over it.
    expect((await renderedIds(page, 'district-boundary')).length).toBe(1);
    expect((await renderedIds(page, 'rail-lines')).length).toBeGreaterThan(3);
    // The link keeps the basemap; no policy violation was reported.
    expect(new URL(page.url()).searchParams.get('basemap')).toBe(template());
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });

  it('requests no basemap by default', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}/?${view}`);
    const { page } = atlas;
    const sources = await page.evaluate(() =>
      Object.keys(document.querySelector('atlas-app')!.controller!.map.getStyle().sources),
    );
    expect(sources.filter((s) => s.startsWith('basemap'))).toEqual([]);
    const origin = new URL(baseUrl).origin;
    expect(atlas.requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:'))).toEqual([]);
    // The switch is there, off.
    const on = await page.evaluate(() => {
      const panel = document.querySelector('atlas-app')!.shadowRoot!.querySelector('layer-panel')!;
      const sw = panel.shadowRoot!.querySelector('basemap-switch');
      return sw?.shadowRoot?.querySelector<HTMLInputElement>('input.basemap-switch')?.checked;
    });
    expect(on).toBe(false);
    await atlas.close();
  });

  it('leaves the plan layers drawn when the basemap is unreachable, and says so once', async () => {
    // Port 9 (discard) on loopback: nothing listens, every tile fails.
    const dead = encodeURIComponent('http://127.0.0.1:9/{z}/{x}/{y}.png');
    const atlas = await openAtlas(browser(), `${baseUrl}/basemap.html?${view}&lang=en&basemap=${dead}`);
    const { page } = atlas;
    await page.waitForFunction(() => {
      const banner = document.querySelector('atlas-app')!.shadowRoot!.querySelector('notice-banner');
      return banner?.shadowRoot?.textContent?.includes('cannot be reached');
    });
    await waitForIdle(page);
    expect((await renderedIds(page, 'district-boundary')).length).toBe(1);
    expect((await renderedIds(page, 'rail-lines')).length).toBeGreaterThan(3);
    const text = (await noticeText(page)) ?? '';
    expect(text.split('cannot be reached').length - 1).toBe(1);
    // The map itself started: no "could not start" notice beside it.
    expect(text).not.toContain('could not start');
    await screenshot(page, 'basemap-unreachable');
    // Only the refused tile requests are errors of the page.
    expect(atlas.errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
    await atlas.close();
  });

  it('refuses a host the page does not admit, with a message, and draws the plan', async () => {
    const other = encodeURIComponent('https://tiles.example.com/{z}/{x}/{y}.png');
    const atlas = await openAtlas(browser(), `${baseUrl}/basemap.html?${view}&lang=en&basemap=${other}`);
    const { page } = atlas;
    await page.waitForFunction(() => {
      const banner = document.querySelector('atlas-app')!.shadowRoot!.querySelector('notice-banner');
      return banner?.shadowRoot?.textContent?.includes('tiles.example.com');
    });
    // The page's own address names the host; nothing was requested from it.
    expect(atlas.requests.some((r) => new URL(r).hostname === 'tiles.example.com')).toBe(false);
    expect((await renderedIds(page, 'district-boundary')).length).toBe(1);
    expect(atlas.errors).toEqual([]);
    await atlas.close();
  });
});
