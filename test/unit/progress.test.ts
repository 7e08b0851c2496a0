/**
 * The progress-file parser and its messages, the template and the report, and the shared CSV
 * helper (formula neutralisation, quoting, parsing).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTemplate, TEMPLATE_PATH } from '../../scripts/progress/write-template.ts';
import { indexRegister } from '../../src/data/plan-register.ts';
import type { CommitmentsFile, IndicatorTable } from '../../src/data/schema.ts';
import { parseCsv, toCsv } from '../../src/format/csv.ts';
import { say } from '../../src/i18n/i18n.ts';
import { indexIndicators } from '../../src/indicators/indicator-data.ts';
import { parseProgress, progressReportCsv, progressTargets } from '../../src/indicators/progress.ts';
import { progressRatio, progressText } from '../../src/indicators/progress-format.ts';
import { reportLines } from '../../src/indicators/progress-report.ts';
import { progressFor, progressForFeature } from '../../src/indicators/progress-store.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const tables: IndicatorTable[] = JSON.parse(read('geodata/indicators.json'));
const register = indexRegister(JSON.parse(read('geodata/commitments.json')) as CommitmentsFile);
const targets = progressTargets(indexIndicators(tables), register);
const fixture = (name: string) => read(`test/fixtures/progress/${name}`);
const NOW = '2026-01-15';

describe('a progress file with good and bad rows', () => {
  const file = parseProgress(fixture('sample-progress-mixed.csv'), 'sample-progress-mixed.csv', targets, NOW);

  it('loads the good rows with their dates and sources', () => {
    expect(file.values.map((v) => [v.line, v.id, v.value, v.unit, v.asOf])).toEqual([
      [2, 'urbanisation-rate', 75.2, '%', '2023-12-31'],
      [3, 'western-vocational-base', 12, 'km2', '2024-06-30'],
      [4, 'double-hundred-city', 92, 'km2', '2024-12-31'],
      [10, 'life-expectancy', 78.5, '岁', '2024-12-31'],
    ]);
    expect(file.values.every((v) => v.source.includes('SAMPLE'))).toBe(true);
    expect(file.empty).toBe(1);
    expect(file.total).toBe(11);
  });

  it('names each bad row once, in both languages', () => {
    expect(file.problems.map((p) => p.line)).toEqual([5, 6, 7, 8, 11, 12]);
    expect(file.problems.map((p) => say('en', p.message))).toEqual([
      'Line 5: “not-an-indicator” is not the id of a plan indicator or commitment.',
      'Line 6: gdp-per-capita is measured in “万元”, the file says “亿元”.',
      'Line 7: the value “lots” is not a number.',
      'Line 8: the as-of date 2999-01-01 is later than today (2026-01-15).',
      'Line 11: the as-of date “2024-13-01” is not a date in the form YYYY-MM-DD.',
      'Line 12: the value for years-of-schooling has no source.',
    ]);
    expect(file.problems.map((p) => say('zh', p.message))).toEqual([
      '第5行：“not-an-indicator”不是规划指标或规划承诺的编号。',
      '第6行：gdp-per-capita的单位应为“万元”，文件中为“亿元”。',
      '第7行：数值“lots”不是数字。',
      '第8行：截至日期2999-01-01晚于今天（2026-01-15）。',
      '第11行：截至日期“2024-13-01”不是YYYY-MM-DD格式的日期。',
      '第12行：years-of-schooling的数值缺少来源（source）。',
    ]);
  });

  it('sets a commitment against its target and finds it from its features', () => {
    const v = progressFor('western-vocational-base', file)[0];
    expect(progressRatio(v)).toBeCloseTo(0.6, 10);
    expect(progressText(v, 'zh')).toBe(
      '进展：12平方公里（截至2024-06-30，来源：SAMPLE 样例 – not real data），为目标的60%',
    );
    expect(progressForFeature('main-urban-built-up-area', file).map((x) => x.id)).toEqual([
      'double-hundred-city',
      'urbanisation-rate',
    ]);
    // An indicator's rate is never turned into a share of its target.
    expect(progressRatio(progressFor('urbanisation-rate', file)[0])).toBeUndefined();
  });

  it('exports a report whose formula-like cells are neutralised', () => {
    const csv = progressReportCsv(file);
    expect(csv.startsWith('\uFEFFid,kind,name_zh')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(5);
    const life = rows.find((r) => r.cells[0] === 'life-expectancy')!;
    expect(life.cells[7]).toBe("'=SUM(A1) SAMPLE");
    expect(rows.find((r) => r.cells[0] === 'western-vocational-base')!.cells[9]).toBe('60');
  });

  it('lays the report out for print: indicators first, each value with date, source and target', () => {
    const lines = reportLines(file, 'en');
    expect(lines.map((l) => [l.kind, l.id])).toEqual([
      ['indicator', 'life-expectancy'],
      ['indicator', 'urbanisation-rate'],
      ['commitment', 'double-hundred-city'],
      ['commitment', 'western-vocational-base'],
    ]);
    const vocational = lines.find((l) => l.id === 'western-vocational-base')!;
    expect(vocational).toMatchObject({
      value: '12 km²',
      asOf: '2024-06-30',
      target: '20 km²',
      ofTarget: '60%',
    });
    expect(vocational.source).toContain('SAMPLE');
    // Rates and averages get no share of their target; the text source stays as the file wrote it.
    const life = lines.find((l) => l.id === 'life-expectancy')!;
    expect(life.ofTarget).toBe('');
    expect(lines.find((l) => l.id === 'urbanisation-rate')!.target).toBe('80%');
    expect(life.source).toBe('=SUM(A1) SAMPLE');
    expect(reportLines(file, 'zh').find((l) => l.id === 'western-vocational-base')!.name).toBe(
      '西部职教基地',
    );
  });
});

describe('the JSON form and broken files', () => {
  it('reads { rows: [...] } with numbers or text, and says why a row is refused', () => {
    const file = parseProgress(fixture('sample-progress.json'), 'sample-progress.json', targets, NOW);
    expect(file.values.map((v) => [v.id, v.value, v.unit])).toEqual([
      ['forest-cover', 51.6, '%'],
      ['eco-tech-city-2025-phase', 4.5, 'km2'],
    ]);
    expect(file.problems.map((p) => say('en', p.message))).toEqual([
      'Line 3: eco-tech-city-2025-phase is measured in “km2 / wan_people”, the file says “people”.',
      'Line 4: the plan gives eco-tech-city-progress no target figure to measure against.',
    ]);
  });

  it('refuses a CSV without the columns, or JSON that is not JSON, with one message for the file', () => {
    const noHeader = parseProgress('id,value\nforest-cover,52\n', 'p.csv', targets, NOW);
    expect(noHeader.values).toEqual([]);
    expect(noHeader.problems.map((p) => say('en', p.message))).toEqual([
      'The first line of p.csv must name the columns id, value, unit, as_of, source (missing: unit, as_of, source).',
    ]);
    const broken = parseProgress('{"rows": [', 'p.json', targets, NOW);
    expect(broken.problems).toHaveLength(1);
    expect(say('zh', broken.problems[0].message)).toMatch(/^p\.json不是有效的JSON：/);
    const notRows = parseProgress('{"a": 1}', 'p.json', targets, NOW);
    expect(say('en', notRows.problems[0].message)).toBe(
      'p.json must hold a list of rows (a JSON array, or an object with a rows array).',
    );
  });
});

describe('the template', () => {
  it('is what the data makes: every 表2 id and commitment target with its unit, values empty', () => {
    const shipped = readFileSync(TEMPLATE_PATH, 'utf8');
    expect(shipped).toBe(makeTemplate());
    const [head, ...rows] = parseCsv(shipped);
    expect(head.cells.slice(0, 5)).toEqual(['id', 'value', 'unit', 'as_of', 'source']);
    const ids = new Set(rows.map((r) => r.cells[0]));
    for (const r of tables[1].rows) expect(ids.has(r.id!), r.id).toBe(true);
    expect(ids.has('western-vocational-base')).toBe(true);
    for (const r of rows) expect([r.cells[1], r.cells[3], r.cells[4]]).toEqual(['', '', '']);
    // Filled in as it stands, the template loads nothing and complains of nothing.
    const file = parseProgress(shipped, 'progress-template.csv', targets, NOW);
    expect([file.values.length, file.problems.length, file.empty]).toEqual([0, 0, rows.length]);
  });
});

describe('reading CSV back (src/format/csv.ts)', () => {
  it('parses quoted commas, quotes and line breaks, with the line each row starts on', () => {
    const rows = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,row');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 6, cells: ['last', 'row'] },
    ]);
  });

  it('reads back what the writer wrote, neutralised cells as their text with the apostrophe', () => {
    const csv = toCsv(
      ['id', 'source'],
      [
        ['a', '=1+1'],
        ['b', 'x, "y"'],
      ],
    );
    expect(parseCsv(csv).map((r) => r.cells)).toEqual([
      ['id', 'source'],
      ['a', "'=1+1"],
      ['b', 'x, "y"'],
    ]);
  });
});
