/**
 * The indicator tables against the plan's own text: every number is one the table prints, on the
 * basis and with the comparator and unit it prints, and the view's helpers draw only what may be
 * compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type IndicatorTable,
  indicatorsFileSchema,
  type PlanDocument,
  type PlanFeature,
} from '../../src/data/schema.ts';
import { type PlanIndex, validatePlanDocument, validateTable } from '../../src/data/validate';
import {
  comparable,
  groupedRows,
  indexIndicators,
  textFigures,
} from '../../src/indicators/indicator-data.ts';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const tables: IndicatorTable[] = indicatorsFileSchema.parse(readJson('geodata/indicators.json'));
const document: PlanDocument = readJson('geodata/plan/plan.json');
const cellsOf = new Map(document.paragraphs.map((p) => [p.id, p.cells ?? []]));
const planText = readFileSync(join(root, 'geodata/plan/yongchuan-14th-five-year-plan.txt'), 'utf8');
const [t1, t2] = tables;

const allFeatures: PlanFeature[] = readdirSync(join(root, 'geodata'))
  .filter((f) => f.endsWith('.geojson'))
  .flatMap((f) => readJson(`geodata/${f}`).features as PlanFeature[]);

describe('indicator values against the plan text', () => {
  for (const table of tables)
    for (const row of table.rows)
      it(`${table.id} ${row.no} ${row.name_zh}`, () => {
        const cells = cellsOf.get(row.paragraph);
        expect(cells, row.paragraph).toBeDefined();
        // The row, as the source text prints it, is in the plan's text file.
        expect(planText).toContain(row.name_zh);
        // A # sub-row without a unit of its own takes its heading row's (16 主要污染物排放总量减少率（%）).
        const unitOf = (c: string) => c.match(/（([^）]+)）$/)?.[1];
        const parent = table.rows.find((r) => r.no === row.no.replace(/[a-z]$/, ''));
        const unit = unitOf(cells![1]) ?? (parent && unitOf(cellsOf.get(parent.paragraph)![1]));
        expect(row.unit, 'unit as printed in the name cell').toBe(unit);
        table.columns.forEach((c, k) => {
          const v = row.values[c.key];
          const cell = cells![3 + k];
          if (!v) {
            expect(cell, c.key).toBe('');
            return;
          }
          expect(v.text, c.key).toBe(cell);
          expect(planText, c.key).toContain(cell);
          if (v.value !== undefined) expect(cell, `${c.key} value`).toContain(String(v.value));
          else expect(cell, `${c.key} holds no number of its own`).toMatch(/^(—|[ⅡⅢⅣ-]+|.*[:：].*|.{12,})$/);
          expect(v.basis === 'annual_average', `${c.key} *`).toBe(cell.includes('*'));
          expect(v.basis === 'five_year_cumulative', `${c.key} 【】`).toBe(cell.includes('【'));
          const comparator = cell.match(/^(≧|>|<|≤)/)?.[1];
          expect(v.comparator, `${c.key} comparator`).toBe(
            comparator && { '≧': '>=', '>': '>', '<': '<', '≤': '<=' }[comparator],
          );
        });
      });
});

describe('表2', () => {
  it('has 26 indicators with unique ids, grouped as the plan groups them', () => {
    expect(t2.rows).toHaveLength(26);
    const ids = t2.rows.map((r) => r.id);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(26);
    const groups = groupedRows(t2);
    expect(groups.map((g) => g.zh)).toEqual(
      ['g1', 'g2', 'g3', 'g4'].map((g) => cellsOf.get(`table2-${g}`)![1]),
    );
    expect(groups.map((g) => g.rows.length)).toEqual([2, 12, 10, 2]);
    expect(indexIndicators(tables).byId.get('urbanisation-rate')?.row.values.target_2025.value).toBe(80);
  });

  it("shows the plan's own contradiction on energy intensity, each side quoted where it stands", () => {
    const energy = t2.rows.find((r) => r.id === 'energy-intensity-reduction')!;
    expect(energy.values.value_2020.text).toBe('【19.1】');
    expect(t1.rows.find((r) => r.no === '17')!.values.actual_13th.text).toBe('【21.16】');
    const evidence = energy.discrepancies![0].evidence;
    expect(evidence.map((e) => e.paragraph)).toEqual(['table2-r12', 'table1-r17']);
    for (const e of evidence)
      expect(document.paragraphs.find((p) => p.id === e.paragraph)!.text).toContain(e.quote);
  });

  it('map links name features and layers that exist', () => {
    const ids = new Set(allFeatures.map((f) => f.properties.id));
    const layers = new Set(allFeatures.map((f) => f.properties.layer));
    const linked = tables.flatMap((t) => t.rows.filter((r) => r.map));
    expect(linked.map((r) => r.id ?? r.no)).toEqual(['10', '13a', 'urbanisation-rate', 'forest-cover']);
    for (const r of linked) {
      if (r.map!.feature) expect(ids.has(r.map!.feature), r.map!.feature).toBe(true);
      for (const l of r.map!.layers) expect(layers.has(l), l).toBe(true);
    }
  });
});

describe('the view draws only what may be compared', () => {
  const cell = (id: string, key: string) => t2.rows.find((r) => r.id === id)!.values[key];
  it('a year against a five-year average or total is not charted; same bases are', () => {
    expect(comparable(cell('gdp-growth', 'value_2020'), cell('gdp-growth', 'target_2025'))).toBe(false);
    expect(comparable(cell('imports-exports', 'value_2020'), cell('imports-exports', 'target_2025'))).toBe(
      false,
    );
    expect(
      comparable(
        cell('new-high-tech-enterprises', 'value_2020'),
        cell('new-high-tech-enterprises', 'target_2025'),
      ),
    ).toBe(false);
    expect(
      comparable(cell('urbanisation-rate', 'value_2020'), cell('urbanisation-rate', 'target_2025')),
    ).toBe(true);
    expect(
      comparable(
        cell('energy-intensity-reduction', 'value_2020'),
        cell('energy-intensity-reduction', 'target_2025'),
      ),
    ).toBe(true);
  });

  it("finds the text's city-size figures: built-up area 80 → 100 km², urban population 80 → 100 万人", () => {
    const figures = textFigures(allFeatures).filter(
      (f) => f.feature.properties.id === 'main-urban-built-up-area',
    );
    expect(figures.map((f) => [f.key, f.unit, f.baseline, f.target])).toEqual([
      ['built_up_area', 'km2', 80, 100],
      ['urban_population', 'wan_people', 80, 100],
    ]);
    for (const n of [
      '城市建成区面积达到80平方公里',
      '城区常住人口达到80万人',
      '建成区面积达到100平方公里',
      '城区人口达到100万人',
    ])
      expect(planText).toContain(n);
  });
});

describe('the validator', () => {
  const plan = validatePlanDocument(document, 'plan.json').plan as PlanIndex;
  it('refuses a discrepancy quote that is not in its paragraph and a duplicate indicator id', () => {
    const copy = structuredClone(readJson('geodata/indicators.json'));
    expect(validateTable(copy, 'indicators.json', 'indicators.json', plan)).toEqual([]);
    copy[1].rows[11].discrepancies[0].evidence[1].quote = '【21.6】';
    copy[1].rows[1].id = 'gdp-growth';
    expect(validateTable(copy, 'indicators.json', 'indicators.json', plan).map((i) => i.message)).toEqual([
      'duplicate indicator id "gdp-growth" (first used by [1].rows[0])',
      'quote not found in paragraph table1-r17: "【21.6】"',
    ]);
  });
});
