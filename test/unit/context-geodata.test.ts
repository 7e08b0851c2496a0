import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, test } from 'vitest';
import type { PlanFeatureCollection } from '../../src/data/schema';
import { geodesicAreaM2 } from '../../src/geo/measure';
import { signedArea2 } from '../support/geometry.ts';

const geodata = join(__dirname, '..', '..', 'geodata');
const load = (name: string): PlanFeatureCollection =>
  JSON.parse(readFileSync(join(geodata, `${name}.geojson`), 'utf8'));

const boundaryFc = load('district-boundary');
const townships = load('townships').features;
const boundary = boundaryFc.features[0] as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

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
    const polygons =
      boundary.geometry.type === 'Polygon' ? [boundary.geometry.coordinates] : boundary.geometry.coordinates;
    for (const [outer, ...holes] of polygons) {
      for (const ring of [outer, ...holes]) expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(signedArea2(outer)).toBeGreaterThan(0);
      for (const hole of holes) expect(signedArea2(hole)).toBeLessThan(0);
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
