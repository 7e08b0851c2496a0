import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexRegister } from '../../src/data/plan-register.ts';
import type { Commitment, CommitmentsFile, PlanDocument } from '../../src/data/schema.ts';
import {
  boxNumber,
  chineseOrdinal,
  commitmentsCsv,
  coverage,
  filterCommitments,
} from '../../src/reader/coverage.ts';
import { headingLabel, numberLabel } from '../../src/reader/headings.ts';
import { PlanOutline } from '../../src/reader/plan-outline.ts';
import { searchPlan } from '../../src/reader/plan-search.ts';
import { matchMarks, quoteMarks, splitAtMarks } from '../../src/reader/quote-marks.ts';
import { markLevel, paragraphRuns } from '../../src/reader/reader-text.ts';

const plan = JSON.parse(readFileSync('geodata/plan/plan.json', 'utf8')) as PlanDocument;
const register = JSON.parse(readFileSync('geodata/commitments.json', 'utf8')) as CommitmentsFile;

describe('quote marks', () => {
  const text = '建设城东科技生态城，拓展面积约10平方公里。';

  it('cuts the text at each quote and joins the runs back to the text', () => {
    const runs = splitAtMarks(text, quoteMarks(text, [{ quote: '城东科技生态城', value: 'a' }]));
    expect(runs.map((r) => r.text)).toEqual(['建设', '城东科技生态城', '，拓展面积约10平方公里。']);
    expect(runs.map((r) => r.values)).toEqual([[], ['a'], []]);
    expect(runs[1].start).toBe(2);
  });

  it('splits overlapping and identical quotes into runs that know every mark covering them', () => {
    const marks = quoteMarks(text, [
      { quote: '城东科技生态城，拓展', value: 'a' },
      { quote: '拓展面积约10平方公里', value: 'b' },
      { quote: '拓展面积约10平方公里', value: 'c' },
    ]);
    const runs = splitAtMarks(text, marks);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.text === '拓展')?.values).toEqual(['a', 'b', 'c']);
    expect(runs.find((r) => r.text === '面积约10平方公里')?.values).toEqual(['b', 'c']);
    expect(runs.find((r) => r.text === '城东科技生态城，')?.values).toEqual(['a']);
  });

  it('gives a quote that is not in the text no mark, and a quote at the very start or end its run', () => {
    expect(quoteMarks(text, [{ quote: '不在文中', value: 1 }])).toEqual([]);
    const runs = splitAtMarks(
      text,
      quoteMarks(text, [
        { quote: '建设', value: 1 },
        { quote: '公里。', value: 2 },
      ]),
    );
    expect(runs[0]).toEqual({ text: '建设', start: 0, values: [1] });
    expect(runs.at(-1)).toEqual({ text: '公里。', start: text.length - 3, values: [2] });
  });

  it('finds every place of a search, ignoring the case of Latin letters', () => {
    expect(matchMarks('TOD综合开发，tod模式', 'tod', 0).map((m) => m.start)).toEqual([0, 8]);
    expect(matchMarks('abc', '  ', 0)).toEqual([]);
  });

  it('marks every commitment of the register in its paragraph, and its runs rebuild the paragraph', () => {
    const reg = indexRegister(register);
    const outline = new PlanOutline(plan);
    let marked = 0;
    for (const [id, list] of reg.byParagraph) {
      const p = outline.paragraph(id);
      expect(p, id).toBeDefined();
      if (!p) continue;
      const runs = paragraphRuns(p, reg, null);
      expect(runs.map((r) => r.text).join('')).toBe(p.text);
      const seen = new Set(runs.flatMap((r) => r.values).map((v) => (typeof v === 'string' ? v : v.id)));
      for (const c of list) expect(seen.has(c.id), c.id).toBe(true);
      marked += list.length;
    }
    expect(marked).toBe(register.commitments.length);
  });

  it('marks the emphasised words and the search beside the commitments, every run still the plan text', () => {
    const reg = indexRegister(register);
    const p = new PlanOutline(plan).paragraph('box1-p1');
    if (!p) throw new Error('no box1-p1');
    const runs = paragraphRuns(p, reg, '拓展面积约10平方公里', '生态');
    expect(runs.map((r) => r.text).join('')).toBe(p.text);
    const hits = runs.filter((r) => r.values.includes('search')).map((r) => r.text);
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.join('|')).toBe([...p.text.matchAll(/生态/g)].map(() => '生态').join('|'));
    const focus = runs
      .filter((r) => r.values.includes('focus'))
      .map((r) => r.text)
      .join('');
    expect(focus).toBe('拓展面积约10平方公里');
    // The emphasised words lie inside the commitment's quote: those runs carry both.
    expect(runs.find((r) => r.values.includes('focus'))?.values.some((v) => typeof v !== 'string')).toBe(
      true,
    );
  });

  it('styles a run by its most precisely placed commitment', () => {
    const at = (location: Commitment['location']) => ({ location }) as Commitment;
    expect(markLevel([at('district'), at('town')])).toBe('town');
    expect(markLevel([at('not-located'), at('mapped')])).toBe('mapped');
    expect(markLevel([at('not-located')])).toBe('not-located');
  });
});

describe('coverage counts', () => {
  const c = (id: string, location: Commitment['location'], chapter: string, box?: string, theme = 'urban') =>
    ({ id, location, theme, plan_ref: { chapter, box, paragraph: 'c1-p1', quote: 'x' } }) as Commitment;

  it('counts each commitment once per breakdown, the levels adding up to the total', () => {
    const list = [
      c('a', 'mapped', '第二章', '专栏1'),
      c('b', 'town', '第二章', '专栏1'),
      c('d', 'not-located', '第十二章', undefined, 'ecology'),
      c('e', 'district', '第二章', '表2', 'ecology'),
      c('f', 'mapped', '第三章', '专栏5', 'industry'),
    ];
    const cov = coverage(list);
    expect(cov.all).toEqual({ total: 5, mapped: 2, town: 1, district: 1, 'not-located': 1 });
    expect(cov.byChapter.map((g) => g.key)).toEqual(['第二章', '第三章', '第十二章']);
    expect(cov.byChapter[0].counts).toEqual({ total: 3, mapped: 1, town: 1, district: 1, 'not-located': 0 });
    expect(cov.byChapter[0].boxes.map((b) => [b.key, b.counts.total])).toEqual([
      ['专栏1', 2],
      ['表2', 1],
    ]);
    expect(cov.byTheme.map((g) => [g.key, g.counts.total])).toEqual([
      ['urban', 2],
      ['industry', 1],
      ['ecology', 2],
    ]);
    expect(cov.notLocated.map((x) => x.id)).toEqual(['d']);
  });

  it('agrees with the register', () => {
    const cov = coverage(register.commitments);
    const n = (l: string) => register.commitments.filter((x) => x.location === l).length;
    expect(cov.all.total).toBe(register.commitments.length);
    expect(cov.all.mapped).toBe(n('mapped'));
    expect(cov.notLocated.length).toBe(n('not-located'));
    expect(cov.byChapter.reduce((s, g) => s + g.counts.total, 0)).toBe(register.commitments.length);
    expect(cov.byTheme.reduce((s, g) => s + g.counts.mapped, 0)).toBe(n('mapped'));
  });

  it('filters by level and theme, and writes the list as CSV with quoted cells', () => {
    const list = [
      c('a', 'mapped', '第二章', '专栏1'),
      c('b', 'town', '第二章', '专栏1'),
      c('d', 'not-located', '第十二章', undefined, 'ecology'),
    ].map((x) => ({
      ...x,
      name_zh: `名称${x.id}`,
      name_en: `Name, "${x.id}"`,
      status: 'planned' as const,
      features: [],
    }));
    expect(filterCommitments(list, { level: 'town', theme: null }).map((x) => x.id)).toEqual(['b']);
    expect(filterCommitments(list, { level: null, theme: 'ecology' }).map((x) => x.id)).toEqual(['d']);
    expect(filterCommitments(list, { level: 'mapped', theme: 'ecology' })).toEqual([]);
    const csv = commitmentsCsv(list.slice(0, 1));
    expect(csv.startsWith('\uFEFFid,name_zh,name_en,theme,location,')).toBe(true);
    const [, row] = csv.trim().split('\r\n');
    expect(row).toBe('a,名称a,"Name, ""a""",urban,mapped,planned,第二章,,专栏1,c1-p1,,x,');
  });

  it('reads the plan numbering', () => {
    expect(['第一章', '第九章', '第十章', '第十二章', '第二十节', '第二十三章'].map(chineseOrdinal)).toEqual([
      1, 9, 10, 12, 20, 23,
    ]);
    expect(chineseOrdinal('专栏1')).toBeNaN();
    expect(boxNumber('专栏12')).toBe(12);
    expect(numberLabel('第二节 优化主城区规划布局', 'en')).toBe('Section 2 优化主城区规划布局');
    expect(numberLabel('专栏5', 'en')).toBe('Box 5');
    expect(numberLabel('专栏5', 'zh')).toBe('专栏5');
  });
});

describe('plan outline and search', () => {
  const outline = new PlanOutline(plan);

  it('reads a chapter as headings, paragraphs and tables in source order, every paragraph once', () => {
    const seen: string[] = [];
    for (const ch of outline.chapters())
      for (const b of outline.blocks(ch.id)) {
        if (b.kind === 'paragraph') seen.push(b.paragraph.id);
        if (b.kind === 'table') seen.push(...b.rows.map((r) => r.id));
      }
    expect(seen.sort()).toEqual(plan.paragraphs.map((p) => p.id).sort());
    const first = outline.blocks('c1');
    expect(first[0]).toMatchObject({ kind: 'heading', node: { id: 'c1' } });
    expect(first.some((b) => b.kind === 'table' && b.rows[0].table === 'table1')).toBe(true);
  });

  it('finds the first paragraph under a heading that has none of its own', () => {
    expect(outline.firstParagraph('c1-s4')).toBe(outline.node('c1-s4-h1')?.paragraphs[0]);
    expect(outline.firstParagraph('c2')).toBeDefined();
  });

  it('names headings in English by their numbering, and a lost heading as missing', () => {
    const chapter = outline.node('c2');
    if (!chapter) throw new Error('no c2');
    expect(headingLabel(chapter, 'en')).toBe('Chapter 2');
    expect(headingLabel(chapter, 'zh')).toBe('第二章');
    expect(plan.toc.some((n) => n.heading_missing)).toBe(true);
  });

  it('searches the text and the headings', () => {
    const r = searchPlan(plan, '城东科技生态城');
    expect(r.paragraphs.length).toBeGreaterThan(2);
    for (const h of r.paragraphs) expect(h.paragraph.text).toContain('城东科技生态城');
    expect(r.paragraphs[0].match).toBe('城东科技生态城');
    expect(r.headings.map((h) => h.node.id)).toContain('c2');
    expect(searchPlan(plan, '并无此词语').paragraphs).toEqual([]);
    const limited = searchPlan(plan, '建设', 5);
    expect(limited.paragraphs.length).toBe(5);
    expect(limited.more).toBeGreaterThan(0);
  });
});
