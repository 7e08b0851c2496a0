/**
 * Chinese web-map offsets (src/geo/china-offsets.ts) and their use on an imported layer
 * (src/tools/import/web-offset.ts): BD-09 against the example of Baidu's coordinate-conversion
 * API documentation (geoconv v1: WGS84 114.21892734521, 29.575429778924 → BD-09 114.23074871003,
 * 29.579084787587), and a layer converted, converted otherwise, and back, with its measures.
 */
import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { fromWgs84, type LonLat, toWgs84 } from '../../src/geo/china-offsets.ts';
import { withOffset } from '../../src/tools/import/web-offset.ts';
import type { StoredImport } from '../../src/user-data/user-data-store.ts';

const wgs84 = geographiclib.Geodesic.WGS84;
const distanceM = (a: LonLat | number[], b: LonLat | number[]) =>
  wgs84.Inverse(a[1] as number, a[0] as number, b[1] as number, b[0] as number).s12 ?? Number.NaN;

describe('BD-09', () => {
  it('matches Baidu’s documented conversion within 1 m, and comes back to WGS84 within 0.1 m', () => {
    const wgs: LonLat = [114.21892734521, 29.575429778924];
    const baidu: LonLat = [114.23074871003, 29.579084787587];
    expect(distanceM(fromWgs84(wgs, 'bd09'), baidu)).toBeLessThan(1);
    expect(distanceM(toWgs84(baidu, 'bd09'), wgs)).toBeLessThan(1);
    expect(distanceM(toWgs84(fromWgs84(wgs, 'bd09'), 'bd09'), wgs)).toBeLessThan(0.1);
  });
});

describe('an imported layer in a web map’s offset', () => {
  const ring: LonLat[] = [
    [105.9, 29.34],
    [105.91, 29.34],
    [105.91, 29.35],
    [105.9, 29.34],
  ];
  const layer: StoredImport = {
    id: 'a',
    fileName: 'amap.geojson',
    colour: '#d55e00',
    importedAt: '2026-01-01T00:00:00Z',
    visible: true,
    features: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: [ring] } },
        { type: 'Feature', properties: {}, geometry: null as unknown as GeoJSON.Geometry },
      ],
    },
    rows: [{ index: 0, name: 'A', type: 'Polygon', areaM2: 0, lengthM: 0 }],
    rowCount: 1,
    totals: { areaM2: 0, lengthM: 0 },
  };
  const first = (l: Pick<StoredImport, 'features'>) =>
    ((l.features.features[0] as GeoJSON.Feature).geometry as GeoJSON.Polygon).coordinates[0]?.[0] as number[];

  it('moves GCJ-02 positions about 470 m to WGS84, measures them, and undoes it exactly', () => {
    const gcj = withOffset(layer, 'gcj02');
    expect(gcj.offset).toBe('gcj02');
    const moved = distanceM(first(gcj), ring[0] as LonLat);
    expect(moved).toBeGreaterThan(400);
    expect(moved).toBeLessThan(550);
    // The original is untouched, and a null geometry passes.
    expect(first(layer)).toEqual(ring[0]);
    expect(gcj.features.features[1]?.geometry).toBeNull();
    expect(gcj.rows[0]?.areaM2).toBeGreaterThan(5e5);
    expect(gcj.totals.areaM2).toBe(gcj.rows[0]?.areaM2);
    expect(gcj.bbox?.[0]).toBeCloseTo(first(gcj)[0] as number, 9);

    const bd = withOffset({ ...layer, ...gcj }, 'bd09');
    expect(distanceM(first(bd), toWgs84(ring[0] as LonLat, 'bd09'))).toBeLessThan(0.01);
    const back = withOffset({ ...layer, ...bd }, undefined);
    expect(back.offset).toBeUndefined();
    expect(distanceM(first(back), ring[0] as LonLat)).toBeLessThan(0.1);
  });
});
