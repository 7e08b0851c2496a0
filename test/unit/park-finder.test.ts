import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/data/schema.ts';
import { parseCsv } from '../../src/format/csv.ts';
import { geodesicDistanceM } from '../../src/geo/measure.ts';
import { compareCsv } from '../../src/parks/compare-csv.ts';
import { distanceKm, parkDistances, pickNearest, type Reach } from '../../src/parks/park-distances.ts';
import {
  filterTree,
  flattenTree,
  hiddenParkIds,
  mappedAreaKm2,
  outputTarget,
  parkTree,
  toggleCompare,
  validCompareIds,
} from '../../src/parks/park-filter.ts';

/** A square park from 105.90–105.92 °E, 29.30–29.32 °N. */
const square: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [105.9, 29.3],
      [105.92, 29.3],
      [105.92, 29.32],
      [105.9, 29.32],
      [105.9, 29.3],
    ],
  ],
};

const point = (lon: number, lat: number): GeoJSON.Point => ({ type: 'Point', coordinates: [lon, lat] });
const line = (...coordinates: [number, number][]): GeoJSON.LineString => ({
  type: 'LineString',
  coordinates,
});

function feature(
  id: string,
  layer: string,
  geometry: GeoJSON.Geometry,
  props: Record<string, unknown> = {},
): PlanFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      layer,
      kind: layer,
      name_zh: id,
      name_en: id,
      status: 'existing',
      figures: [],
      ...props,
    },
  } as unknown as PlanFeature;
}

describe('park distances', () => {
  it('measures from the boundary to a point due north on the WGS84 ellipsoid', () => {
    // 0.09° of latitude north of the top edge, at the edge's middle.
    const km = distanceKm(square, point(105.91, 29.41));
    const expected = geodesicDistanceM([105.91, 29.32], [105.91, 29.41]) / 1000;
    expect(km).toBeCloseTo(expected, 3);
    // Meridian arc at 29.4° N: about 110.87 km a degree (9.98 km), not the sphere's 111.19 (10.01 km).
    expect(km).toBeGreaterThan(9.97);
    expect(km).toBeLessThan(9.985);
  });

  it('measures to a point due east across the parallel', () => {
    // 0.1° of longitude at 29.31° N: 111.32 km × cos(29.31°) ≈ 9.72 km on the ellipsoid.
    const km = distanceKm(square, point(106.02, 29.31));
    expect(km).toBeCloseTo(geodesicDistanceM([105.92, 29.31], [106.02, 29.31]) / 1000, 2);
    expect(km).toBeGreaterThan(9.7);
    expect(km).toBeLessThan(9.73);
  });

  it('measures to the nearest corner when the point is off a corner', () => {
    const km = distanceKm(square, point(105.95, 29.35));
    expect(km).toBeCloseTo(geodesicDistanceM([105.92, 29.32], [105.95, 29.35]) / 1000, 3);
  });

  it('is 0 inside the park, on its edge, for a line crossing it and a polygon overlapping it', () => {
    expect(distanceKm(square, point(105.91, 29.31))).toBe(0);
    expect(distanceKm(square, point(105.92, 29.31))).toBe(0);
    const crossing: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [105.85, 29.31],
        [105.99, 29.31],
      ],
    };
    expect(distanceKm(square, crossing)).toBe(0);
    const overlapping: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [105.91, 29.31],
          [106.0, 29.31],
          [106.0, 29.4],
          [105.91, 29.31],
        ],
      ],
    };
    expect(distanceKm(square, overlapping)).toBe(0);
  });

  it('measures a line that passes by along its nearest point, not its vertices', () => {
    // A north–south line 0.05° east of the park, its vertices far beyond the park's latitudes.
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [105.97, 29.0],
        [105.97, 29.6],
      ],
    };
    const km = distanceKm(square, line);
    const expected = geodesicDistanceM([105.92, 29.32], [105.97, 29.32]) / 1000;
    expect(Math.abs(km - expected)).toBeLessThan(0.01);
  });

  it('measures between two separate polygons', () => {
    const south: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [105.9, 29.2],
          [105.92, 29.2],
          [105.92, 29.25],
          [105.9, 29.25],
          [105.9, 29.2],
        ],
      ],
    };
    expect(distanceKm(square, south)).toBeCloseTo(
      geodesicDistanceM([105.91, 29.25], [105.91, 29.3]) / 1000,
      3,
    );
  });
});

describe('nearest destination', () => {
  const r = (id: string, km: number, status: Reach['status'] = 'existing'): Reach => ({
    id,
    name_zh: id,
    name_en: id,
    status,
    kind: 'rail-station',
    km,
  });

  it('names the nearest existing one and flags a nearer planned one', () => {
    expect(pickNearest([r('far', 8), r('near-planned', 2, 'planned'), r('mid', 5)])).toEqual({
      nearest: r('mid', 5),
      nearerPlanned: r('near-planned', 2, 'planned'),
    });
  });

  it('does not flag a planned one that is farther', () => {
    expect(pickNearest([r('a', 3), r('b', 4, 'planned')])).toEqual({ nearest: r('a', 3) });
  });

  it('falls back to the nearest of any status when none exists', () => {
    expect(pickNearest([r('a', 3, 'planned'), r('b', 1, 'proposed')])).toEqual({
      nearest: r('b', 1, 'proposed'),
    });
    expect(pickNearest([])).toEqual({ nearest: null });
  });

  it('picks destinations by layer and kind: helipads are not airports, the old city centre is the core', () => {
    const park = feature('park', 'industrial-parks', square);
    const features = [
      park,
      feature('station-near', 'rail-stations', point(105.91, 29.33), { status: 'planned' }),
      feature('station-far', 'rail-stations', point(105.91, 29.4)),
      feature('helipad', 'airports', point(105.91, 29.325), { kind: 'helipad' }),
      feature('airport', 'airports', point(105.91, 29.5), { kind: 'general-airport' }),
      feature('centre-old-city', 'urban-structure', point(105.91, 29.31), { kind: 'centre' }),
      feature('port', 'waterway-port', point(105.91, 29.1), { kind: 'port' }),
      feature('spur', 'rail-lines', line([105.91, 29.31], [105.91, 29.2]), {
        kind: 'freight-railway',
        status: 'planned',
      }),
      feature('mainline', 'rail-lines', line([105.95, 29.31], [105.95, 29.2]), { kind: 'rail-line' }),
      feature('ckg', 'destinations', point(106.64, 29.72), { kind: 'international-airport' }),
      feature('jiefangbei', 'destinations', point(106.57, 29.55), { kind: 'city-centre' }),
    ];
    const rows = Object.fromEntries(parkDistances(park, features).map((row) => [row.dest, row]));
    // A freight railway is rail of its own kind: not a station, and a main line is neither.
    expect(rows.freightRail.nearest).toMatchObject({ id: 'spur', kind: 'freight-railway', km: 0 });
    expect(rows.intlAirport.nearest).toMatchObject({ id: 'ckg', kind: 'international-airport' });
    expect(rows.airport.nearest?.kind).toBe('general-airport');
    expect(rows.rail.nearest?.id).toBe('station-far');
    expect(rows.rail.nearerPlanned?.id).toBe('station-near');
    expect(rows.airport.nearest?.id).toBe('airport');
    expect(rows.core.nearest).toMatchObject({ id: 'centre-old-city', km: 0 });
    expect(rows.port.nearest?.id).toBe('port');
    expect(rows.expressway.nearest).toBeNull();
    expect(rows.logistics.nearest).toBeNull();
  });
});

describe('park filter and comparison', () => {
  const tree = parkTree([
    feature('a', 'industrial-parks', square, { industries: ['auto-moto'] }),
    feature('a1', 'industry-subparks', square, { industries: ['health'], parent_id: 'a' }),
    feature('b', 'industrial-parks', square, { industries: ['consumer-goods'] }),
    feature('b1', 'industry-subparks', square, { industries: ['auto-moto'], parent_id: 'b' }),
    feature('c', 'industrial-parks', square),
    feature('station', 'rail-stations', point(105.9, 29.3)),
  ]);

  it('nests sub-parks under their host park and leaves other layers out', () => {
    expect(
      tree.map((n) => [n.feature.properties.id, n.children.map((c) => c.feature.properties.id)]),
    ).toEqual([
      ['a', ['a1']],
      ['b', ['b1']],
      ['c', []],
    ]);
  });

  it('keeps a park that hosts the industry itself or through a sub-park, and only matching sub-parks', () => {
    const ids = (industry: Parameters<typeof filterTree>[1]) =>
      flattenTree(filterTree(tree, industry)).map((f) => f.properties.id);
    expect(ids('auto-moto')).toEqual(['a', 'b', 'b1']);
    expect(ids('health')).toEqual(['a', 'a1']);
    expect(ids('digital-economy')).toEqual([]);
    expect(ids(null)).toEqual(['a', 'a1', 'b', 'b1', 'c']);
  });

  it('dims on the map exactly what the list hides', () => {
    expect(hiddenParkIds(tree, 'auto-moto')).toEqual(['a1', 'c']);
    expect(hiddenParkIds(tree, null)).toEqual([]);
  });

  it('keeps compared ids that name parks, once each, three at most', () => {
    const features = flattenTree(tree);
    expect(validCompareIds(['a', 'station', 'b1', 'a', 'nope'], features)).toEqual(['a', 'b1']);
    expect(validCompareIds(['a', 'b', 'c', 'a1'], features)).toEqual(['a', 'b', 'c']);
  });

  it('ticks and unticks parks, refusing a fourth', () => {
    expect(toggleCompare([], 'a')).toEqual(['a']);
    expect(toggleCompare(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleCompare(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c']);
  });
});

describe('the plan’s parks', () => {
  const features = readdirSync('geodata')
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => (JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as GeoJSON.FeatureCollection).features)
    .map((f) => f as PlanFeature);
  const byId = new Map(features.map((f) => [f.properties.id, f]));

  it('gives each of the three main parks its output target and a distance to every destination', () => {
    for (const [id, output] of [
      ['fenghuanghu-industrial-park', 1300],
      ['gangqiao-industrial-park', 400],
      ['sanjiao-industrial-park', 200],
    ] as const) {
      const park = byId.get(id)!;
      expect(outputTarget(park)?.value).toBe(output);
      expect(mappedAreaKm2(park)).toBeGreaterThan(1);
      for (const row of parkDistances(park, features)) {
        expect(row.nearest, `${id} ${row.dest}`).not.toBeNull();
        expect(row.nearest!.km).toBeGreaterThanOrEqual(0);
        // The international airports lie beyond the district, 70–110 km away.
        expect(row.nearest!.km).toBeLessThan(row.dest === 'intlAirport' ? 120 : 80);
      }
    }
  });

  it('puts the port next to Gangqiao and far from Sanjiao, and the hub inside Fenghuanghu', () => {
    const km = (park: string, dest: string) =>
      parkDistances(byId.get(park)!, features).find((r) => r.dest === dest)!.nearest!;
    expect(km('gangqiao-industrial-park', 'port').km).toBeLessThan(2);
    expect(km('sanjiao-industrial-park', 'port').km).toBeGreaterThan(40);
    expect(km('fenghuanghu-industrial-park', 'logistics')).toMatchObject({
      id: 'fenghuanghu-supply-chain-logistics-hub',
      km: 0,
    });
    expect(km('fenghuanghu-industrial-park', 'airport').id).toBe('airport-daan');
  });

  it('gives the port park its port railway as nearest freight rail, and each park its own spur', () => {
    const km = (park: string, dest: string) =>
      parkDistances(byId.get(park)!, features).find((r) => r.dest === dest)!.nearest!;
    expect(km('gangqiao-industrial-park', 'freightRail')).toMatchObject({
      id: 'rail-gangqiao-port-spur',
      km: 0,
    });
    expect(km('sanjiao-industrial-park', 'freightRail').id).toBe('rail-sanjiao-spur');
    expect(km('fenghuanghu-industrial-park', 'freightRail').id).toBe('rail-fenghuanghu-spur');
    expect(km('gangqiao-industrial-park', 'intlAirport').id).toBe('destination-ckg');
  });

  it('copies the comparison as CSV: a column per park, straight-line km as numbers, names with their kind', () => {
    const parks = ['gangqiao-industrial-park', 'sanjiao-industrial-park'].map((id) => byId.get(id)!);
    const distances = new Map(parks.map((p) => [p.properties.id, parkDistances(p, features)]));
    for (const lang of ['zh', 'en'] as const) {
      const csv = compareCsv(parks, distances, lang);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(csv).map((r) => r.cells);
      expect(rows[0].slice(1)).toEqual(
        parks.map((p) => (lang === 'zh' ? p.properties.name_zh : p.properties.name_en)),
      );
      const kmRows = rows.filter((r) => r[0].includes(lang === 'zh' ? '直线距离' : 'straight-line km'));
      expect(kmRows).toHaveLength(parkDistances(parks[0], features).length);
      const freight = rows.findIndex((r) =>
        r[0].startsWith(lang === 'zh' ? '最近货运铁路' : 'Nearest freight railway'),
      );
      expect(rows[freight][1]).toBe('0');
      expect(rows[freight + 1][1]).toContain(lang === 'zh' ? '进港铁路' : 'Port Railway');
      expect(rows[freight + 1][1]).toContain(lang === 'zh' ? '货运铁路' : 'freight railway');
      const port = rows.findIndex((r) => r[0].startsWith(lang === 'zh' ? '长江港口' : 'Yangtze port'));
      expect(Number(rows[port][1])).toBeCloseTo(
        distances.get(parks[0].properties.id)!.find((r) => r.dest === 'port')!.nearest!.km,
        1,
      );
    }
  });
});
