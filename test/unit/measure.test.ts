import turfArea from '@turf/area';
import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { areaIn, geodesicAreaM2, geodesicDistanceM, geodesicLengthM } from '../../src/geo/measure.ts';

/** A square of about `km` km side at Yongchuan's latitude. */
function square(lon: number, lat: number, km: number): GeoJSON.Polygon {
  const dLat = km / 111.2;
  const dLon = km / (111.32 * Math.cos((lat * Math.PI) / 180));
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + dLon, lat],
        [lon + dLon, lat + dLat],
        [lon, lat + dLat],
        [lon, lat],
      ],
    ],
  };
}

/** GeographicLib's own polygon area, computed independently of src/geo/measure.ts. */
function reference(p: GeoJSON.Polygon): number {
  const poly = geographiclib.Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of p.coordinates[0].slice(0, -1)) poly.AddPoint(lat, lon);
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

describe('ellipsoidal measures', () => {
  it.each([1, 3.2, 10, 40])('matches GeographicLib within 0.01%% for a %s km square', (km) => {
    const p = square(105.9, 29.3, km);
    const ours = geodesicAreaM2(p);
    expect(Math.abs(ours / reference(p) - 1)).toBeLessThan(1e-4);
  });

  it('differs from turf’s spherical area by the expected ~0.13% at this latitude', () => {
    const p = square(105.9, 29.3, 3.2);
    const ratio = turfArea({ type: 'Feature', geometry: p, properties: {} }) / geodesicAreaM2(p);
    expect(ratio).toBeGreaterThan(1.001);
    expect(ratio).toBeLessThan(1.0016);
  });

  it('subtracts holes and sums multipolygons', () => {
    const outer = square(105.9, 29.3, 4).coordinates[0];
    const hole = square(105.91, 29.31, 1).coordinates[0].slice().reverse();
    const withHole: GeoJSON.Polygon = { type: 'Polygon', coordinates: [outer, hole] };
    const expected =
      geodesicAreaM2({ type: 'Polygon', coordinates: [outer] }) -
      geodesicAreaM2({ type: 'Polygon', coordinates: [hole] });
    expect(geodesicAreaM2(withHole)).toBeCloseTo(expected, 3);
    const multi: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: [[outer], [hole]] };
    expect(geodesicAreaM2(multi)).toBeCloseTo(
      expected + 2 * geodesicAreaM2({ type: 'Polygon', coordinates: [hole] }),
      3,
    );
  });

  it('converts to km² and ha', () => {
    const p = square(105.9, 29.3, 2);
    expect(areaIn(p, 'ha')).toBeCloseTo(areaIn(p, 'km2') * 100, 6);
  });

  it('measures lines and distances on the ellipsoid', () => {
    // One degree of latitude at 29°N is 110.85 km on WGS84.
    expect(geodesicDistanceM([105.9, 29], [105.9, 30]) / 1000).toBeCloseTo(110.86, 1);
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [105.9, 29],
        [105.9, 29.5],
        [105.9, 30],
      ],
    };
    expect(geodesicLengthM(line)).toBeCloseTo(geodesicDistanceM([105.9, 29], [105.9, 30]), 0);
    expect(geodesicAreaM2(line)).toBe(0);
  });
});
