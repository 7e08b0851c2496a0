/**
 * The user's own data: imported layers and measured outlines added, removed and kept through a
 * persistence adapter (the in-memory one; the browser's IndexedDB one is covered end to end), and
 * the true ratio an assigned outline gives a feature drawn to its figure.
 */
import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/data/schema.ts';
import { DRAWN_TO_FIGURE, targetRows, targetsCsv } from '../../src/targets/targets.ts';
import { userCollection } from '../../src/tools/user-polygons.ts';
import {
  IMPORT_PALETTE,
  memoryPersistence,
  type StoredImport,
  UserDataStore,
} from '../../src/user-data/user-data-store.ts';

const square: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [105.9, 29.3],
      [105.93, 29.3],
      [105.93, 29.33],
      [105.9, 29.33],
      [105.9, 29.3],
    ],
  ],
};

function layer(fileName: string): Omit<StoredImport, 'id' | 'colour' | 'visible'> {
  return {
    fileName,
    importedAt: '2026-12-02T10:00:00.000Z',
    features: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'a' }, geometry: square }],
    },
    rows: [],
    rowCount: 1,
    totals: { areaM2: 1, lengthM: 0 },
    bbox: [105.9, 29.3, 105.93, 29.33],
  };
}

describe('user data store', () => {
  it('a second import keeps the first, each in its own palette colour', async () => {
    const store = new UserDataStore(memoryPersistence());
    await store.addImport(layer('one.geojson'));
    await store.addImport(layer('two.geojson'));
    expect(store.state.imports.map((i) => i.fileName)).toEqual(['one.geojson', 'two.geojson']);
    expect(store.state.imports.map((i) => i.colour)).toEqual([IMPORT_PALETTE[0], IMPORT_PALETTE[1]]);
    // A removed layer frees its colour for the next.
    store.removeImport(store.state.imports[0].id);
    expect((await store.addImport(layer('three.geojson'))).colour).toBe(IMPORT_PALETTE[0]);
  });

  it('what is kept comes back in a new store; forgetting clears it there too', async () => {
    const persistence = memoryPersistence();
    const first = new UserDataStore(persistence);
    const a = await first.addImport(layer('one.geojson'));
    await first.addImport(layer('two.geojson'));
    first.setVisible(a.id, false);
    first.assign({
      featureId: 'z',
      geometry: square,
      source: 'one.geojson',
      assignedAt: '2026-12-02T10:00:00Z',
    });
    await first.saved();

    const reloaded = new UserDataStore(persistence);
    expect(reloaded.state.loaded).toBe(false);
    await reloaded.ready();
    expect(reloaded.state.imports.map((i) => [i.fileName, i.visible])).toEqual([
      ['one.geojson', false],
      ['two.geojson', true],
    ]);
    expect(reloaded.outlineOf('z')?.source).toBe('one.geojson');

    await reloaded.forgetAll();
    expect(persistence.saved).toBeNull();
    const after = new UserDataStore(persistence);
    await after.ready();
    expect(after.state.imports).toEqual([]);
    expect(after.state.outlines).toEqual([]);
  });

  it('a feature has one outline: assigning again replaces it, unassigning removes it', () => {
    const store = new UserDataStore(memoryPersistence());
    store.assign({ featureId: 'z', geometry: square, source: 'a', assignedAt: '2026-12-01T00:00:00Z' });
    store.assign({ featureId: 'z', geometry: square, source: 'b', assignedAt: '2026-12-02T00:00:00Z' });
    expect(store.state.outlines.map((o) => o.source)).toEqual(['b']);
    store.unassign('z');
    expect(store.state.outlines).toEqual([]);
  });

  it('the map shows only visible layers, in their colours, with the measured outlines and area labels', async () => {
    const store = new UserDataStore(memoryPersistence());
    const a = await store.addImport(layer('one.geojson'));
    await store.addImport(layer('two.geojson'));
    store.setVisible(a.id, false);
    store.assign({
      featureId: 'z',
      geometry: square,
      source: 'two.geojson',
      assignedAt: '2026-12-02T00:00:00Z',
    });
    const c = userCollection(store.state.imports, store.state.outlines, 'en');
    const roles = c.features.map((f) => [f.properties?.role, f.properties?.colour ?? f.properties?.label]);
    expect(roles).toEqual([
      ['import', IMPORT_PALETTE[1]],
      ['measured', undefined],
      ['label', expect.stringMatching(/^\d+\.\d{3} km²$/)],
    ]);
  });
});

describe('an assigned outline against its target', () => {
  const zone: PlanFeature = {
    type: 'Feature',
    geometry: square,
    properties: {
      id: 'z',
      layer: 'expansion-zones',
      kind: 'expansion-zone',
      name_zh: '区',
      name_en: 'Zone',
      status: 'planned',
      figures: [
        {
          key: 'area',
          label_zh: '面积',
          label_en: 'Area',
          value: 10,
          unit: 'km2',
          kind: 'planned',
          area_target: true,
        },
      ],
      plan_ref: { chapter: '第二章', paragraph: 'p', quote: 'q' },
      geometry_accuracy: 'indicative',
    },
  } as PlanFeature;

  it('gives the true ratio, measured on the ellipsoid, and says whose measurement it is', () => {
    expect(targetRows([zone])[0].ratio).toBeUndefined();
    const outline = {
      featureId: 'z',
      geometry: square,
      source: 'survey.geojson',
      assignedAt: '2026-12-02T09:30:00Z',
    };
    const [row] = targetRows([zone], [outline]);
    // GeographicLib's own area of the ring, independent of src/geo/measure.ts.
    const poly = geographiclib.Geodesic.WGS84.Polygon(false);
    for (const [lon, lat] of square.coordinates[0].slice(0, -1)) poly.AddPoint(lat, lon);
    const km2 = Math.abs(poly.Compute(false, true).area ?? 0) / 1e6;
    expect(row.measured).toBeCloseTo(km2, 6);
    expect(row.ratio).toBeCloseTo(km2 / 10, 8);
    const csv = targetsCsv([row]);
    expect(csv).toContain('measured (your outline, file survey.geojson, 2026-12-02)');
    expect(csv).toContain(((km2 / 10) * 100).toFixed(2));
    expect(csv).not.toContain(DRAWN_TO_FIGURE);
    // Without the outline it is drawn to the figure again.
    expect(targetsCsv(targetRows([zone]))).toContain(DRAWN_TO_FIGURE);
  });
});
