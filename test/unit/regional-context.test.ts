import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { describe, expect, test } from 'vitest';
import type { PlanFeature, PlanFeatureCollection } from '../../src/data/schema';
import { geodesicDistanceM } from '../../src/geo/measure';

const geodata = join(__dirname, '..', '..', 'geodata');
const load = (name: string): PlanFeature[] =>
  (JSON.parse(readFileSync(join(geodata, `${name}.geojson`), 'utf8')) as PlanFeatureCollection).features;

const boundary = load('district-boundary')[0] as GeoJSON.Feature<GeoJSON.Polygon>;
const edge: GeoJSON.MultiLineString = { type: 'MultiLineString', coordinates: boundary.geometry.coordinates };
const exits = load('line-exits');
const lines = ['rail-lines', 'expressways', 'rivers'].flatMap(load);
const destinations = load('destinations');
const point = (f: PlanFeature) => (f.geometry as GeoJSON.Point).coordinates;
const toEdgeM = (p: GeoJSON.Position) =>
  geodesicDistanceM(p, nearestPointOnLine(edge, p).geometry.coordinates);

/**
 * Lines that need no exit of their own: two are drawn on the course of another line, which carries
 * the labels (upgrades of existing lines); the port railway ends at 朱沱作业区 on the river bank.
 */
const NO_EXIT = new Set([
  'rail-chengyu-railway-upgrade',
  'expressway-chengyu-widening',
  'rail-gangqiao-port-spur',
]);

describe('where lines leave the district', () => {
  test('each exit lies on the boundary, on its line, and says where it goes in both languages', () => {
    expect(exits.length).toBeGreaterThan(0);
    for (const f of exits) {
      const at = point(f);
      const line = lines.find((l) => l.properties.id === f.properties.parent_id);
      expect(line, f.properties.id).toBeDefined();
      expect(toEdgeM(at), `${f.properties.id} from the boundary`).toBeLessThan(5);
      const onLine = nearestPointOnLine(line!.geometry as GeoJSON.LineString, at).geometry.coordinates;
      expect(geodesicDistanceM(at, onLine), `${f.properties.id} from its line`).toBeLessThan(3000);
      expect(f.properties.name_zh).toMatch(/^→ \S/);
      expect(f.properties.name_en).toMatch(/^→ [A-Za-z]/);
      expect(f.properties.status).toBe(line!.properties.status);
    }
  });

  test('every rail line, expressway and the Yangtze that reaches beyond the boundary has an exit', () => {
    const labelled = new Set(exits.map((f) => f.properties.parent_id));
    const leaving = lines.filter(
      (l) =>
        (l.properties.layer !== 'rivers' || l.properties.id === 'river-yangtze') &&
        !NO_EXIT.has(l.properties.id) &&
        (l.geometry as GeoJSON.LineString).coordinates.some(
          (p) => !booleanPointInPolygon(p, boundary) && toEdgeM(p) > 500,
        ),
    );
    expect(leaving.length).toBeGreaterThan(10);
    for (const l of leaving) expect(labelled.has(l.properties.id), l.properties.id).toBe(true);
  });

  test('the lines to 成都, 重庆主城 and 泸州 are labelled', () => {
    const names = new Set(exits.map((f) => f.properties.name_zh));
    for (const to of ['→ 成都', '→ 重庆主城', '→ 泸州']) expect(names.has(to), to).toBe(true);
  });
});

describe('regional destinations', () => {
  const centre = load('urban-structure').find((f) => f.properties.id === 'centre-old-city')!;

  test('are 重庆主城, 成都, the two international airports and 泸州港, beyond the district', () => {
    expect(destinations.map((f) => f.properties.id).sort()).toEqual(
      [
        'destination-chengdu',
        'destination-chongqing-jiefangbei',
        'destination-ckg',
        'destination-luzhou-port',
        'destination-tfu',
      ].sort(),
    );
    const airports = destinations.filter((f) => f.properties.kind === 'international-airport');
    expect(airports.map((f) => f.properties.name_zh).sort()).toEqual(
      ['成都天府国际机场（TFU）', '重庆江北国际机场（CKG）'].sort(),
    );
    for (const f of destinations)
      expect(booleanPointInPolygon(point(f), boundary), f.properties.id).toBe(false);
  });

  test('each gives its ellipsoidal straight-line distance from the district centre, in both languages', () => {
    for (const f of destinations) {
      const km = geodesicDistanceM(point(centre), point(f)) / 1000;
      const shown = km < 100 ? km.toFixed(1) : km.toFixed(0);
      expect(f.properties.role_zh).toContain(`直线 ${shown} 公里`);
      expect(f.properties.role_en).toContain(`${shown} km in a straight line`);
    }
    const chongqing = destinations.find((f) => f.properties.id === 'destination-chongqing-jiefangbei')!;
    // 永川 to 解放碑 is some 65–75 km in a straight line on any map.
    expect(geodesicDistanceM(point(centre), point(chongqing)) / 1000).toBeGreaterThan(65);
    expect(geodesicDistanceM(point(centre), point(chongqing)) / 1000).toBeLessThan(75);
  });
});
