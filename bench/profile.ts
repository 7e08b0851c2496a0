/**
 * Where the atlas's main thread spends its time: a V8 CPU profile of one startup (navigation →
 * first `idle` with the default layers) and of clicks on features, from an unminified build so that
 * function names survive. Prints the functions with the most self time, grouped by module.
 * Diagnostic companion of bench/run.ts; the .cpuprofile files (open them in DevTools) go to
 * bench/results/.
 *
 * Usage: npx tsx bench/profile.ts [--no-build]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/static-server.ts';
import { viteBuild } from '../test/support/vite-build.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/results');
const DIST = join(OUT, 'dist-profile');
const VIEW = '105.9,29.29,9.35';
const { values: args } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time per function and per module (node_modules package, app file or bucket). */
function summarize(profile: Profile, lines: Map<number, string> | null) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const fn = new Map<string, number>();
  const mod = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^https?:\/\/[^/]+/, '');
    const module =
      url === ''
        ? `(${functionName || 'native'})`
        : (lines?.get(lineNumber) ?? file.split('/').pop() ?? file);
    const key = `${functionName || '(anonymous)'}  ${module}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + ms);
    mod.set(module, (mod.get(module) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self]
    .filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)')
    .reduce((a, [, v]) => a + v, 0);
  return { total, busy: total - idle, functions: top(fn, 25), modules: top(mod, 15) };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one Base64 VLQ segment of a source map's `mappings`. */
function vlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Generated line (0-based) → source package or file of the unminified bundle, from its source map. */
function lineSources(mapFile: string): Map<number, string> {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const label = (source: string) => {
    const path = source.replace(/^(\.\.\/)+/, '');
    return /node_modules\/((@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path;
  };
  const lines = new Map<number, string>();
  let source = 0;
  map.mappings.split(';').forEach((line, i) => {
    let first: number | undefined;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = vlq(segment);
      if (fields.length > 1) {
        source += fields[1];
        first ??= source;
      }
    }
    if (first !== undefined) lines.set(i, label(map.sources[first]));
  });
  return lines;
}

async function profiled<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return { result, profile };
}

function print(title: string, s: ReturnType<typeof summarize>) {
  console.log(
    `\n== ${title}: ${s.busy.toFixed(0)} ms busy of ${s.total.toFixed(0)} ms profiled (main thread)`,
  );
  console.log('-- self time by module');
  console.log(s.modules.join('\n'));
  console.log('-- self time by function');
  console.log(s.functions.join('\n'));
}

async function main() {
  if (!args['no-build']) {
    viteBuild('atlas', ['--outDir', DIST, '--emptyOutDir', '--minify', 'false', '--sourcemap']);
  }
  mkdirSync(OUT, { recursive: true });
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.addInitScript({ content: readFileSync(join(ROOT, 'bench/probes/app-startup.js'), 'utf8') });
    const cdp = await context.newCDPSession(page);
    const url = `${server.url}/?view=${VIEW}`;

    let bundleRegions: Map<number, string> | null = null;
    const startup = await profiled(cdp, async () => {
      await page.goto(url, { waitUntil: 'commit' });
      // A function, not a string: the atlas's Content-Security-Policy refuses strings evaluated in the page.
      await page.waitForFunction(
        () => (window as { __bench?: { idle?: number } }).__bench?.idle !== undefined,
        null,
        {
          timeout: 60_000,
        },
      );
      return page.evaluate('window.__bench');
    });
    const mainJs = startup.profile.nodes.find((n) => /\/assets\/index-[^/]+\.js$/.test(n.callFrame.url))
      ?.callFrame.url;
    if (mainJs) bundleRegions = lineSources(join(DIST, `${new URL(mainJs).pathname}.map`));
    writeFileSync(join(OUT, 'startup.cpuprofile'), JSON.stringify(startup.profile));
    console.log('startup marks (ms since navigation):', JSON.stringify(startup.result));
    print('startup', summarize(startup.profile, bundleRegions));

    // Clicks: alternate between two rail stations, each click changing the selection.
    const points = (await page.evaluate(`(() => {
      const map = document.querySelector('atlas-app').controller.map;
      const r = map.getCanvas().getBoundingClientRect();
      return [[105.946, 29.374], [105.897, 29.344]].map((ll) => { const p = map.project(ll); return { x: r.left + p.x, y: r.top + p.y }; });
    })()`)) as { x: number; y: number }[];
    const clicks = await profiled(cdp, async () => {
      for (let i = 0; i < 10; i++) {
        const p = points[i % 2];
        await page.mouse.move(p.x, p.y);
        await page.waitForTimeout(150);
        await page.mouse.click(p.x, p.y);
        await page.waitForTimeout(400);
      }
    });
    writeFileSync(join(OUT, 'clicks.cpuprofile'), JSON.stringify(clicks.profile));
    print('10 hover+clicks', summarize(clicks.profile, bundleRegions));
    console.log('\nprofiles: bench/results/startup.cpuprofile, bench/results/clicks.cpuprofile');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
