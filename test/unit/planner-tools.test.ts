import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import intersect from '@turf/intersect';
import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { checkImport } from '../../src/data/import/import-check.ts';
import type { PlanFeature } from '../../src/data/schema.ts';
import { intersectAreal, triangulate } from '../../src/geo/clip.ts';
import { metresPerPixel } from '../../src/geo/ground-resolution.ts';
import { geodesicAreaM2 } from '../../src/geo/measure.ts';
import { signedArea2 } from '../../src/geo/rings.ts';
import { measureShape, runningTotals, shapesCollection } from '../../src/geo/shape-measures.ts';
import { closedRing } from '../../src/geo/shapes.ts';
import { say } from '../../src/i18n/i18n.ts';
import { legendGrid, scaleBar } from '../../src/map/map-furniture.ts';
import { overlapGeometry, overlapWithZones } from '../../src/tools/compare/overlap.ts';
import { visibleFeaturesCollection } from '../../src/tools/export/geojson-export.ts';

const wgs84 = geographiclib.Geodesic.WGS84;
const root = resolve(import.meta.dirname, '../..');
const userFixture = (name: string) => readFileSync(join(root, 'test/fixtures/geojson/user', name), 'utf8');

/** An open ring of a lon/lat rectangle (as drawn: the first position is not repeated). */
function rect(w: number, s: number, e: number, n: number): GeoJSON.Position[] {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ];
}

/** GeographicLib's own polygon, independent of src/geo/measure.ts. */
function reference(ring: GeoJSON.Position[]): { area: number; perimeter: number } {
  const poly = wgs84.Polygon(false);
  for (const [lon, lat] of ring) poly.AddPoint(lat, lon);
  const r = poly.Compute(false, true);
  return { area: Math.abs(r.area ?? 0), perimeter: r.perimeter };
}

function plan(
  id: string,
  coords: GeoJSON.Position[],
  target?: { value: number; unit: 'km2' | 'ha' },
): PlanFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [closedRing(coords)] },
    properties: {
      id,
      layer: 'expansion-zones',
      kind: 'expansion-zone',
      name_zh: `区域${id}`,
      name_en: `Zone ${id}`,
      status: 'planned',
      figures: target
        ? [{ kind: 'area', label_zh: '面积', label_en: 'Area', area_target: true, ...target }]
        : [],
      plan_ref: { chapter: '第二章', paragraph: 'c2-p1', quote: 'x', quote_en: 'x' },
      geometry_accuracy: 'indicative',
    },
  } as unknown as PlanFeature;
}

describe('drawn shape measures', () => {
  it('a polygon’s area and perimeter match GeographicLib to the millimetre', () => {
    const ring = rect(105.9, 29.3, 105.92, 29.32);
    const m = measureShape({ kind: 'polygon', coords: ring });
    const ref = reference(ring);
    expect(m.areaM2).toBeCloseTo(ref.area, 3);
    expect(m.lengthM).toBeCloseTo(ref.perimeter, 3);
    // About 1.94 km × 2.22 km at this latitude.
    expect(m.areaM2 / 1e6).toBeGreaterThan(4.2);
    expect(m.areaM2 / 1e6).toBeLessThan(4.4);
  });

  it('a line’s length is the sum of its geodesic segments', () => {
    const coords = [
      [105.9, 29.3],
      [105.95, 29.3],
      [105.95, 29.35],
    ];
    const expected =
      (wgs84.Inverse(29.3, 105.9, 29.3, 105.95).s12 ?? 0) +
      (wgs84.Inverse(29.3, 105.95, 29.35, 105.95).s12 ?? 0);
    expect(measureShape({ kind: 'line', coords }).lengthM).toBeCloseTo(expected, 6);
    expect(measureShape({ kind: 'line', coords }).areaM2).toBe(0);
  });

  it('a bow-tie is flagged as crossing itself and given no area, in the totals and the export', () => {
    const bowTie = [
      [105.9, 29.3],
      [105.92, 29.32],
      [105.92, 29.3],
      [105.9, 29.32],
    ];
    const m = measureShape({ kind: 'polygon', coords: bowTie });
    expect(m.selfIntersecting).toBe(true);
    expect(m.areaM2).toBe(0);
    const square = { id: 's', kind: 'polygon' as const, coords: rect(105.9, 29.3, 105.92, 29.32) };
    const totals = runningTotals([{ id: 'b', kind: 'polygon', coords: bowTie }, square]);
    expect(totals.areaM2).toBeCloseTo(measureShape(square).areaM2, 3);
    const exported = shapesCollection([{ id: 'b', kind: 'polygon', coords: bowTie }]).features[0]!
      .properties!;
    expect(exported).toMatchObject({ self_intersecting: 'true' });
    expect(exported).not.toHaveProperty('area_m2');
    expect(measureShape(square).selfIntersecting).toBe(false);
  });

  it('a polygon being drawn measures its one edge before it has three vertices', () => {
    const m = measureShape({
      kind: 'polygon',
      coords: [
        [105.9, 29.3],
        [105.91, 29.3],
      ],
    });
    expect(m.areaM2).toBe(0);
    expect(m.lengthM).toBeCloseTo(wgs84.Inverse(29.3, 105.9, 29.3, 105.91).s12 ?? 0, 6);
  });

  it('rings come out closed and counter-clockwise whichever way they were drawn', () => {
    const cw = rect(105.9, 29.3, 105.92, 29.32).reverse();
    const ring = closedRing(cw);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(signedArea2(ring)).toBeGreaterThan(0);
  });

  it('keeps a running total across shapes', () => {
    const a = rect(105.9, 29.3, 105.91, 29.31);
    const b = rect(105.95, 29.3, 105.97, 29.32);
    const line = [
      [105.9, 29.3],
      [105.9, 29.4],
    ];
    const t = runningTotals([
      { id: 'a', kind: 'polygon', coords: a },
      { id: 'b', kind: 'polygon', coords: b },
      { id: 'l', kind: 'line', coords: line },
      { id: 'p', kind: 'point', coords: [[105.9, 29.3]] },
    ]);
    expect(t.polygons).toBe(2);
    expect(t.lines).toBe(1);
    expect(t.points).toBe(1);
    expect(t.areaM2).toBeCloseTo(reference(a).area + reference(b).area, 3);
    expect(t.perimeterM).toBeCloseTo(reference(a).perimeter + reference(b).perimeter, 3);
    expect(t.lengthM).toBeCloseTo(wgs84.Inverse(29.3, 105.9, 29.4, 105.9).s12 ?? 0, 6);
  });

  it('exports drawn shapes as GeoJSON with their measures', () => {
    const fc = shapesCollection([
      { id: 'a', kind: 'polygon', coords: rect(105.9, 29.3, 105.91, 29.31) },
      { id: 'x', kind: 'line', coords: [[105.9, 29.3]] },
    ]);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].properties?.area_m2).toBeCloseTo(
      reference(rect(105.9, 29.3, 105.91, 29.31)).area,
      0,
    );
  });
});

describe('overlap with plan zones', () => {
  const drawn = { type: 'Polygon' as const, coordinates: [closedRing(rect(105.9, 29.3, 105.92, 29.32))] };

  it('two squares overlapping by a quarter give the quarter’s ellipsoidal area', () => {
    const zone = plan('a', rect(105.91, 29.31, 105.93, 29.33));
    const quarter = reference(rect(105.91, 29.31, 105.92, 29.32)).area;
    const g = overlapGeometry(drawn, zone.geometry as GeoJSON.Polygon);
    expect(g).not.toBeNull();
    expect(geodesicAreaM2(g as GeoJSON.Geometry)).toBeCloseTo(quarter, 0);
    const [row] = overlapWithZones(drawn, [zone]);
    expect(row.overlapM2).toBeCloseTo(quarter, 0);
    // The zone is the same size as the drawn square, so a quarter of it.
    expect(row.shareOfZone).toBeCloseTo(0.25, 2);
  });

  it('gives the share of the zone’s area target, and none where the plan gives no target', () => {
    const withTarget = plan('t', rect(105.91, 29.31, 105.93, 29.33), { value: 200, unit: 'ha' });
    const without = plan('n', rect(105.9, 29.31, 105.905, 29.315));
    const rows = overlapWithZones(drawn, [without, withTarget]);
    expect(rows.map((r) => r.id)).toEqual(['t', 'n']);
    const quarter = reference(rect(105.91, 29.31, 105.92, 29.32)).area;
    expect(rows[0].targetM2).toBe(2e6);
    expect(rows[0].shareOfTarget).toBeCloseTo(quarter / 2e6, 4);
    expect(rows[1].shareOfTarget).toBeUndefined();
    expect(rows[1].shareOfZone).toBeCloseTo(1, 3);
  });

  it('names no zone when nothing overlaps, and skips the district boundary', () => {
    const far = plan('far', rect(106, 29.5, 106.01, 29.51));
    const boundary = { ...plan('b', rect(105.5, 29, 106.5, 29.6)) };
    boundary.properties = { ...boundary.properties, layer: 'district-boundary' };
    expect(overlapWithZones(drawn, [far, boundary])).toEqual([]);
    // Touching along an edge only is no overlap.
    const edge = plan('edge', rect(105.92, 29.3, 105.93, 29.32));
    expect(overlapWithZones(drawn, [edge])).toEqual([]);
  });
});

describe('polygon clipping against turf', () => {
  type Areal = GeoJSON.Polygon | GeoJSON.MultiPolygon;
  /** turf's intersection (polyclip-ts), as the reference. */
  const turfOverlap = (a: Areal, b: Areal) => {
    const hit = intersect(featureCollection([turfFeature(a), turfFeature(b)]));
    return hit ? geodesicAreaM2(hit.geometry) : 0;
  };
  const ours = (a: Areal, b: Areal) => {
    const g = intersectAreal(a, b);
    return g ? geodesicAreaM2(g) : 0;
  };
  /** Shoelace area in square degrees: what the clipping itself must preserve. */
  const planarArea = (g: Areal) =>
    (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).reduce(
      (sum, rings) =>
        sum +
        rings.reduce((acc, r, i) => {
          let a = 0;
          for (let k = 0; k < r.length - 1; k++) a += r[k][0] * r[k + 1][1] - r[k + 1][0] * r[k][1];
          return acc + (i === 0 ? Math.abs(a) : -Math.abs(a)) / 2;
        }, 0),
      0,
    );
  const poly = (ring: GeoJSON.Position[], ...holes: GeoJSON.Position[][]): GeoJSON.Polygon => ({
    type: 'Polygon',
    coordinates: [closedRing(ring), ...holes.map((h) => closedRing(h).reverse())],
  });
  /** A star-shaped (hence simple) ring of `n` vertices with random radii. */
  function star(rnd: () => number, cx: number, cy: number, r: number, n: number): GeoJSON.Position[] {
    return Array.from({ length: n }, (_, k) => {
      const a = (k / n) * Math.PI * 2;
      const rr = r * (0.3 + 0.7 * rnd());
      return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)];
    });
  }

  it('triangulates a concave ring into triangles that add up to its area', () => {
    const l = [
      [105.9, 29.3],
      [105.92, 29.3],
      [105.92, 29.31],
      [105.91, 29.31],
      [105.91, 29.32],
      [105.9, 29.32],
    ];
    const tris = triangulate(l);
    expect(tris).toHaveLength(4);
    const sum = tris.reduce(
      (acc, t) => acc + geodesicAreaM2({ type: 'Polygon', coordinates: [closedRing(t)] }),
      0,
    );
    expect(sum).toBeCloseTo(geodesicAreaM2(poly(l)), 3);
  });

  it('matches turf for a concave drawn polygon, a concave zone and a zone with a hole', () => {
    const lShape = poly([
      [105.9, 29.3],
      [105.92, 29.3],
      [105.92, 29.31],
      [105.91, 29.31],
      [105.91, 29.32],
      [105.9, 29.32],
    ]);
    const square = poly(rect(105.905, 29.305, 105.915, 29.315));
    const holed = poly(rect(105.895, 29.295, 105.925, 29.325), rect(105.905, 29.305, 105.91, 29.31));
    for (const [a, b] of [
      [lShape, square],
      [square, lShape],
      [lShape, holed],
      [square, holed],
    ] as const) {
      const ref = turfOverlap(a, b);
      expect(ref).toBeGreaterThan(0);
      // The pieces split the zone's edges at the triangles' sides; a point on a straight
      // lon/lat segment is centimetres off the geodesic, hence parts per 10⁵; the planar areas agree to 1e-8.
      expect(Math.abs(ours(a, b) - ref) / ref).toBeLessThan(1e-4);
      const t = intersect(featureCollection([turfFeature(a), turfFeature(b)]))!.geometry;
      const o = intersectAreal(a, b)!;
      expect(Math.abs(planarArea(o) - planarArea(t)) / planarArea(t)).toBeLessThan(1e-8);
    }
  });

  it('matches turf on 200 random star-shaped pairs, to 0.01%', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    let compared = 0;
    for (let i = 0; i < 200; i++) {
      const a = poly(star(rnd, 105.9, 29.3, 0.02, 5 + Math.floor(rnd() * 12)));
      const b = poly(
        star(
          rnd,
          105.9 + (rnd() - 0.5) * 0.04,
          29.3 + (rnd() - 0.5) * 0.04,
          0.02,
          5 + Math.floor(rnd() * 15),
        ),
      );
      const ref = turfOverlap(a, b);
      const got = ours(a, b);
      if (ref === 0) expect(got).toBeLessThan(1e-3);
      else {
        expect(Math.abs(got - ref) / ref).toBeLessThan(1e-4);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('GeoJSON export of measured outlines', () => {
  const zone = plan('east', rect(105.9, 29.3, 106.0, 29.4), { value: 10, unit: 'km2' });
  const other = { ...plan('rail', rect(105.8, 29.2, 105.81, 29.21)) };
  other.properties = { ...other.properties, layer: 'rail-stations' };
  const ring = rect(105.92, 29.32, 105.95, 29.35);
  const outline = {
    featureId: 'east',
    geometry: { type: 'Polygon', coordinates: [closedRing(ring)] } as GeoJSON.Polygon,
    source: 'survey-east.geojson',
    assignedAt: '2026-03-04T05:06:07.000Z',
  };

  it('follows the visible plan features, each saying what it is, measured on the ellipsoid', () => {
    const out = visibleFeaturesCollection([zone, other], ['expansion-zones'], [outline]);
    expect(out.features.map((f) => f.properties?.id ?? f.properties?.role)).toEqual([
      'east',
      'measured-outline',
    ]);
    const p = out.features[1].properties!;
    const areaM2 = reference(ring).area;
    expect(p).toMatchObject({
      feature_id: 'east',
      feature_name_zh: '区域east',
      feature_name_en: 'Zone east',
      source_file: 'survey-east.geojson',
      assigned_at: '2026-03-04T05:06:07.000Z',
      unit: 'km2',
      target: 10,
    });
    expect(p.note).toContain('not plan data');
    expect(p.measured_area_m2).toBeCloseTo(areaM2, 0);
    expect(p.measured_area).toBeCloseTo(areaM2 / 1e6, 4);
    expect(p.ratio_percent).toBeCloseTo((areaM2 / 1e6 / 10) * 100, 2);
    // The plan's own properties are not copied onto it.
    expect(p.figures).toBeUndefined();
    expect(out.features[1].geometry).toEqual(outline.geometry);
  });

  it('keeps an outline whose feature is not loaded, with its id, file, date and area in m²', () => {
    const out = visibleFeaturesCollection([], [], [{ ...outline, featureId: 'gone' }]);
    const p = out.features[0].properties!;
    expect(p.feature_id).toBe('gone');
    expect(p.measured_area_m2).toBeGreaterThan(0);
    expect(p.unit).toBeUndefined();
    expect(visibleFeaturesCollection([zone], ['expansion-zones']).features).toHaveLength(1);
  });
});

describe('import validation path', () => {
  it('lists each bad feature with its number, name, path and problem, and keeps the valid ones', () => {
    const r = checkImport(userFixture('mixed.geojson'), 'mixed.geojson');
    expect(r.refused).toBe(false);
    expect(r.total).toBe(4);
    expect(r.issues).toEqual([
      {
        feature: '#2 “Open ring”',
        path: 'features[1].geometry.coordinates[0]',
        problem: expect.stringMatching(/^ring is not closed/),
        says: {
          key: 'validate.ringNotClosed',
          params: { first: '[105.92, 29.35]', last: '[105.92, 29.36]' },
        },
      },
      {
        feature: '#4',
        path: 'features[3].geometry.coordinates[0]',
        problem: expect.stringMatching(/string "105.9"/),
        says: { key: 'validate.coordinateQuoted', params: { value: '"105.9"' } },
      },
    ]);
    // The same problems in Chinese, for the Chinese UI.
    expect(say('zh', r.issues[0].says!)).toMatch(/^环未闭合：第一个坐标 \[/);
    expect(say('zh', r.issues[1].says!)).toBe('坐标是字符串 "105.9"：请去掉引号，写成数字');
    expect(r.valid).toHaveLength(2);
    expect(r.rows.map((x) => x.name)).toEqual(['Site A', 'Route 1']);
    expect(r.rows[0].areaM2).toBeCloseTo(reference(rect(105.9, 29.35, 105.91, 29.36)).area, 3);
    expect(r.rows[1].lengthM).toBeCloseTo(wgs84.Inverse(29.3, 105.9, 29.3, 105.95).s12 ?? 0, 6);
    expect(r.bbox).toEqual([105.9, 29.3, 105.95, expect.closeTo(29.36, 9)]);
  });

  it('refuses a file that is not a FeatureCollection, saying why', () => {
    const r = checkImport(userFixture('not-a-collection.geojson'), 'not-a-collection.geojson');
    expect(r.refused).toBe(true);
    expect(r.valid).toEqual([]);
    expect(r.issues[0]).toEqual({
      feature: '',
      path: 'type',
      problem: 'type must be "FeatureCollection", got string "Feature"',
      says: {
        key: 'validate.collection.typeWrong',
        params: { got: { key: 'validate.value.string', params: { text: '"Feature"' } } },
      },
    });
    expect(say('zh', r.issues[0].says!)).toBe('type 应为 "FeatureCollection"，实际是字符串 "Feature"');
  });

  it('refuses broken JSON with its line and column', () => {
    const r = checkImport(userFixture('truncated.geojson'), 'truncated.geojson');
    expect(r.refused).toBe(true);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].problem).toMatch(/^not valid JSON \(line 1, column \d+\)/);
    expect(say('zh', r.issues[0].says!)).toMatch(/^不是有效的 JSON（第 1 行第 \d+ 列）：/);
  });

  it('imports a good file whole, with measured areas', () => {
    const phases: string[] = [];
    const r = checkImport(userFixture('good.geojson'), 'good.geojson', (p) => phases.push(p));
    expect(phases).toEqual(['parsing', 'validating', 'measuring']);
    expect(r.issues).toEqual([]);
    expect(r.valid).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({ name: '用地 1', type: 'Polygon' });
    expect(r.totals.areaM2).toBeCloseTo(reference(rect(105.88, 29.33, 105.9, 29.35)).area, 3);
  });
});

describe('map furniture', () => {
  it('picks a round scale-bar length that fits', () => {
    // Zoom 12 at 29.35°N: about 16.6 m per pixel.
    const mpp = metresPerPixel(29.35, 12);
    expect(mpp).toBeCloseTo(16.65, 1);
    const bar = scaleBar(mpp, 140);
    expect(bar.metres).toBe(2000);
    expect(bar.px).toBeCloseTo(2000 / mpp, 6);
    expect(scaleBar(1, 140).metres).toBe(100);
    expect(scaleBar(0.5, 140).metres).toBe(50);
  });

  it('wraps a long legend into columns', () => {
    expect(legendGrid(5, 20, 200)).toEqual({ columns: 1, rowsPerColumn: 5 });
    expect(legendGrid(25, 20, 200)).toEqual({ columns: 3, rowsPerColumn: 10 });
  });
});
