import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  chineseNumeral,
  cleanLine,
  formatPlanDocument,
  parsePlan,
} from '../../scripts/plan/plan-parser';
import type { PlanDocument, PlanParagraph } from '../../src/data/schema';
import { formatIssue, validatePlanDocument } from '../../src/data/validate';

const root = join(import.meta.dirname, '..', '..');
const textPath = join(root, 'geodata/plan/yongchuan-14th-five-year-plan.txt');
const jsonPath = join(root, 'geodata/plan/plan.json');
const text = readFileSync(textPath, 'utf8');
const lines = text.split('\n');
const doc = parsePlan(text);
const byId = new Map(doc.paragraphs.map((p) => [p.id, p]));
const nodes = (kind: string) => doc.toc.filter((n) => n.kind === kind);

describe('the plan text and plan.json', () => {
  it('the text is the published copy, byte for byte', () => {
    expect(createHash('sha256').update(readFileSync(textPath)).digest('hex')).toBe(
      '069eba30bb5e3df11500824cfe3026d8bfaed4c5d80ef359de43f8b3f0a0261f',
    );
  });

  it('plan.json on disk is what the parser makes of the text on disk', () => {
    expect(readFileSync(jsonPath, 'utf8') === formatPlanDocument(doc)).toBe(true);
  });

  it('parsing is deterministic', () => {
    expect(formatPlanDocument(parsePlan(text))).toBe(formatPlanDocument(doc));
  });

  it('plan.json passes its schema and its own cross-checks', () => {
    const { issues, plan } = validatePlanDocument(JSON.parse(readFileSync(jsonPath, 'utf8')), 'plan.json');
    expect(issues.map((i) => formatIssue(i))).toEqual([]);
    expect(plan?.paragraphs.size).toBe(383);
  });

  it('cross-checks name what does not hold together', () => {
    const broken = structuredClone(doc) as PlanDocument;
    broken.paragraphs[1].id = broken.paragraphs[0].id;
    broken.toc[1].paragraphs.push('c9-p9');
    broken.paragraphs[2].box = 'box99';
    expect(validatePlanDocument(broken, 'plan.json').issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'paragraphs[1].id: duplicate paragraph id "pre-p1"',
      'paragraphs[2].box: box "box99" is not a box in the toc',
      'toc[0].paragraphs[1]: paragraph "pre-p2" is not in paragraphs',
      'toc[1].paragraphs[1]: paragraph "c9-p9" is not in paragraphs',
    ]);
  });
});

describe('structure', () => {
  it('18 chapters with their sections', () => {
    expect(nodes('chapter').map((c) => c.id)).toEqual(Array.from({ length: 18 }, (_, k) => `c${k + 1}`));
    const sections = nodes('chapter').map((c) => nodes('section').filter((s) => s.parent === c.id).length);
    expect(sections).toEqual([4, 5, 5, 4, 4, 5, 2, 5, 4, 4, 4, 5, 5, 5, 5, 3, 4, 4]);
    expect(nodes('section').every((s) => /^第[一二三四五]节$/.test(s.label_zh ?? ''))).toBe(true);
  });

  it('every chapter title as printed, wrapped titles joined', () => {
    expect(nodes('chapter').map((c) => `${c.label_zh} ${c.title_zh}`)).toEqual([
      '第一章 开启社会主义现代化建设新征程',
      '第二章 以城东科技生态城建设为牵引，打造“双百”区域性中心城市',
      '第三章 构建现代产业集群，做强成渝地区双城经济圈重要现代产业基地',
      '第四章 坚持创新驱动发展，建设区域性创新中心',
      '第五章 健全现代化基础设施网络，建设区域性综合交通物流枢纽',
      '第六章 打造区域性消费中心，深度融入新发展格局',
      '第七章 牢固树立“一盘棋”思想和一体化发展理念，深入推进成渝地区双城经济圈建设和主城都市区融合发展',
      '第八章 全面推进乡村振兴，建设城乡融合发展示范区',
      '第九章 深化社会主义市场经济体制改革，增强经济发展活力',
      '第十章 打造区域开放高地，实现更高水平对外开放',
      '第十一章 繁荣发展文化事业和文化产业，建设成渝地区双城经济圈文化强区',
      '第十二章 坚持生态优先绿色发展，建设山清水秀美丽永川',
      '第十三章 null',
      '第十四章 实施健康永川行动，全方位提升人民健康水平',
      '第十五章 提升社会建设水平，打造高品质生活示范区',
      '第十六章 建设市域社会治理现代化示范区，构建共建共治共享的社会治理格局',
      '第十七章 统筹发展与安全，建设更高水平的平安永川',
      '第十八章 健全规划领导和保障机制，确保“十四五”规划和二〇三五年远景目标任务落到实处',
    ]);
  });

  it('every heading the source has is recognised: all other lines are paragraphs', () => {
    const headingLines = new Set(doc.toc.map((n) => n.line));
    for (const n of nodes('chapter'))
      if (n.title_zh && !lines[n.line - 1].includes(n.title_zh)) headingLines.add(n.line + 1);
    const looksLikeHeading = /^(第[一二三四五六七八九十]+[章节]|专栏\d|表\d|（[一二三四五六七八九十]+）)/;
    lines.forEach((raw, i) => {
      const clean = cleanLine(raw);
      if (headingLines.has(i + 1) || raw.startsWith('\t')) return;
      expect(looksLikeHeading.test(clean), `line ${i + 1}: ${clean.slice(0, 30)}`).toBe(false);
    });
  });

  it('six headings are lost in the source; each is marked, noted and given no title', () => {
    const lost = doc.toc.filter((n) => n.heading_missing);
    expect(lost.map((n) => `${n.id} ${n.label_zh} line ${n.line}`)).toEqual([
      'c3-s2 第二节 line 552',
      'c3-s3 第三节 line 554',
      'c3-s4 第四节 line 568',
      'c6-s1 第一节 line 658',
      'c6-s2 第二节 line 660',
      'c13 第十三章 line 885',
    ]);
    for (const n of lost) {
      expect(n.title_zh).toBeNull();
      expect(n.note_zh).toContain('标题在原文中缺失');
      expect(n.note_en).toContain('Heading missing in the source');
      expect(n.note_en).toContain('inferred from the layout');
      // The evidence: the unit's first line begins with a space, and is its first paragraph.
      expect(lines[n.line - 1].startsWith(' ')).toBe(true);
      expect(byId.get(n.paragraphs[0])?.line).toBe(n.line);
    }
    expect(doc.toc.filter((n) => n.title_zh === null).map((n) => n.id)).toEqual([
      'pre',
      ...lost.map((n) => n.id),
    ]);
  });

  it('23 boxes, each in the section it interrupts, with its lines', () => {
    const boxes = nodes('box');
    expect(boxes.map((b) => b.label_zh)).toEqual(Array.from({ length: 23 }, (_, k) => `专栏${k + 1}`));
    expect(boxes.map((b) => b.paragraphs.length)).toEqual([
      4, 5, 2, 8, 3, 1, 3, 6, 1, 2, 7, 8, 16, 2, 5, 2, 2, 5, 2, 2, 1, 1, 3,
    ]);
    expect(boxes.map((b) => b.parent)).toEqual([
      'c2-s2',
      'c2-s3',
      'c2-s4',
      'c3-s3',
      'c3-s4',
      'c4-s1',
      'c4-s3',
      'c5-s1',
      'c5-s2',
      'c5-s3',
      'c8-s1',
      'c8-s1',
      'c8-s4',
      'c11-s4',
      'c12-s2',
      'c13-s1',
      'c13-s2',
      'c14-s5',
      'c15-s3',
      'c15-s4',
      'c16-s3',
      'c17-s3',
      'c17-s4',
    ]);
    expect(byId.get('box4-p6')).toMatchObject({ chapter: 'c3', section: 'c3-s3', box: 'box4', line: 561 });
    expect(byId.get('box1-p1')?.text).toBe(cleanLine(lines[502]));
  });

  it('a box does not restart the count of the section it interrupts', () => {
    // 第二章第四节: two lines, 专栏3, then one more line.
    expect(nodes('section').find((s) => s.id === 'c2-s4')?.paragraphs).toEqual([
      'c2-s4-p1',
      'c2-s4-p2',
      'c2-s4-p3',
    ]);
    expect(byId.get('c2-s4-p3')?.line).toBe(531);
  });

  it('two tables: caption, header, rows by 序号 as printed, 备注', () => {
    const rows = (t: string) => (byId.get(`${t}-head`) ? doc.paragraphs.filter((p) => p.table === t) : []);
    const t1 = rows('table1');
    const t2 = rows('table2');
    expect(t1.filter((p) => /-r\d+$/.test(p.id))).toHaveLength(27);
    expect(t1.filter((p) => /-r\d+[a-z]$/.test(p.id))).toHaveLength(13);
    expect(t2.filter((p) => /-r\d+$/.test(p.id))).toHaveLength(26);
    expect(t2.filter((p) => /-g\d+$/.test(p.id)).map((p) => p.cells?.[1])).toEqual([
      '综合发展质效',
      '打造高质量发展先行区',
      '打造高品质生活示范区',
      '安全发展',
    ]);
    expect(t1).toHaveLength(43);
    expect(t2).toHaveLength(33);
    expect(byId.get('table1-title')?.text).toBe('表1：永川区“十三五”经济和社会发展主要目标完成情况');
    expect(byId.get('table1-head')?.cells).toEqual([
      '序号',
      '指标名称',
      '指标属性',
      '“十三五”目标',
      '“十三五”预计完成',
    ]);
    expect(byId.get('table2-head')?.cells).toEqual([
      '序号',
      '指标名称',
      '指标属性',
      '2020年预计值',
      '“十四五”预期目标',
    ]);
    expect(byId.get('table1-r6a')?.cells).toEqual([
      '',
      '#研究与试验发展经费支出占地区生产总值比重（%）',
      '预期性',
      '2.2',
      '2.5',
    ]);
    expect(byId.get('table2-r12')?.text).toBe(
      '12 | 单位地区生产总值能耗降低率（%） | 约束性 | 【19.1】 | 【13】',
    );
    expect(byId.get('table1-r1')?.cells?.slice(3)).toEqual(['11*', '9*']);
    expect(byId.get('table2-r26')?.cells?.slice(3)).toEqual(['0.024', '<0.019']);
    expect(byId.get('table1-r3')?.cells?.[3]).toBe('6.5:2.5:1');
    expect(byId.get('table2-note')?.text).toMatch(/^备注：1、带\*为五年年均增速/);
    expect(byId.get('table2-r1')).toMatchObject({ chapter: 'c1', section: 'c1-s4', subheading: 'c1-s4-h1' });
  });

  it('sub-headings are toc nodes, and the preface comes before 第一章', () => {
    expect(nodes('subheading').map((n) => [n.id, n.label_zh, n.title_zh])).toEqual([
      ['c1-s4-h1', '（一）', '“十四五”发展目标'],
      ['c1-s4-h2', '（二）', '二〇三五年远景目标'],
    ]);
    expect(doc.toc[0]).toMatchObject({
      id: 'pre',
      kind: 'preface',
      paragraphs: ['pre-p1', 'pre-p2', 'pre-p3', 'pre-p4'],
    });
    expect(doc.title_zh).toBe('重庆市永川区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
  });
});

describe('text is verbatim', () => {
  it('each paragraph is its source line without bookmarks and surrounding whitespace; rows are their cells', () => {
    for (const p of doc.paragraphs) {
      if (p.cells) {
        expect(p.text).toBe(p.cells.join(' | '));
        continue;
      }
      expect(p.text).toBe(cleanLine(lines[p.line - 1]));
      expect(p.text).not.toMatch(/\[bookmark|^\s|\s$/);
    }
  });

  it('every line with text is a paragraph, a heading or a table cell, and nothing else is added', () => {
    const used = new Set<number>();
    for (const n of doc.toc) used.add(n.line);
    for (const n of nodes('chapter'))
      if (n.title_zh && !cleanLine(lines[n.line - 1]).endsWith(n.title_zh)) used.add(n.line + 1);
    for (const p of doc.paragraphs) used.add(p.line);
    const cellText = (p: PlanParagraph) => (p.cells ?? []).join('');
    const tables = doc.paragraphs
      .filter((p) => p.cells)
      .map(cellText)
      .join('');
    lines.forEach((raw, i) => {
      const clean = cleanLine(raw);
      if (clean === '' || used.has(i + 1)) return;
      // The other lines of a table row: its cells, and a header cell wrapped onto a line of its own.
      expect(tables.includes(clean), `line ${i + 1}: ${clean}`).toBe(true);
    });
    // Nothing but the source's characters: the text and the cells use no character the source lacks.
    const source = new Set(text);
    for (const p of doc.paragraphs)
      for (const ch of p.text.replaceAll(' | ', '')) expect(source.has(ch)).toBe(true);
  });
});

describe('ids', () => {
  it('follow the scheme, count from 1 in reading order within their container', () => {
    const keyOf = (id: string) => id.replace(/-p\d+$/, '');
    const seen = new Map<string, number>();
    for (const p of doc.paragraphs) {
      const m = /-p(\d+)$/.exec(p.id);
      if (!m) {
        expect(p.id).toMatch(/^table[12]-(title|head|note|r\d+[a-z]?|g\d)$/);
        continue;
      }
      const k = (seen.get(keyOf(p.id)) ?? 0) + 1;
      expect(Number(m[1]), p.id).toBe(k);
      seen.set(keyOf(p.id), k);
      const expectedKey = p.box ?? p.section ?? p.chapter ?? 'pre';
      expect(keyOf(p.id)).toBe(expectedKey);
    }
  });

  it('Chinese numerals both ways', () => {
    expect(['一', '五', '十', '十三', '十八', '二十', '二十一'].map(chineseNumber)).toEqual([
      1, 5, 10, 13, 18, 20, 21,
    ]);
    expect([1, 10, 13, 20, 21].map(chineseNumeral)).toEqual(['一', '十', '十三', '二十', '二十一']);
    expect(() => chineseNumber('')).toThrow();
  });
});

describe('the repo reads the plan text only from geodata/plan', () => {
  it('no script, source, test or doc names another copy', () => {
    const words = 'shared plan'.split(' '); // not written as either pattern, which would find this file
    const r = spawnSync(
      'git',
      ['grep', '--untracked', '-l', '-e', words.join('/'), '-e', `'${words.join("', '")}'`, '--', '.'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1); // git grep: nothing found
  });
});
