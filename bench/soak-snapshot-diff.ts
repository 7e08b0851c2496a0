/**
 * Where the kiosk soak's heap goes: plays the soak's rounds (bench/soak-harness.ts) and takes a
 * V8 heap snapshot (CDP HeapProfiler.takeHeapSnapshot) at the start sample and after each
 * measured round, then diffs each snapshot against the one before:
 *   - self size and count by class (constructor name, or V8's kind for strings, code, arrays…);
 *   - objects new since the earlier snapshot (V8 keeps object ids stable across snapshots),
 *     grouped by the nearest older object that retains them, with its shortest retaining path
 *     from the root. Paths through the page's own roots are preferred to those through DevTools.
 * It also prints how many tiles MapLibre holds per source (in view + cached) and, at the end, the
 * heap once those tile caches are emptied: that cache is where a start-versus-end difference of
 * the soak was once found (see bench/soak-harness.ts).
 * Diagnostic companion of bench/soak.ts; snapshots are large, so `--save` writes them to
 * bench/results/soak-N.heapsnapshot (open them in DevTools) only when asked.
 *
 * Usage: npx tsx bench/soak-snapshot-diff.ts [--warmup 2] [--rounds 2] [--speed 24] [--no-build]
 *          [--save] [--focus ClassName]…   (--focus: where the new objects of that class are held)
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/static-server.ts';
import { viteBuild } from '../test/support/vite-build.ts';
import { openKiosk, ROUND_STEPS, round, sample } from './soak-harness.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/results/dist-soak');
const { values } = parseArgs({
  options: {
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '2' },
    speed: { type: 'string', default: '24' },
    'no-build': { type: 'boolean', default: false },
    save: { type: 'boolean', default: false },
    focus: { type: 'string', multiple: true, default: [] },
  },
});
const TOP = 15;

/** A parsed snapshot: one entry per node, and a shortest retaining tree from the root. */
interface Graph {
  count: number;
  kind: string[];
  id: Float64Array;
  size: Float64Array;
  parent: Int32Array;
  /** The name of the edge from `parent` to the node. */
  via: string[];
  ids: Set<number>;
}

async function takeSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
}

function parse(text: string): Graph {
  const json = JSON.parse(text);
  const meta = json.snapshot.meta;
  const nodes: number[] = json.nodes;
  const edges: number[] = json.edges;
  const strings: string[] = json.strings;
  const nf: number = meta.node_fields.length;
  const ef: number = meta.edge_fields.length;
  const nodeTypes: string[] = meta.node_types[0];
  const edgeTypes: string[] = meta.edge_types[0];
  const field = (name: string) => meta.node_fields.indexOf(name) as number;
  const [fType, fName, fId, fSize, fEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(field);
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const count = nodes.length / nf;
  const kind: string[] = new Array(count);
  const id = new Float64Array(count);
  const size = new Float64Array(count);
  const firstEdge = new Int32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    const b = i * nf;
    const type = nodeTypes[nodes[b + fType]];
    const name = strings[nodes[b + fName]];
    kind[i] =
      type === 'object' || type === 'native'
        ? name
        : type === 'code' || type === 'array' || type === 'hidden'
          ? `(${type}) ${name.slice(0, 40)}`
          : `(${type})`;
    id[i] = nodes[b + fId];
    size[i] = nodes[b + fSize];
    firstEdge[i] = e;
    e += nodes[b + fEdges] * ef;
  }
  firstEdge[count] = edges.length;
  // Breadth-first over strong edges; edges held by DevTools are followed only after the page's own.
  const parent = new Int32Array(count).fill(-1);
  const via: string[] = new Array(count);
  parent[0] = 0;
  const queue = [0];
  const devtools: [number, number, string][] = [];
  const visit = (from: number, to: number, name: string) => {
    if (parent[to] !== -1) return;
    parent[to] = from;
    via[to] = name;
    queue.push(to);
  };
  const drain = () => {
    for (let q = 0; q < queue.length; q++) {
      const n = queue[q];
      for (let k = firstEdge[n]; k < firstEdge[n + 1]; k += ef) {
        const type = edgeTypes[edges[k + eType]];
        if (type === 'weak') continue;
        const raw = edges[k + eName];
        const name = type === 'element' || type === 'hidden' ? `[${raw}]` : strings[raw];
        const to = edges[k + eTo] / nf;
        if (/DevTools/.test(name)) devtools.push([n, to, name]);
        else visit(n, to, name);
      }
    }
  };
  drain();
  for (const [from, to, name] of devtools) visit(from, to, name);
  drain();
  return { count, kind, id, size, parent, via, ids: new Set(id) };
}

function pathOf(g: Graph, node: number, hops = 12): string {
  const parts: string[] = [];
  for (let n = node; n > 0 && parts.length < hops; n = g.parent[n])
    parts.push(`${g.via[n]}→${g.kind[n].slice(0, 40)}`);
  return (parts.length === hops ? '… ' : '') + parts.reverse().join(' / ');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(9)} KB`;

function tally(g: Graph, keep: (i: number) => boolean, key: (i: number) => string | number) {
  const m = new Map<string | number, { n: number; bytes: number; example: number }>();
  for (let i = 0; i < g.count; i++) {
    if (!keep(i)) continue;
    const k = key(i);
    const v = m.get(k) ?? { n: 0, bytes: 0, example: i };
    v.n++;
    v.bytes += g.size[i];
    m.set(k, v);
  }
  return m;
}

function diff(a: Graph, b: Graph, label: string): void {
  const all = () => true;
  const byKindA = tally(a, all, (i) => a.kind[i]);
  const byKindB = tally(b, all, (i) => b.kind[i]);
  const total = (g: Graph) => g.size.reduce((s, x) => s + x, 0) / 2 ** 20;
  console.log(`\n=== ${label}: snapshot total ${total(a).toFixed(2)} → ${total(b).toFixed(2)} MB`);
  console.log('change by class (bytes, count):');
  const kinds = [...new Set([...byKindA.keys(), ...byKindB.keys()])].map((k) => ({
    k,
    bytes: (byKindB.get(k)?.bytes ?? 0) - (byKindA.get(k)?.bytes ?? 0),
    n: (byKindB.get(k)?.n ?? 0) - (byKindA.get(k)?.n ?? 0),
  }));
  for (const r of kinds.sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes)).slice(0, TOP))
    console.log(`  ${kb(r.bytes)} ${String(r.n).padStart(7)}  ${r.k}`);
  const isNew = (i: number) => !a.ids.has(b.id[i]);
  const news = tally(b, isNew, (i) => b.kind[i]);
  const newBytes = [...news.values()].reduce((s, v) => s + v.bytes, 0);
  console.log(
    `objects new since the earlier snapshot: ${(newBytes / 2 ** 20).toFixed(2)} MB (also replacements)`,
  );
  for (const [k, v] of [...news].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, TOP))
    console.log(`  ${kb(v.bytes)} ${String(v.n).padStart(7)}  ${k}`);
  const anchorOf = (i: number) => {
    let n = i;
    while (n > 0 && b.parent[n] !== -1 && isNew(n)) n = b.parent[n];
    return b.parent[n] === -1 ? -1 : n;
  };
  const byAnchor = (title: string, keep: (i: number) => boolean) => {
    console.log(`${title}, by the nearest older object retaining them:`);
    const anchors = tally(b, keep, anchorOf);
    for (const [n, v] of [...anchors].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, TOP)) {
      const where = n === -1 ? '(unreachable from the root)' : n === 0 ? '(root)' : pathOf(b, n as number);
      console.log(
        `  ${kb(v.bytes)} ${String(v.n).padStart(7)}  ${where}\n${''.padStart(28)}e.g. ${pathOf(b, v.example, 3)}`,
      );
    }
  };
  byAnchor('new objects', isNew);
  for (const focus of values.focus)
    byAnchor(`new objects of classes named like "${focus}"`, (i) => isNew(i) && b.kind[i].includes(focus));
}

/** Tiles in view + cached, per MapLibre source (private fields: diagnostic only). */
function tileCounts(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Manager = {
      _inViewTiles?: { getAllIds(): string[] };
      _outOfViewCache?: { order: string[]; max: number };
    };
    const map = document.querySelector('atlas-app')!.controller!.map as unknown as {
      style: { tileManagers?: Record<string, Manager> };
    };
    return Object.entries(map.style.tileManagers ?? {})
      .map(
        ([id, m]) =>
          `${id} ${m._inViewTiles?.getAllIds().length}+${m._outOfViewCache?.order.length}/${m._outOfViewCache?.max}`,
      )
      .join(', ');
  });
}

async function main(): Promise<void> {
  if (!values['no-build']) viteBuild('atlas', ['--outDir', DIST, '--emptyOutDir']);
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  try {
    const kiosk = await openKiosk(browser, server.url, Number(values.speed));
    const snaps: Graph[] = [];
    const snapshot = async (label: string, heapMB: number) => {
      console.log(
        `${label}: heap after GC ${heapMB.toFixed(2)} MB; tiles in view+cached/max: ${await tileCounts(kiosk.page)}`,
      );
      const text = await takeSnapshot(kiosk.cdp);
      if (values.save) writeFileSync(join(ROOT, `bench/results/soak-${snaps.length}.heapsnapshot`), text);
      snaps.push(parse(text));
    };
    const warmup = Number(values.warmup);
    for (let i = 1; i < warmup; i++) await round(kiosk);
    await snapshot(`start (after ${warmup} warm-up rounds)`, (await round(kiosk)).heapMB);
    for (let i = 1; i <= Number(values.rounds); i++)
      await snapshot(`after ${i * ROUND_STEPS} measured steps`, (await round(kiosk)).heapMB);
    // The causal check: what the heap holds once the tile caches are emptied.
    await kiosk.page.evaluate(() => {
      const map = document.querySelector('atlas-app')!.controller!.map as unknown as {
        style: { tileManagers?: Record<string, { _outOfViewCache?: { reset(): void } }> };
      };
      for (const m of Object.values(map.style.tileManagers ?? {})) m._outOfViewCache?.reset();
    });
    console.log(
      `same, MapLibre's tile caches emptied: heap after GC ${(await sample(kiosk.page, kiosk.cdp)).heapMB.toFixed(2)} MB`,
    );
    for (let i = 1; i < snaps.length; i++) diff(snaps[i - 1], snaps[i], `snapshot ${i - 1} → ${i}`);
    // Over several rounds, what survives from the start is what a slow leak would be made of.
    if (snaps.length > 2) diff(snaps[0], snaps[snaps.length - 1], `snapshot 0 → ${snaps.length - 1}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
