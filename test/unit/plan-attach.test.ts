import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'plan-attach-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function feature(id: string, planRef: Record<string, string>) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [105.9, 29.3] },
    properties: { id, plan_ref: planRef },
  };
}

function attach(...files: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/plan/attach-paragraphs.ts', ...files], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('npm run plan:attach', () => {
  it('writes the one paragraph that holds the quote, in the layout of the file, and keeps a given one', () => {
    const zone = feature('zone', {
      chapter: '第二章',
      box: '专栏1',
      quote: '商贸物流片区：拓展面积约2平方公里',
    });
    const kept = feature('kept', { chapter: '第二章', paragraph: 'c2-p1', quote: '遵循“全域永川”规划理念' });
    const compact = join(dir, 'compact.geojson');
    const indented = join(dir, 'indented.geojson');
    writeFileSync(
      compact,
      `{"type":"FeatureCollection","features":[${JSON.stringify(zone)},${JSON.stringify(kept)}]}\n`,
    );
    writeFileSync(indented, `${JSON.stringify({ type: 'FeatureCollection', features: [zone] }, null, 2)}\n`);

    const r = attach(compact, indented);
    expect(r.stdout).toContain(`✓ ${compact}: 1 paragraph attached`);
    expect(r.stdout).toContain(`✓ ${indented}: 1 paragraph attached`);
    expect(r.status).toBe(0);
    expect(readFileSync(compact, 'utf8')).toContain(
      '"plan_ref":{"chapter":"第二章","box":"专栏1","paragraph":"box1-p3","quote":"商贸物流片区',
    );
    expect(readFileSync(compact, 'utf8')).toContain('"paragraph":"c2-p1","quote":"遵循');
    expect(readFileSync(indented, 'utf8')).toContain(
      '      "plan_ref": {\n          "chapter": "第二章",\n          "box": "专栏1",\n          "paragraph": "box1-p3",\n          "quote": "商贸物流片区',
    );
  });

  it('tells a quote in several paragraphs apart by the section and 专栏 named, or refuses it', () => {
    const quote = '在茶山竹海、松溉古镇等地研究设置直升机起降平台/起降点';
    const file = join(dir, 'several.json');
    const entries = [
      { id: 'in-the-box', plan_ref: { chapter: '第五章', box: '专栏8', quote } },
      {
        id: 'in-the-text',
        plan_ref: { chapter: '第五章', section: '第一节 打造区域性综合交通物流枢纽', quote },
      },
      { id: 'nowhere', plan_ref: { chapter: '第五章', quote: '在茶山竹海研究设置直升机场' } },
      { id: 'too-short', plan_ref: { chapter: '第八章', box: '专栏13', quote: '主要发展' } },
    ];
    writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
    const r = attach(file);
    expect(r.status).toBe(1);
    const written = JSON.parse(readFileSync(file, 'utf8')) as typeof entries;
    expect(written.map((e) => (e.plan_ref as { paragraph?: string }).paragraph)).toEqual([
      'box8-p4',
      'c5-s1-p4',
      undefined,
      undefined,
    ]);
    expect(r.stdout).toContain(
      `[2] (id "nowhere") at [2].plan_ref: quote stands in no paragraph of the plan text: "在茶山竹海研究设置直升机场"; shorten or correct it to the plan's exact words`,
    );
    expect(r.stdout).toMatch(
      /\[3\] \(id "too-short"\) at \[3\]\.plan_ref: quote stands in \d+ paragraphs \(box13-p\d+, box13-p\d+/,
    );
    expect(r.stdout).toContain('2 plan_refs left without a paragraph');
  });
});
