import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/data/schema.ts';
import { searchFeatures } from '../../src/search/search.ts';

const feature = (id: string, zh: string, en: string): PlanFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [105.9, 29.3] },
  properties: {
    id,
    layer: 'rail-stations',
    kind: 'rail-station',
    name_zh: zh,
    name_en: en,
    status: 'existing',
    figures: [],
    plan_ref: { chapter: '第五章', paragraph: 'c5-p1', quote: 'q' },
    geometry_accuracy: 'approximate',
  },
});

const features = [
  feature('yongchuan-east', '永川东站', 'Yongchuan East Station'),
  feature('yongchuan', '永川站', 'Yongchuan Station'),
  feature('yongchuan-south', '永川南站', 'Yongchuan South Station'),
  feature('fenghuanghu', '凤凰湖产业园', 'Fenghuanghu Industrial Park'),
  feature('hub', '凤凰湖供应链物流枢纽', 'Fenghuanghu Supply-Chain Logistics Hub'),
];
const ids = (q: string) => searchFeatures(features, q).map((h) => h.feature.properties.id);

describe('search ranking', () => {
  it('puts an exact name first', () => {
    expect(ids('永川站')[0]).toBe('yongchuan');
    expect(ids('yongchuan station')[0]).toBe('yongchuan');
  });

  it('ranks prefix matches before inner matches, shorter names first', () => {
    expect(ids('凤凰湖')).toEqual(['fenghuanghu', 'hub']);
    expect(ids('Station')).toEqual(['yongchuan', 'yongchuan-east', 'yongchuan-south']);
  });

  it('matches English case-insensitively and across word order', () => {
    expect(ids('logistics fenghuanghu')).toEqual(['hub']);
    expect(ids('SOUTH')).toEqual(['yongchuan-south']);
  });

  it('folds full-width characters', () => {
    expect(ids('ＹＯＮＧＣＨＵＡＮ ＥＡＳＴ')[0]).toBe('yongchuan-east');
  });

  it('returns nothing for an empty query or no match', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('上海')).toEqual([]);
  });
});
