import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString, point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, test } from 'vitest';
import { featurePropertiesSchema, type LayerId, type PlanFeatureCollection } from '../../src/data/schema';
import { positions } from '../support/geometry.ts';

const geodata = join(__dirname, '..', '..', 'geodata');
const load = (name: string): PlanFeatureCollection =>
  JSON.parse(readFileSync(join(geodata, `${name}.geojson`), 'utf8'));

/** The transport layers and the geometry types each may hold. */
const TRANSPORT_LAYERS: Partial<Record<LayerId, GeoJSON.Geometry['type'][]>> = {
  'rail-lines': ['LineString'],
  'rail-stations': ['Point'],
  expressways: ['LineString'],
  'trunk-roads': ['LineString'],
  'waterway-port': ['LineString', 'Point', 'Polygon'],
  airports: ['Point'],
};
const layers = Object.keys(TRANSPORT_LAYERS) as LayerId[];
const collections = Object.fromEntries(layers.map((l) => [l, load(l)])) as Record<
  LayerId,
  PlanFeatureCollection
>;

/** Rail lines and the station each one is drawn through. */
const LINE_STATIONS: Record<string, string> = {
  'rail-chengyu-railway': 'station-yongchuan',
  'rail-chengyu-railway-upgrade': 'station-yongchuan',
  'rail-chengyu-hsr': 'station-yongchuan-east',
  'rail-yukun-hsr': 'station-yongchuan-south',
};

/** Plausible extent of Yongchuan for point features (lon 105.6–106.2 E, lat 28.9–29.7 N). */
const BBOX = { west: 105.6, east: 106.2, south: 28.9, north: 29.7 };
/** Lines may run a few km past the district to show where they lead. */
const LINE_BBOX = { west: 105.4, east: 106.4, south: 28.7, north: 29.9 };

const byId = (layer: LayerId, id: string) => {
  const f = collections[layer].features.find((g) => g.properties.id === id);
  if (!f) throw new Error(`${layer}: no feature ${id}`);
  return f;
};

describe.each(layers)('%s', (layer) => {
  const fc = collections[layer];

  test('is a non-empty FeatureCollection', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
  });

  test('every feature parses against featurePropertiesSchema and names this layer', () => {
    for (const f of fc.features) {
      const parsed = featurePropertiesSchema.safeParse(f.properties);
      expect(parsed.success, `${f.properties?.id}: ${parsed.error?.message}`).toBe(true);
      expect(f.properties.layer).toBe(layer);
    }
  });

  test('geometry types fit the layer, positions are finite lon/lat near Yongchuan', () => {
    const allowed = TRANSPORT_LAYERS[layer]!;
    for (const f of fc.features) {
      expect(allowed, f.properties.id).toContain(f.geometry.type);
      for (const [lon, lat] of positions(f.geometry)) {
        expect(Number.isFinite(lon) && Number.isFinite(lat), f.properties.id).toBe(true);
        expect(lon, f.properties.id).toBeGreaterThan(LINE_BBOX.west);
        expect(lon, f.properties.id).toBeLessThan(LINE_BBOX.east);
        expect(lat, f.properties.id).toBeGreaterThan(LINE_BBOX.south);
        expect(lat, f.properties.id).toBeLessThan(LINE_BBOX.north);
      }
    }
  });

  test('lines have at least two distinct positions and no repeated consecutive vertex', () => {
    for (const f of fc.features) {
      if (f.geometry.type !== 'LineString') continue;
      const cs = f.geometry.coordinates;
      expect(cs.length, f.properties.id).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < cs.length; i++) {
        const same = cs[i][0] === cs[i - 1][0] && cs[i][1] === cs[i - 1][1];
        expect(same, `${f.properties.id} vertex ${i}`).toBe(false);
      }
    }
  });
});

describe('transport layers together', () => {
  test('ids are unique across the transport layers', () => {
    const ids = layers.flatMap((l) => collections[l].features.map((f) => f.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('each rail line that names a station passes within 100 m of it (geodesic)', () => {
    for (const [lineId, stationId] of Object.entries(LINE_STATIONS)) {
      const line = byId('rail-lines', lineId).geometry as GeoJSON.LineString;
      const station = byId('rail-stations', stationId).geometry as GeoJSON.Point;
      const metres = pointToLineDistance(point(station.coordinates), lineString(line.coordinates), {
        units: 'meters',
        method: 'geodesic',
      });
      expect(metres, `${lineId} → ${stationId}`).toBeLessThan(100);
    }
  });

  test('stations, airports, helipads and the port lie in the plausible bbox and inside the district', () => {
    const boundary = load('district-boundary').features[0] as GeoJSON.Feature<
      GeoJSON.Polygon | GeoJSON.MultiPolygon
    >;
    const pointFeatures = (['rail-stations', 'airports', 'waterway-port'] as LayerId[])
      .flatMap((l) => collections[l].features)
      .filter((f) => f.geometry.type === 'Point');
    expect(pointFeatures.length).toBeGreaterThanOrEqual(7);
    for (const f of pointFeatures) {
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
      expect(lon, f.properties.id).toBeGreaterThan(BBOX.west);
      expect(lon, f.properties.id).toBeLessThan(BBOX.east);
      expect(lat, f.properties.id).toBeGreaterThan(BBOX.south);
      expect(lat, f.properties.id).toBeLessThan(BBOX.north);
      expect(booleanPointInPolygon([lon, lat], boundary), `${f.properties.id} inside`).toBe(true);
    }
  });

  test('the plan figures for the port, the waterway and the airport are carried with their units', () => {
    const figures = (layer: LayerId, id: string) =>
      byId(layer, id).properties.figures.map(({ value, unit, kind }) => ({ value, unit, kind }));
    expect(figures('waterway-port', 'port-zhutuo')).toEqual(
      expect.arrayContaining([
        { value: 5, unit: 'count', kind: 'target' },
        { value: 3000, unit: 'dwt_tonnes', kind: 'capacity' },
        { value: 550, unit: 'wan_tonnes', kind: 'capacity' },
      ]),
    );
    expect(figures('waterway-port', 'waterway-yangtze-yongchuan')).toEqual([
      { value: 3000, unit: 'dwt_tonnes', kind: 'target' },
    ]);
    expect(figures('airports', 'airport-daan')).toEqual([{ value: 15, unit: 'minutes', kind: 'target' }]);
  });

  test('every rail line, expressway and trunk road is a line kind of its own layer', () => {
    const kinds: Partial<Record<LayerId, string[]>> = {
      'rail-lines': ['rail-line', 'freight-railway'],
      'rail-stations': ['rail-station'],
      expressways: ['expressway'],
      'trunk-roads': ['trunk-road'],
    };
    for (const [layer, allowed] of Object.entries(kinds) as [LayerId, string[]][]) {
      for (const f of collections[layer].features)
        expect(allowed, f.properties.id).toContain(f.properties.kind);
    }
  });

  test('the freight railways are the plan’s 支线, 专用线 and 进港铁路, and only they', () => {
    const freight = collections['rail-lines'].features.filter((f) => f.properties.kind === 'freight-railway');
    expect(freight.map((f) => f.properties.id).sort()).toEqual(
      ['rail-fenghuanghu-spur', 'rail-gangqiao-port-spur', 'rail-sanjiao-spur'].sort(),
    );
    for (const f of collections['rail-lines'].features)
      expect(/支线|专用线|专线|进港铁路/.test(f.properties.name_zh), f.properties.id).toBe(
        f.properties.kind === 'freight-railway',
      );
  });
});
