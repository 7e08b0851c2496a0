import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import { describe, expect, test } from 'vitest';
import type { PlanFeatureCollection } from '../../src/data/schema';
import { geodesicAreaM2, geodesicDistanceM } from '../../src/geo/measure';
import { positions, signedArea2 } from '../support/geometry.ts';

const geodata = join(__dirname, '..', '..', 'geodata');
const load = (name: string): PlanFeatureCollection =>
  JSON.parse(readFileSync(join(geodata, `${name}.geojson`), 'utf8'));

const boundaryFc = load('district-boundary');
const townships = load('townships').features;
const boundary = boundaryFc.features[0] as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
const neighbours = load('neighbours').features as GeoJSON.Feature<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  PlanFeatureCollection['features'][number]['properties']
>[];

function expectOrientedRings(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const [outer, ...holes] of polygons) {
    for (const ring of [outer, ...holes]) expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(signedArea2(outer)).toBeGreaterThan(0);
    for (const hole of holes) expect(signedArea2(hole)).toBeLessThan(0);
  }
}

describe('district boundary', () => {
  test('is one feature for 永川区 (500118)', () => {
    expect(boundaryFc.features).toHaveLength(1);
    expect(boundary.properties).toMatchObject({
      id: 'yongchuan-district',
      code: '500118',
      name_zh: '永川区',
    });
  });

  test('has an ellipsoidal area between 1570 and 1590 km²', () => {
    const km2 = geodesicAreaM2(boundary.geometry) / 1e6;
    expect(km2).toBeGreaterThan(1570);
    expect(km2).toBeLessThan(1590);
  });

  test('rings are closed, outer rings counter-clockwise', () => {
    expectOrientedRings(boundary.geometry);
  });
});

/** Published land areas (km², district and county government figures), which the converted outlines must match. */
const PUBLISHED_KM2: Record<string, number> = {
  '500151': 1342, // 铜梁区
  '500120': 915, // 璧山区
  '500116': 3200, // 江津区
  '510522': 2422, // 合江县
  '510521': 1532, // 泸县
  '500153': 1077, // 荣昌区
  '500111': 1436, // 大足区
};

describe('neighbouring districts and counties', () => {
  test('are the seven around 永川区, with their NBS codes', () => {
    expect(neighbours.map((f) => f.properties.name_zh).sort()).toEqual(
      ['江津区', '璧山区', '大足区', '荣昌区', '铜梁区', '泸县', '合江县'].sort(),
    );
    expect(neighbours.map((f) => f.properties.code).sort()).toEqual(Object.keys(PUBLISHED_KM2).sort());
    for (const f of neighbours)
      expect(f.properties).toMatchObject({ layer: 'neighbours', source: 'echarts-china-cities' });
  });

  test('each has an ellipsoidal area within 2% of its published area', () => {
    for (const f of neighbours) {
      const km2 = geodesicAreaM2(f.geometry) / 1e6;
      const published = PUBLISHED_KM2[f.properties.code ?? ''];
      expect(
        Math.abs(km2 - published) / published,
        `${f.properties.name_zh} ${km2.toFixed(0)} km²`,
      ).toBeLessThan(0.02);
    }
  });

  test('rings are closed, outer rings counter-clockwise', () => {
    for (const f of neighbours) expectOrientedRings(f.geometry);
  });

  test('each meets the district boundary and lies outside it (WGS84 like the boundary, not GCJ-02)', () => {
    const edge = positions(boundary.geometry);
    for (const f of neighbours) {
      // The nearest pair of vertices on a flat estimate, then measured on the ellipsoid.
      let pair: [GeoJSON.Position, GeoJSON.Position] = [edge[0], edge[0]];
      let best = Number.POSITIVE_INFINITY;
      for (const p of positions(f.geometry))
        for (const q of edge) {
          const d = ((p[0] - q[0]) * 0.87) ** 2 + (p[1] - q[1]) ** 2;
          if (d < best) [best, pair] = [d, [p, q]];
        }
      const nearest = geodesicDistanceM(...pair);
      // A GCJ-02 outline would sit some 300–600 m off the WGS84 boundary it should share.
      expect(nearest, `${f.properties.name_zh} nearest vertex to the boundary`).toBeLessThan(100);
      const overlap = intersect(featureCollection([f, boundary]));
      expect(overlap ? area(overlap) / 1e6 : 0, `${f.properties.name_zh} overlap km²`).toBeLessThan(1);
    }
  });
});

describe('townships', () => {
  test('are the 23 镇/街道: 7 subdistricts and 16 towns', () => {
    expect(townships).toHaveLength(23);
    const subdistricts = townships.filter((f) => f.properties.kind === 'subdistrict');
    const towns = townships.filter((f) => f.properties.kind === 'town');
    expect(subdistricts).toHaveLength(7);
    expect(towns).toHaveLength(16);
    for (const f of subdistricts) expect(f.properties.name_zh).toMatch(/街道$/);
    for (const f of towns) expect(f.properties.name_zh).toMatch(/镇$/);
  });

  test('have unique 12-digit codes under 500118 and unique ids', () => {
    const codes = townships.map((f) => f.properties.code);
    for (const code of codes) expect(code).toMatch(/^500118\d{6}$/);
    expect(new Set(codes).size).toBe(23);
    expect(new Set(townships.map((f) => f.properties.id)).size).toBe(23);
  });

  test('are points inside the district boundary', () => {
    for (const f of townships) {
      expect(f.geometry.type).toBe('Point');
      const inside = booleanPointInPolygon((f.geometry as GeoJSON.Point).coordinates, boundary);
      expect(inside, `${f.properties.name_zh} inside`).toBe(true);
    }
  });
});
