import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/data/schema.ts';
import { featuresAt } from '../../src/here/what-is-here.ts';

const f = (id: string, geometry: GeoJSON.Geometry) =>
  ({ type: 'Feature', geometry, properties: { id, layer: 'x' } }) as unknown as PlanFeature;
const square = (w: number, s: number, e: number, n: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe('what is here', () => {
  const features = [
    f('park', square(105.9, 29.3, 105.95, 29.35)),
    f('sub-park', square(105.91, 29.31, 105.92, 29.32)),
    f('far-zone', square(106.0, 29.4, 106.1, 29.5)),
    f('station', { type: 'Point', coordinates: [105.9151, 29.3151] }),
    f('far-station', { type: 'Point', coordinates: [105.93, 29.33] }),
    f('road', {
      type: 'LineString',
      coordinates: [
        [105.9, 29.3152],
        [105.95, 29.3152],
      ],
    }),
  ];

  it('lists the areas holding the point, smallest first, after the points and lines within reach', () => {
    const items = featuresAt(features, [105.915, 29.315], 50);
    expect(items.map((i) => i.feature.properties.id)).toEqual(['station', 'road', 'sub-park', 'park']);
    expect(items[0]).toMatchObject({ how: 'near' });
    expect(items[0].distanceM).toBeGreaterThan(10);
    expect(items[0].distanceM).toBeLessThan(20);
    expect(items[3]).toMatchObject({ how: 'inside', distanceM: 0 });
  });

  it('reaches only as far as it is told: a closer look drops the road', () => {
    const items = featuresAt(features, [105.915, 29.315], 5);
    expect(items.map((i) => i.feature.properties.id)).toEqual(['sub-park', 'park']);
  });

  it('finds nothing on an empty spot', () => {
    expect(featuresAt(features, [105.5, 29.0], 100)).toEqual([]);
  });
});
