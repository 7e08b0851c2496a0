import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/data/schema.ts';
import { labelPoint, polygonLabelPoints } from '../../src/map/label-points.ts';

const props = (id: string) =>
  ({
    id,
    layer: 'expansion-zones',
    kind: 'expansion-zone',
    name_zh: id,
    name_en: id,
    status: 'planned',
    figures: [],
    plan_ref: { chapter: '第二章', paragraph: 'c2-p1', quote: 'q' },
    geometry_accuracy: 'indicative',
  }) as PlanFeature['properties'];

describe('polygon label points', () => {
  it('puts the label deep inside a concave polygon, not at its centroid', () => {
    // An L shape whose bounding-box centre lies outside it.
    const l = [
      [
        [0, 0],
        [4, 0],
        [4, 1],
        [1, 1],
        [1, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    const [x, y] = labelPoint(l);
    expect(x < 1 || y < 1).toBe(true);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
  });

  it('avoids holes', () => {
    const ring = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole = [
      [3, 3],
      [7, 3],
      [7, 7],
      [3, 7],
      [3, 3],
    ];
    const [x, y] = labelPoint([ring, hole]);
    expect(x >= 3 && x <= 7 && y >= 3 && y <= 7).toBe(false);
  });

  it('gives one point per polygon feature, on its largest part, and skips points and lines', () => {
    const features: PlanFeature[] = [
      {
        type: 'Feature',
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
                [0, 0],
              ],
            ],
            [
              [
                [5, 5],
                [9, 5],
                [9, 9],
                [5, 9],
                [5, 5],
              ],
            ],
          ],
        },
        properties: props('multi'),
      },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 1] }, properties: props('point') },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        properties: props('line'),
      },
    ];
    const points = polygonLabelPoints(features).features;
    expect(points.map((p) => p.properties?.id)).toEqual(['multi']);
    const [x, y] = points[0].geometry.coordinates;
    expect(x).toBeGreaterThan(5);
    expect(y).toBeGreaterThan(5);
  });
});
