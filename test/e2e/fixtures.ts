import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../support/browser.ts';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** One Chromium per spec file, closed after it. */
export function useBrowser(): { browser: () => Browser; baseUrl: string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('browser not launched');
      return browser;
    },
    baseUrl: inject('baseUrl'),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Runs a query inside atlas-app's shadow root (and nested ones, with `>>>`-free paths). */
export function shadowText(page: Page, selectors: string[]): Promise<string | null> {
  return page.evaluate((sels) => {
    let root: Element | ShadowRoot | null | undefined = document.querySelector('atlas-app')?.shadowRoot;
    let el: Element | null = null;
    for (const sel of sels) {
      el = root?.querySelector(sel) ?? null;
      root = el?.shadowRoot ?? el;
    }
    return el ? (el.shadowRoot ?? el).textContent : null;
  }, selectors);
}
