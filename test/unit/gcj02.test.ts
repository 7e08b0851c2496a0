import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, test } from 'vitest';
import { gcj02ToWgs84, type LonLat, wgs84ToGcj02 } from '../../src/geo/china-offsets.ts';

const wgs84 = Geodesic.WGS84;

/** Signed east and north components in metres of the step from a to b. */
function eastNorth(a: LonLat, b: LonLat): { east: number; north: number } {
  const east = wgs84.Inverse(a[1], a[0], a[1], b[0]).s12 ?? 0;
  const north = wgs84.Inverse(a[1], a[0], b[1], a[0]).s12 ?? 0;
  return { east: Math.sign(b[0] - a[0]) * east, north: Math.sign(b[1] - a[1]) * north };
}

function distanceM(a: LonLat, b: LonLat): number {
  return wgs84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? Number.NaN;
}

describe('GCJ-02 ⇄ WGS84', () => {
  test('the offset at the Yongchuan urban core is about +338 m E / −332 m N', () => {
    const wgs: LonLat = [105.92, 29.35];
    const { east, north } = eastNorth(wgs, wgs84ToGcj02(wgs));
    expect(east).toBeGreaterThan(338 - 40);
    expect(east).toBeLessThan(338 + 40);
    expect(north).toBeGreaterThan(-332 - 40);
    expect(north).toBeLessThan(-332 + 40);
  });

  test('round trip is within 0.01 m across the district and beyond', () => {
    for (let lon = 105.5; lon <= 106.3; lon += 0.1) {
      for (let lat = 28.9; lat <= 29.7; lat += 0.1) {
        const wgs: LonLat = [lon, lat];
        expect(distanceM(gcj02ToWgs84(wgs84ToGcj02(wgs)), wgs)).toBeLessThan(0.01);
        const gcj: LonLat = [lon, lat];
        expect(distanceM(wgs84ToGcj02(gcj02ToWgs84(gcj)), gcj)).toBeLessThan(0.01);
      }
    }
    // Elsewhere in China too.
    for (const p of [
      [116.397, 39.908],
      [121.47, 31.23],
      [87.6, 43.8],
      [113.26, 23.13],
    ] as LonLat[]) {
      expect(distanceM(gcj02ToWgs84(wgs84ToGcj02(p)), p)).toBeLessThan(0.01);
    }
  });

  test('positions outside China pass through unchanged', () => {
    expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84([-74, 40.7])).toEqual([-74, 40.7]);
  });
});
