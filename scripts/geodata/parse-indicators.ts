/**
 * Builds geodata/indicators.json from the plan's two indicator tables:
 * 表1 (十三五 targets and outcomes, 第一章第一节) and 表2 (十四五 main indicators, 第一章第四节).
 *
 * Rows, attributes and cells are read from the tables' rows in geodata/plan/plan.json (each row there is
 * one paragraph with its cells, so each indicator row cites its paragraph); each cell keeps its printed text and, where it
 * holds one number, that number with its basis (* annual average, 【】 five-year cumulative) and
 * comparator (>, ≧, <, ≤). Cells such as `—`, water classes or prose stay text only; `x:1` ratios read as x.
 * English names are the dictionary below; the script fails if a row has none.
 *
 * Run: npx tsx scripts/geodata/parse-indicators.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type IndicatorTable, indicatorsFileSchema, type PlanDocument } from '../../src/data/schema.ts';
import { ROOT, readPlanDocument, type UnplacedRef, withParagraph } from '../plan/plan-files.ts';

const NAME_EN: Record<string, string> = {
  地区生产总值年均增速: 'Average annual GDP growth',
  常住居民人均可支配收入年均增速:
    'Average annual growth of per-capita disposable income of permanent residents',
  '工业及服务业投资、基础设施投资、房地产及其他投资的比例':
    'Ratio of industry and services investment to infrastructure investment to real estate and other investment',
  工业增加值占GDP比重: 'Industrial value added as a share of GDP',
  社会消费品零售总额年均增速: 'Average annual growth of total retail sales of consumer goods',
  创新效率: 'Innovation efficiency',
  研究与试验发展经费支出占地区生产总值比重: 'R&D expenditure as a share of GDP',
  万人发明专利拥有量: 'Invention patents held per 10,000 people',
  科技成果转化率: 'Conversion rate of scientific and technological results',
  全员劳动生产率: 'Overall labour productivity',
  规模以上工业企业全员劳动生产率: 'Labour productivity of industrial enterprises above designated size',
  战略性新兴产业产值占工业总产值比重:
    'Output of strategic emerging industries as a share of total industrial output',
  互联网普及率: 'Internet penetration rate',
  工业园区规模以上工业产值占全区比重:
    "Industrial parks' share of the district's output of industry above designated size",
  户籍人口城镇化率: 'Urbanisation rate of the registered population',
  城乡居民人均可支配收入比: 'Urban–rural ratio of per-capita disposable income',
  文化产业增加值占GDP比重: 'Cultural industries value added as a share of GDP',
  森林增长: 'Forest growth',
  森林覆盖率: 'Forest cover',
  森林蓄积量: 'Forest stock volume',
  空气质量优良天数比率: 'Share of days with good or excellent air quality',
  区内水质: 'Water quality in the district',
  区内主要河流水质: 'Water quality of the main rivers in the district',
  饮水源水质: 'Water quality of drinking-water sources',
  主要污染物排放总量减少率: 'Reduction in total emissions of major pollutants',
  化学需氧量: 'Chemical oxygen demand',
  二氧化硫: 'Sulphur dioxide',
  氨氮: 'Ammonia nitrogen',
  氮氧化物: 'Nitrogen oxides',
  单位地区生产总值能耗降低率: 'Reduction in energy consumption per unit of GDP',
  单位地区生产总值用水量降低率: 'Reduction in water use per unit of GDP',
  净增建设用地总量: 'Net increase in construction land',
  进出口总额: 'Total imports and exports',
  实际利用内资: 'Domestic capital actually used',
  实际利用外资: 'Foreign capital actually used',
  港口货运吞吐量: 'Port cargo throughput',
  城镇新增就业人数: 'New urban jobs',
  主要劳动年龄人口平均受教育年限: 'Average years of schooling of the main working-age population',
  人口平均预期寿命: 'Average life expectancy',
  城镇常住人口住房保障覆盖率: 'Housing-security coverage of permanent urban residents',
  人均地区生产总值: 'Per-capita GDP',
  新增高新技术企业数量: 'New high-tech enterprises',
  战略性新兴产业产值占规模以上工业总产值比重:
    'Output of strategic emerging industries as a share of output of industry above designated size',
  数字经济增加值占地区生产总值比重: 'Digital economy value added as a share of GDP',
  单位地区生产总值二氧化碳排放降低率: 'Reduction in CO₂ emissions per unit of GDP',
  常住人口城镇化率: 'Urbanisation rate of the permanent population',
  空气质量优良天数: 'Days with good or excellent air quality',
  国家考核断面水质达标比例: 'Share of state-assessed water sections meeting standards',
  每千老年人口拥有养老服务机构床位数: 'Elderly-care institution beds per 1,000 older people',
  每千人口医疗卫生机构床位数: 'Medical and health institution beds per 1,000 people',
  粮食综合生产能力: 'Comprehensive grain production capacity',
  亿元地区生产总值安全事故死亡率: 'Accident deaths per 100 million yuan of GDP',
};

const GROUP_EN: Record<string, string> = {
  综合发展质效: 'Overall quality and efficiency of development',
  打造高质量发展先行区: 'Building a pilot zone for high-quality development',
  打造高品质生活示范区: 'Building a demonstration zone for high-quality living',
  安全发展: 'Secure development',
};

const NOTES_EN: Record<string, string[]> = {
  'table-1': [
    'Figures marked * are five-year annual average growth rates; figures in 【】 are five-year cumulative totals',
    'Actual outcomes are subject to the final published statistics',
    'The targets of binding indicators such as the reduction in energy consumption per unit of GDP, the reduction in water use per unit of GDP and the reduction in total emissions of major pollutants are those set by Chongqing',
    'Domestic capital actually used is no longer compiled, so its progress cannot be monitored',
  ],
  'table-2': [
    'Figures marked * are five-year annual average growth rates; figures in 【】 are five-year cumulative totals',
    '2020 figures are subject to the final published statistics',
    'Some binding targets are finally those set by Chongqing',
  ],
};

type Cell = IndicatorTable['rows'][number]['values'][string];

function parseCell(raw: string): Cell | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const cell: Cell = { text };
  let rest = text;
  const comparators: [string, Cell['comparator']][] = [
    ['≤', '<='],
    ['≦', '<='],
    ['≥', '>='],
    ['≧', '>='],
    ['>', '>'],
    ['<', '<'],
  ];
  for (const [sign, comparator] of comparators) {
    if (rest.startsWith(sign)) {
      cell.comparator = comparator;
      rest = rest.slice(sign.length);
      break;
    }
  }
  if (rest.endsWith('*')) {
    cell.basis = 'annual_average';
    rest = rest.slice(0, -1);
  }
  const cumulative = /^【(.+)】$/.exec(rest);
  if (cumulative) {
    cell.basis = 'five_year_cumulative';
    rest = cumulative[1];
  }
  rest = rest.replace(/%$/, '');
  const ratio = /^(\d+(?:\.\d+)?):1$/.exec(rest);
  if (/^\d+(?:\.\d+)?$/.test(rest)) cell.value = Number(rest);
  else if (ratio) cell.value = Number(ratio[1]);
  return cell;
}

function splitName(printed: string): { name: string; unit?: string } {
  const m = /^(.*)（([^（）]+)）$/.exec(printed);
  return m ? { name: m[1], unit: m[2] } : { name: printed };
}

function nameEn(name: string): string {
  const en = NAME_EN[name];
  if (!en) throw new Error(`no English name for ${name}`);
  return en;
}

function parseNotes(line: string): string[] {
  return line
    .replace(/^备注：/, '')
    .split(/(?<=[；。])\s*(?=\d[.、])|^(?=\d[.、])/)
    .map((s) =>
      s
        .replace(/^\d[.、]/, '')
        .replace(/[；。]$/, '')
        .trim(),
    )
    .filter(Boolean);
}

function buildTable(
  plan: PlanDocument,
  opts: {
    id: 'table-1' | 'table-2';
    /** The table in plan.json, e.g. `table1`. */
    table: string;
    titleEn: string;
    columns: { key: string; label_zh: string; label_en: string }[];
    plan_ref: UnplacedRef;
  },
): IndicatorTable {
  const node = plan.toc.find((n) => n.id === opts.table && n.kind === 'table');
  if (!node?.title_zh) throw new Error(`${opts.table} not found in plan.json`);
  const paragraphs = plan.paragraphs.filter((p) => p.table === opts.table);
  const header = paragraphs.find((p) => p.id === `${opts.table}-head`)?.cells;
  const notesLine = paragraphs.find((p) => p.id === `${opts.table}-note`)?.text;
  if (!header || !notesLine) throw new Error(`${opts.table}: no header or 备注 in plan.json`);
  if (header[0] !== '序号' || header.length !== 5) throw new Error(`${opts.id}: unexpected header ${header}`);

  const rows: IndicatorTable['rows'] = [];
  let group: string | undefined;
  let parent: { unit?: string } | undefined;
  for (const p of paragraphs) {
    const cells = p.cells;
    if (!cells || p.id.endsWith('-head')) continue;
    const [, printedName, attribute, ...values] = cells;
    if (/-g\d+$/.test(p.id)) {
      group = printedName;
      continue;
    }
    // 序号 as plan.json gives it: as printed, a # sub-row its parent's number and a letter.
    const rowNo = /-r(\d+[a-z]?)$/.exec(p.id)?.[1];
    if (!rowNo) throw new Error(`${p.id}: not a numbered row`);
    const sub = printedName.startsWith('#');
    const { name, unit } = splitName(printedName.replace(/^#/, ''));
    if (sub && !parent) throw new Error(`${p.id}: sub-row without parent: ${printedName}`);
    if (!sub) parent = { unit };
    const valueMap: Record<string, Cell> = {};
    opts.columns.forEach((col, i) => {
      const cell = parseCell(values[i]);
      if (cell) valueMap[col.key] = cell;
    });
    const rowUnit = unit ?? (sub ? parent?.unit : undefined);
    rows.push({
      no: rowNo,
      ...(group ? { group_zh: group, group_en: GROUP_EN[group] ?? '' } : {}),
      name_zh: name,
      name_en: nameEn(name),
      ...(rowUnit ? { unit: rowUnit } : {}),
      ...(attribute ? { attribute: attribute as '预期性' | '约束性' } : {}),
      values: valueMap,
      paragraph: p.id,
    });
  }
  const notes_zh = parseNotes(notesLine);
  const notes_en = NOTES_EN[opts.id];
  if (notes_zh.length !== notes_en.length)
    throw new Error(`${opts.id}: ${notes_zh.length} notes: ${notes_zh}`);
  for (const n of notes_zh) if (!notesLine.includes(n)) throw new Error(`note not verbatim: ${n}`);
  return {
    id: opts.id,
    title_zh: node.title_zh,
    title_en: opts.titleEn,
    columns: opts.columns,
    rows,
    notes_zh,
    notes_en,
    plan_ref: withParagraph(opts.plan_ref),
  };
}

function main(): void {
  const plan = readPlanDocument();
  const tables = indicatorsFileSchema.parse([
    buildTable(plan, {
      id: 'table-1',
      table: 'table1',
      titleEn:
        'Yongchuan District: main economic and social targets of the 13th Five-Year Plan and their outcome',
      columns: [
        { key: 'target_13th', label_zh: '“十三五”目标', label_en: '13th Five-Year Plan target' },
        {
          key: 'actual_13th',
          label_zh: '“十三五”预计完成',
          label_en: '13th Five-Year Plan expected outcome',
        },
      ],
      plan_ref: {
        chapter: '第一章',
        section: '第一节 发展环境',
        box: '表1',
        quote: '永川区“十三五”经济和社会发展主要目标完成情况',
        quote_en:
          'Yongchuan District: completion of the main economic and social targets of the 13th Five-Year Plan',
      },
    }),
    buildTable(plan, {
      id: 'table-2',
      table: 'table2',
      titleEn: 'Yongchuan District: main economic and social indicators of the 14th Five-Year Plan',
      columns: [
        { key: 'value_2020', label_zh: '2020年预计值', label_en: '2020 (estimate)' },
        { key: 'target_2025', label_zh: '“十四五”预期目标', label_en: '14th Five-Year Plan target (2025)' },
      ],
      plan_ref: {
        chapter: '第一章',
        section: '第四节 发展目标',
        box: '表2',
        quote: '永川区“十四五”经济社会发展主要指标表',
        quote_en:
          'Yongchuan District: table of the main economic and social indicators of the 14th Five-Year Plan',
      },
    }),
  ]);
  for (const t of tables)
    for (const r of t.rows)
      if (r.group_zh !== undefined && !r.group_en) throw new Error(`no English for ${r.group_zh}`);
  writeFileSync(join(ROOT, 'geodata', 'indicators.json'), `${JSON.stringify(tables, null, 2)}\n`);
  for (const t of tables) {
    const numbered = t.rows.filter((r) => /^\d+$/.test(r.no)).length;
    console.log(`${t.id}: ${t.rows.length} rows, ${numbered} numbered, ${t.notes_zh?.length} notes`);
  }
}

main();
