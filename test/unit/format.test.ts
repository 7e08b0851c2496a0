import { describe, expect, it } from 'vitest';
import type { Figure, Unit } from '../../src/data/schema.ts';
import { englishQuantity } from '../../src/format/english-quantity.ts';
import { formatFigure, formatQuantity } from '../../src/format/format.ts';

const figure = (value: number, unit: Unit, qualifier?: Figure['qualifier']): Figure =>
  ({ key: 'k', label_zh: '标签', label_en: 'Label', value, unit, kind: 'target', qualifier }) as Figure;

describe('quantities in English', () => {
  it('says 亿元 and 万元 as CNY in millions or billions', () => {
    expect(formatQuantity(130, 'yi_yuan', 'en')).toBe('CNY 13 bn');
    expect(formatQuantity(1300, 'yi_yuan', 'en')).toBe('CNY 130 bn');
    expect(formatQuantity(13.8, 'yi_yuan', 'en')).toBe('CNY 1.38 bn');
    expect(formatQuantity(5, 'yi_yuan', 'en')).toBe('CNY 500 million');
    expect(formatQuantity(5000, 'wan_yuan', 'en')).toBe('CNY 50 million');
    expect(formatQuantity(10, 'wan_yuan', 'en')).toBe('CNY 100,000');
    expect(formatQuantity(2, 'yi_usd', 'en')).toBe('USD 200 million');
  });

  it('says 万人 as people, with thousands separated', () => {
    expect(formatQuantity(20, 'wan_people', 'en')).toBe('200,000 people');
    expect(formatQuantity(2.5, 'wan_people', 'en')).toBe('25,000 people');
    expect(formatQuantity(150, 'wan_people', 'en')).toBe('1.5 million people');
    expect(formatQuantity(3500, 'wan_visits', 'en')).toBe('35 million visits');
  });

  it('says mu with hectares in brackets, and 万平方米 in m²', () => {
    expect(formatQuantity(2.22, 'wan_mu', 'en')).toBe('22,200 mu (1,480 ha)');
    expect(formatQuantity(50, 'wan_mu', 'en')).toBe('500,000 mu (33,333 ha)');
    expect(formatQuantity(30, 'mu', 'en')).toBe('30 mu (2 ha)');
    expect(formatQuantity(150, 'wan_m2', 'en')).toBe('1.5 million m²');
    expect(formatQuantity(12, 'wan_m2', 'en')).toBe('120,000 m²');
  });

  it('says the other 万 and 亿 units in plain units', () => {
    expect(formatQuantity(550, 'wan_tonnes', 'en')).toBe('5.5 million t');
    expect(formatQuantity(60, 'wan_head', 'en')).toBe('600,000 head');
    expect(formatQuantity(2, 'yi_bags', 'en')).toBe('200 million bags');
    expect(formatQuantity(60, 'wan_kw', 'en')).toBe('600 MW');
    expect(formatQuantity(4.2, 'wan_count', 'en')).toBe('42,000');
    expect(formatQuantity(3, 'wan_tonnes_per_year', 'en')).toBe('30,000 t/year');
  });

  it('never shows a power of ten or a ×, for any figure unit', () => {
    for (const unit of [
      'yi_yuan',
      'wan_yuan',
      'wan_people',
      'wan_mu',
      'wan_m2',
      'wan_m3',
      'wan_tonnes_per_day',
      'wan_mu_times',
    ] as Unit[]) {
      const text = formatQuantity(12.5, unit, 'en');
      expect(text, unit).not.toMatch(/×|10⁴|万|亿/);
    }
  });

  it('keeps the precision asked for in the plan unit, for measured values', () => {
    // A measured 2.21834万亩 to two decimals of 万亩 is about 22,183 mu, not 22,183.4.
    expect(englishQuantity(2.21834, 'wan_mu', 2)).toBe('22,183 mu (1,479 ha)');
    expect(englishQuantity(30, 'km2')).toBeUndefined();
  });

  it('leaves units that read the same alone', () => {
    expect(formatQuantity(148, 'ha', 'en')).toBe('148 ha');
    expect(formatQuantity(30, 'km2', 'en')).toBe('30 km²');
    expect(formatQuantity(60, 'percent', 'en')).toBe('60%');
  });
});

describe('quantities in Chinese', () => {
  it('keep the plan’s 亿元, 万人 and 万亩', () => {
    expect(formatQuantity(130, 'yi_yuan', 'zh')).toBe('130亿元');
    expect(formatQuantity(20, 'wan_people', 'zh')).toBe('20万人');
    expect(formatQuantity(2.22, 'wan_mu', 'zh')).toBe('2.22万亩');
    expect(formatQuantity(148, 'ha', 'zh')).toBe('148公顷');
  });
});

describe('figures with the plan’s qualifiers', () => {
  it('say 约 as about, in English style', () => {
    expect(formatFigure(figure(130, 'yi_yuan', 'about'), 'en').value).toBe('about CNY 13 bn');
    expect(formatFigure(figure(130, 'yi_yuan', 'about'), 'zh').value).toBe('约130亿元');
    expect(formatFigure(figure(5000, 'wan_yuan', 'more_than'), 'en').value).toBe('more than CNY 50 million');
    expect(formatFigure(figure(20, 'wan_people'), 'en').value).toBe('200,000 people');
  });
});
