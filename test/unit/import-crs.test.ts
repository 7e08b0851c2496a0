/**
 * Coordinate systems of imports (src/data/import/crs.ts): the zones of CGCS2000's 3° Gauss–Krüger
 * EPSG codes, detection from the `crs` member and from the ranges, the reprojection against
 * control values that do not come from proj4 (the false easting on the central meridian, the
 * meridian arc from GeographicLib), and an import of a Gauss–Krüger file whose area must be the
 * ellipsoidal area of the lon/lat corners it was made from.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import geographiclib from 'geographiclib-geodesic';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { crsCode, detectCrs, reprojectToWgs84, tmercDefinition } from '../../src/data/import/crs.ts';
import { DISTRICT_ZONE_EPSG, gaussKrugerZone } from '../../src/data/import/gauss-kruger-zones.ts';
import { checkImport } from '../../src/data/import/import-check.ts';
import { say } from '../../src/i18n/i18n.ts';

const { Geodesic } = geographiclib.Geodesic;
/** CGCS2000's ellipsoid, GRS80. */
const grs80 = new Geodesic(6378137, 1 / 298.257222101);

const collection = (coordinates: unknown, crs?: string) => ({
  type: 'FeatureCollection',
  ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
  features: [{ type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Point', coordinates } }],
});

const zone = (epsg: number) => {
  const z = gaussKrugerZone(epsg);
  if (!z) throw new Error(`EPSG:${epsg} is no Gauss–Krüger zone`);
  return z;
};

/** The zone's lon/lat → easting/northing, to check the inverse that imports use. */
const toGrid = (epsg: number, lonLat: [number, number]) =>
  proj4(tmercDefinition(zone(epsg)), 'WGS84').inverse(lonLat);

describe('CGCS2000 3° Gauss–Krüger zones', () => {
  it('gives each EPSG code its zone, central meridian and false easting', () => {
    expect(gaussKrugerZone(4513)).toEqual({
      epsg: 4513,
      zone: 25,
      centralMeridian: 75,
      falseEasting: 25_500_000,
    });
    expect(gaussKrugerZone(4533)).toEqual({
      epsg: 4533,
      zone: 45,
      centralMeridian: 135,
      falseEasting: 45_500_000,
    });
    expect(gaussKrugerZone(4523)).toMatchObject({ zone: 35, centralMeridian: 105, falseEasting: 35_500_000 });
    expect(gaussKrugerZone(4534)).toEqual({
      epsg: 4534,
      zone: 25,
      centralMeridian: 75,
      falseEasting: 500_000,
    });
    expect(gaussKrugerZone(4544)).toMatchObject({ zone: 35, centralMeridian: 105, falseEasting: 500_000 });
    expect(gaussKrugerZone(4545)).toMatchObject({ zone: 36, centralMeridian: 108, falseEasting: 500_000 });
    expect(gaussKrugerZone(4554)).toMatchObject({ zone: 45, centralMeridian: 135 });
    for (const other of [4512, 4555, 3857, 2383, 4326]) expect(gaussKrugerZone(other)).toBeUndefined();
  });

  it('maps the central meridian at the equator to the false easting, northing 0', () => {
    for (const epsg of [4523, 4544]) {
      const [e, n] = toGrid(epsg, [105, 0]);
      expect(e).toBeCloseTo(zone(epsg).falseEasting, 3);
      expect(n).toBeCloseTo(0, 3);
    }
  });

  it('gives the meridian arc as the northing on the central meridian (GeographicLib, GRS80)', () => {
    const arc = grs80.Inverse(0, 105, 30, 105).s12 as number;
    expect(arc).toBeCloseTo(3_320_113.398, 3);
    const [e, n] = toGrid(4544, [105, 30]);
    expect(e).toBeCloseTo(500_000, 3);
    expect(Math.abs(n - arc)).toBeLessThan(0.001);
  });

  it('round-trips a point off the central meridian within a millimetre', () => {
    const grid = toGrid(4523, [106.2, 29.4]);
    const file = collection([...grid]);
    const point = () => (file.features[0] as { geometry: { coordinates: number[] } }).geometry.coordinates;
    expect(grid[0]).toBeGreaterThan(35_500_000);
    reprojectToWgs84(file, zone(4523));
    const [lon = Number.NaN, lat = Number.NaN] = point();
    expect(lon).toBeCloseTo(106.2, 8);
    expect(lat).toBeCloseTo(29.4, 8);
    const back = toGrid(4523, [lon, lat]);
    expect(Math.hypot(back[0] - grid[0], back[1] - grid[1])).toBeLessThan(0.001);
    expect('crs' in file).toBe(false);
  });
});

describe('detecting the coordinate system', () => {
  it('reads EPSG codes and CRS84 from crs names', () => {
    expect(crsCode('urn:ogc:def:crs:EPSG::4545')).toBe('4545');
    expect(crsCode('urn:ogc:def:crs:EPSG:9.9.1:4490')).toBe('4490');
    expect(crsCode('EPSG:4545')).toBe('4545');
    expect(crsCode('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('CRS84');
    expect(crsCode('Xian 1980 / 3-degree Gauss-Kruger CM 105E')).toBeUndefined();
  });

  it('takes WGS84, CRS84 and CGCS2000 geographic as they are', () => {
    for (const name of [
      'EPSG:4326',
      'urn:ogc:def:crs:OGC:1.3:CRS84',
      'EPSG:4490',
      'urn:ogc:def:crs:EPSG::4490',
    ])
      expect(detectCrs(collection([105.9, 29.35], name))).toEqual({ kind: 'geographic' });
    expect(detectCrs(collection([105.9, 29.35]))).toEqual({ kind: 'geographic' });
  });

  it('finds the zone a crs member names', () => {
    expect(detectCrs(collection([587_408, 3_247_290], 'urn:ogc:def:crs:EPSG::4545'))).toEqual({
      kind: 'gauss-kruger',
      zone: zone(4545),
      from: 'crs',
    });
    expect(detectCrs(collection([35_587_408, 3_247_290], 'EPSG:4523'))).toMatchObject({ zone: zone(4523) });
  });

  it('calls other systems unsupported (Web Mercator, Xian 80)', () => {
    expect(detectCrs(collection([11_788_000, 3_420_000], 'EPSG:3857'))).toEqual({
      kind: 'unsupported',
      name: 'EPSG:3857',
    });
    expect(detectCrs(collection([35_587_408, 3_247_290], 'EPSG:2383'))).toMatchObject({
      kind: 'unsupported',
    });
  });

  it('guesses from the ranges when the file names none', () => {
    expect(detectCrs(collection([35_587_408, 3_247_290]))).toEqual({
      kind: 'gauss-kruger',
      zone: zone(4523),
      from: 'prefix',
    });
    expect(detectCrs(collection([36_400_000, 3_247_290]))).toMatchObject({
      zone: zone(4524),
      from: 'prefix',
    });
    expect(detectCrs(collection([587_408, 3_247_290]))).toEqual({
      kind: 'gauss-kruger',
      zone: zone(DISTRICT_ZONE_EPSG),
      from: 'default',
    });
    expect(detectCrs(collection([11_788_000, 3_420_000]))).toEqual({
      kind: 'unknown-projected',
      sample: [11_788_000, 3_420_000],
    });
    // Beyond any plausible metre value, the range check explains it.
    expect(detectCrs(collection([1e300, 29.35]))).toEqual({ kind: 'geographic' });
  });
});

describe('importing a projected file', () => {
  const fixture = resolve(import.meta.dirname, '../fixtures/geojson/crs/site-epsg4544.geojson');

  it('reprojects a Gauss–Krüger file: its area is the ellipsoidal area of its lon/lat corners', () => {
    const r = checkImport(readFileSync(fixture, 'utf8'), 'site-epsg4544.geojson');
    expect(r.refused).toBe(false);
    expect(r.issues).toEqual([]);
    expect(r.valid).toHaveLength(1);
    // The corners the fixture was made from (SW, SE, NE, NW).
    const corners = [
      [105.9, 29.34],
      [105.93, 29.34],
      [105.93, 29.37],
      [105.9, 29.37],
    ];
    const poly = grs80.Polygon(false);
    for (const [lon, lat] of corners) poly.AddPoint(lat as number, lon as number);
    const expected = Math.abs(poly.Compute(false, true).area as number);
    expect(expected).toBeGreaterThan(9e6);
    expect(Math.abs(r.totals.areaM2 - expected) / expected).toBeLessThan(0.001);
    const [w, s, e, n] = r.bbox ?? [];
    expect([w, s, e, n].map((v) => Number(v?.toFixed(4)))).toEqual([105.9, 29.34, 105.93, 29.37]);
    expect(r.warnings.map((x) => x.says)).toEqual([
      { key: 'import.reprojected', params: { zone: 35, cm: 105, epsg: 4544 } },
    ]);
    expect(r.warnings[0]?.problem).toBe(
      'reprojected from CGCS2000 / 3-degree Gauss–Krüger zone 35, central meridian 105° E (EPSG:4544), to WGS84',
    );
  });

  it('says when the zone was guessed, in both languages', () => {
    const r = checkImport(JSON.stringify(collection([587_408, 3_247_290])), 'guess.geojson');
    expect(r.valid).toHaveLength(1);
    const says = r.warnings[0]?.says;
    expect(says?.key).toBe('import.reprojectedGuessed');
    expect(r.warnings[0]?.problem).toContain('the file names no coordinate system: guessed');
    expect(say('zh', says ?? { key: 'import.reprojectedGuessed' })).toContain('推测');
    const prefixed = checkImport(JSON.stringify(collection([35_587_408, 3_247_290])), 'p.geojson');
    expect(prefixed.warnings[0]?.says).toEqual({
      key: 'import.reprojectedFromPrefix',
      params: { zone: 35, cm: 105, epsg: 4523 },
    });
  });

  it('refuses other projected files, saying how to reproject them', () => {
    const mercator = checkImport(
      JSON.stringify(collection([11_788_000, 3_420_000], 'EPSG:3857')),
      'm.geojson',
    );
    expect(mercator.refused).toBe(true);
    expect(mercator.issues[0]?.says?.key).toBe('import.crsUnsupported');
    expect(mercator.issues[0]?.problem).toContain(
      'reproject it to WGS84 (EPSG:4326) or CGCS2000 (EPSG:4490)',
    );
    const unnamed = checkImport(JSON.stringify(collection([11_788_000, 3_420_000])), 'u.geojson');
    expect(unnamed.refused).toBe(true);
    expect(unnamed.issues[0]?.problem).toContain('[11788000, 3420000] are in metres');
    expect(unnamed.issues[0]?.problem).toContain('or save it with its coordinate system');
    for (const r of [mercator, unnamed]) {
      const says = r.issues[0]?.says ?? { key: 'import.crsUnsupported' };
      expect(say('en', says)).toBe(r.issues[0]?.problem);
      expect(say('zh', says)).toContain('EPSG:4490');
    }
  });
});
