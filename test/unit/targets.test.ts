import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/data/schema.ts';
import { areaIn } from '../../src/geo/measure.ts';
import { DRAWN_TO_FIGURE, sortRows, targetRows, targetsCsv } from '../../src/targets/targets.ts';

const zone = (
  id: string,
  km: number,
  target: number,
  unit: 'km2' | 'ha' = 'km2',
  accuracy: 'approximate' | 'indicative' = 'approximate',
): PlanFeature => {
  const d = km / 111.2;
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [105.9, 29.3],
          [105.9 + d * 1.146, 29.3],
          [105.9 + d * 1.146, 29.3 + d],
          [105.9, 29.3 + d],
          [105.9, 29.3],
        ],
      ],
    },
    properties: {
      id,
      layer: 'expansion-zones',
      kind: 'expansion-zone',
      name_zh: `区域${id}`,
      name_en: `Zone "${id}", east`,
      status: 'planned',
      figures: [
        {
          key: 'population',
          label_zh: '人口',
          label_en: 'Population',
          value: 10,
          unit: 'wan_people',
          kind: 'target',
        },
        {
          key: 'area',
          label_zh: '面积',
          label_en: 'Area',
          value: target,
          unit,
          kind: 'target',
          year: 2025,
          area_target: true,
        },
      ],
      plan_ref: {
        chapter: '第二章',
        section: '第二节 优化主城区规划布局',
        box: '专栏1',
        paragraph: 'box1-p1',
        quote: 'q',
      },
      geometry_accuracy: accuracy,
    },
  };
};

describe('targets view', () => {
  const features = [
    zone('a', 3, 10),
    zone('b', 1, 1),
    zone('c', 0.5, 30, 'ha'),
    zone('d', 2, 4, 'km2', 'indicative'),
  ];
  const rows = targetRows(features);

  it('lists only the area target of each feature, measured on the ellipsoid', () => {
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows[0].target).toBe(10);
    expect(rows[0].measured).toBeCloseTo(areaIn(features[0].geometry, 'km2'), 9);
    expect(rows[0].ratio).toBeCloseTo(rows[0].measured! / 10, 9);
    expect(rows[2].unit).toBe('ha');
    expect(rows[0].citation).toBe('第二章 第二节 优化主城区规划布局 专栏1');
  });

  it('gives an outline drawn to its figure no measurement and no ratio', () => {
    expect(rows[3]).toMatchObject({ id: 'd', drawnToFigure: true, geometry: 'indicative', target: 4 });
    expect(rows[3].measured).toBeUndefined();
    expect(rows[3].ratio).toBeUndefined();
    expect(rows.slice(0, 3).every((r) => !r.drawnToFigure)).toBe(true);
  });

  it('sorts by ratio and by target across units, drawn outlines last', () => {
    expect(sortRows(rows, 'ratio', true, 'en').map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
    // 30 ha is 0.3 km², smaller than 1 km².
    expect(sortRows(rows, 'target', false, 'en').map((r) => r.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('exports CSV with a BOM, CRLF lines and quoted cells', () => {
    const csv = targetsCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'id,name_zh,name_en,layer,status,unit,target,measured,ratio_percent,area_basis,target_year,plan_ref',
    );
    expect(lines[1]).toContain('区域a,"Zone ""a"", east",expansion-zones,planned,km2,10,');
    expect(lines[1]).toContain(',measured (approximate),2025,');
    expect(lines[4]).toContain(`,km2,4,,,${DRAWN_TO_FIGURE},2025,`);
    expect(lines[4]).not.toMatch(/\d%|ratio/);
  });

  it('writes a hostile feature name into the CSV as text, never as a formula', () => {
    const f = zone('hostile', 10, 10);
    f.properties = { ...f.properties, name_zh: '=HYPERLINK("http://evil","点击")', name_en: '+1+1' };
    const line = targetsCsv(targetRows([f])).split('\r\n')[1]!;
    expect(line.startsWith(`hostile,"'=HYPERLINK(""http://evil"",""点击"")","'+1+1",`)).toBe(true);
  });
});
