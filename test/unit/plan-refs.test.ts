import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  CommitmentsFile,
  IndicatorTable,
  IndustryCluster,
  PlanDocument,
  PlanFeatureCollection,
  PlanRef,
  RelationsFile,
  TourFile,
} from '../../src/data/schema';

const root = join(import.meta.dirname, '..', '..');
const geodata = join(root, 'geodata');
const load = <T>(file: string): T => JSON.parse(readFileSync(join(geodata, file), 'utf8')) as T;
const plan = load<PlanDocument>('plan/plan.json');
const paragraphs = new Map(plan.paragraphs.map((p) => [p.id, p]));

/** Every plan_ref in geodata, named by file and feature or entry. */
function allRefs(): { where: string; ref: PlanRef }[] {
  const out: { where: string; ref: PlanRef }[] = [];
  for (const file of readdirSync(geodata)
    .filter((f) => f.endsWith('.geojson'))
    .sort()) {
    for (const f of load<PlanFeatureCollection>(file).features)
      out.push({ where: `${file} ${f.properties.id}`, ref: f.properties.plan_ref });
  }
  for (const c of load<IndustryCluster[]>('industry-clusters.json'))
    out.push({ where: `industry-clusters.json ${c.id}`, ref: c.plan_ref });
  for (const t of load<IndicatorTable[]>('indicators.json'))
    out.push({ where: `indicators.json ${t.id}`, ref: t.plan_ref });
  for (const c of load<CommitmentsFile>('commitments.json').commitments)
    out.push({ where: `commitments.json ${c.id}`, ref: c.plan_ref });
  for (const [k, r] of load<RelationsFile>('relations.json').relations.entries())
    out.push({ where: `relations.json [${k}] ${r.a} ${r.kind} ${r.b}`, ref: r.plan_ref });
  return out;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The plan writes small counts in Chinese numerals (“三面青山”, “一环十一射”): 1–99 as it writes them. */
function chineseNumeral(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  const digit = Object.keys(CN_DIGITS).filter((k) => k !== '两');
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  if (tens === 0) return digit[ones - 1];
  return `${tens === 1 ? '' : digit[tens - 1]}十${ones ? digit[ones - 1] : ''}`;
}

/**
 * Figures read from a class word rather than a number in the text, each with the words it is
 * read from: a new one needs a reason here.
 */
const READINGS: Record<string, string> = {
  'one-hour-commuting-circle': '一小时', // 60 minutes
  'million-class-regional-central-city': '百万级', // a city of the 100 万 class
  'mechanisation-demo-bases': '万亩级', // bases of the 1 万亩 class
};

describe('citations in geodata', () => {
  const refs = allRefs();

  it('every plan_ref in every data file has a paragraph', () => {
    expect(refs.length).toBeGreaterThan(150);
    expect(refs.filter((r) => !r.ref.paragraph).map((r) => r.where)).toEqual([]);
  });

  it('every quote stands verbatim in its paragraph', () => {
    const wrong = refs
      .filter(({ ref }) => !paragraphs.get(ref.paragraph)?.text.includes(ref.quote))
      .map(({ where, ref }) => `${where}: ${ref.paragraph} ${ref.quote}`);
    expect(wrong).toEqual([]);
  });

  it('every figure of the register stands in its paragraph, in digits or as the plan writes it', () => {
    const missing: string[] = [];
    for (const c of load<CommitmentsFile>('commitments.json').commitments) {
      const text = paragraphs.get(c.plan_ref.paragraph)?.text ?? '';
      for (const f of c.figures) {
        const digits = new RegExp(`(?<![\\d.])${String(f.value).replace('.', '\\.')}(?![\\d.])`).test(text);
        const numeral = chineseNumeral(f.value);
        const read = READINGS[c.id] !== undefined && text.includes(READINGS[c.id]);
        if (!digits && !(numeral && text.includes(numeral)) && !read)
          missing.push(`${c.id} ${f.key} ${f.value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every indicator row names its row of the table, which holds its name and values', () => {
    for (const t of load<IndicatorTable[]>('indicators.json')) {
      const table = t.plan_ref.box?.replace('表', 'table');
      for (const row of t.rows) {
        const p = paragraphs.get(row.paragraph);
        expect(p?.table, `${t.id} ${row.no}`).toBe(table);
        expect(p?.cells?.[1]).toContain(row.name_zh);
        t.columns.forEach((c, k) => {
          if (row.values[c.key]) expect(p?.cells?.[3 + k]).toBe(row.values[c.key].text);
        });
      }
    }
  });

  it("each tour step's caption draws on its paragraphs: every number in it stands there", () => {
    const tour = load<TourFile>('tour.json');
    for (const step of tour.steps) {
      const text = step.paragraphs.map((id) => paragraphs.get(id)?.text ?? '').join('\n');
      expect(
        step.paragraphs.every((id) => paragraphs.has(id)),
        step.id,
      ).toBe(true);
      for (const n of step.caption.zh.match(/\d+(?:\.\d+)?/g) ?? [])
        expect(
          new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d.])`).test(text),
          `${step.id}: ${n}`,
        ).toBe(true);
    }
    // Only the closing step, which tells the visitor what to do, draws on no paragraph.
    expect(tour.steps.filter((s) => s.paragraphs.length === 0).map((s) => s.id)).toEqual(['finale']);
  });
});
