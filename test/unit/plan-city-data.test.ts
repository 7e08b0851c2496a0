/**
 * Structural checks of the city-scale plan layers: expansion zones (专栏1), the eco-tech city and its
 * structure (专栏2), the urban structure (两带、四心、六片), the vocational base (一核一片一圈一镇),
 * tourism (一心四区) and the five mountains of the eco-frame. Quotes are checked against the plan
 * text elsewhere; here: schema, areas, topology and placement inside the district.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import { describe, expect, test } from 'vitest';
import { areaTargetOf } from '../../src/data/figures';
import { featurePropertiesSchema, type PlanFeature } from '../../src/data/schema';
import { geodesicAreaM2 } from '../../src/geo/measure';
import { positions, signedArea2 } from '../support/geometry.ts';

const geodata = join(__dirname, '..', '..', 'geodata');
const LAYERS = [
  'expansion-zones',
  'eco-tech-city',
  'eco-tech-city-structure',
  'urban-structure',
  'vocational-base',
  'tourism',
  'eco-frame',
] as const;
type Layer = (typeof LAYERS)[number];

const load = (name: string): PlanFeature[] =>
  JSON.parse(readFileSync(join(geodata, `${name}.geojson`), 'utf8')).features;
const data = Object.fromEntries(LAYERS.map((l) => [l, load(l)])) as Record<Layer, PlanFeature[]>;
const all = LAYERS.flatMap((l) => data[l]);
const byId = new Map(all.map((f) => [f.properties.id, f]));
const get = (id: string): PlanFeature => {
  const f = byId.get(id);
  if (!f) throw new Error(`missing feature ${id}`);
  return f;
};
const ofKind = (layer: Layer, kind: string) => data[layer].filter((f) => f.properties.kind === kind);

type Areal = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
const isAreal = (f: PlanFeature): f is PlanFeature & Areal =>
  f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
const km2 = (g: GeoJSON.Geometry) => geodesicAreaM2(g) / 1e6;

/** Area in km² shared by two areal features (0 when they only touch or are apart). */
function overlapKm2(a: Areal, b: Areal): number {
  const shared = intersect(featureCollection([a, b]));
  return shared ? km2(shared.geometry) : 0;
}

function expectPairwiseDisjoint(features: PlanFeature[]): void {
  const areal = features.filter(isAreal);
  expect(areal.length).toBe(features.length);
  for (let i = 0; i < areal.length; i++) {
    for (let j = i + 1; j < areal.length; j++) {
      const shared = overlapKm2(areal[i], areal[j]);
      expect(shared, `${areal[i].properties.id} ∩ ${areal[j].properties.id}`).toBe(0);
    }
  }
}

/** Fraction of `inner` lying within `outer`. */
const insideShare = (inner: Areal, outer: Areal) => overlapKm2(inner, outer) / km2(inner.geometry);

const polygonsOf = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon) =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

const district = JSON.parse(readFileSync(join(geodata, 'district-boundary.geojson'), 'utf8'))
  .features[0] as Areal;

describe('plan city layers: properties', () => {
  test.each(LAYERS)('%s: every feature matches the schema and names its own layer', (layer) => {
    expect(data[layer].length).toBeGreaterThan(0);
    for (const f of data[layer]) {
      const parsed = featurePropertiesSchema.safeParse(f.properties);
      expect(parsed.success, `${f.properties.id}: ${parsed.error?.message}`).toBe(true);
      expect(f.properties.layer).toBe(layer);
      expect(f.properties.plan_ref.quote.length).toBeGreaterThan(3);
    }
  });

  test('ids are unique across all of geodata', () => {
    const seen = new Map<string, string>();
    for (const file of readdirSync(geodata).filter((n) => n.endsWith('.geojson'))) {
      const fc = JSON.parse(readFileSync(join(geodata, file), 'utf8')) as GeoJSON.FeatureCollection;
      for (const f of fc.features) {
        const id = (f.properties as { id: string }).id;
        expect(seen.get(id), `${id} in ${file} and ${seen.get(id)}`).toBeUndefined();
        seen.set(id, file);
      }
    }
  });

  test('parent ids point at features that exist', () => {
    for (const f of all) {
      if (f.properties.parent_id) expect(byId.has(f.properties.parent_id), f.properties.id).toBe(true);
    }
  });
});

describe('plan city layers: geometry', () => {
  test('every polygon with an area target is within ±2 % of it on the ellipsoid', () => {
    const targeted = all.filter((f) => areaTargetOf(f.properties));
    expect(targeted.length).toBe(7);
    for (const f of targeted) {
      expect(isAreal(f), f.properties.id).toBe(true);
      const target = areaTargetOf(f.properties)!;
      expect(target.unit).toBe('km2');
      const ratio = km2(f.geometry) / target.value;
      expect(Math.abs(ratio - 1), `${f.properties.id}: ${ratio}`).toBeLessThan(0.02);
    }
  });

  test('rings are closed, outer rings counter-clockwise, 8–20 vertices, no self-intersection', () => {
    for (const f of all.filter(isAreal)) {
      for (const [outer, ...holes] of polygonsOf(f.geometry)) {
        for (const ring of [outer, ...holes]) expect(ring[0]).toEqual(ring[ring.length - 1]);
        expect(signedArea2(outer), f.properties.id).toBeGreaterThan(0);
        expect(outer.length - 1, f.properties.id).toBeGreaterThanOrEqual(8);
        expect(outer.length - 1, f.properties.id).toBeLessThanOrEqual(20);
      }
      expect(kinks(f as GeoJSON.Feature<GeoJSON.Polygon>).features, f.properties.id).toHaveLength(0);
    }
  });

  test('every vertex lies inside the district boundary', () => {
    for (const f of all) {
      for (const p of positions(f.geometry)) {
        expect(booleanPointInPolygon(p, district), `${f.properties.id} ${p}`).toBe(true);
      }
    }
  });

  test('coordinates carry at most 6 decimals', () => {
    for (const f of all) {
      for (const [lon, lat] of positions(f.geometry)) {
        expect(Number(lon.toFixed(6))).toBe(lon);
        expect(Number(lat.toFixed(6))).toBe(lat);
      }
    }
  });
});

describe('expansion zones (专栏1)', () => {
  test('are the four zones, pairwise disjoint', () => {
    const zones = ofKind('expansion-zones', 'expansion-zone');
    expect(zones.map((f) => f.properties.name_zh).sort()).toEqual(
      ['商贸物流片区', '凤凰湖及南站片区', '城东科技生态城片区', '西部欢乐城片区'].sort(),
    );
    expectPairwiseDisjoint(zones);
  });

  test('the eco-tech city expansion zone lies inside the eco-tech city', () => {
    expect(
      insideShare(get('expansion-eco-tech-city') as Areal, get('eco-tech-city') as Areal),
    ).toBeGreaterThan(0.999);
  });
});

describe('eco-tech city and its structure (专栏2)', () => {
  const city = get('eco-tech-city') as Areal;

  test('two axes, four islands, one ring and the smart core', () => {
    const s = data['eco-tech-city-structure'];
    expect(s.filter((f) => f.properties.kind.endsWith('-axis'))).toHaveLength(2);
    expect(ofKind('eco-tech-city-structure', 'island')).toHaveLength(4);
    expect(ofKind('eco-tech-city-structure', 'tram-loop')).toHaveLength(1);
    expect(ofKind('eco-tech-city-structure', 'core')).toHaveLength(1);
  });

  test('the four islands are apart from each other and from the smart core', () => {
    expectPairwiseDisjoint([
      ...ofKind('eco-tech-city-structure', 'island'),
      ...ofKind('eco-tech-city-structure', 'core'),
    ]);
  });

  test('everything in the structure lies inside the eco-tech city', () => {
    for (const f of data['eco-tech-city-structure']) {
      for (const p of positions(f.geometry)) {
        expect(booleanPointInPolygon(p, city), `${f.properties.id} ${p}`).toBe(true);
      }
    }
  });

  test('the tram loop is a closed ring', () => {
    const loop = ofKind('eco-tech-city-structure', 'tram-loop')[0].geometry as GeoJSON.LineString;
    expect(loop.type).toBe('LineString');
    expect(loop.coordinates[0]).toEqual(loop.coordinates[loop.coordinates.length - 1]);
  });
});

describe('urban structure (两带、四心、六片)', () => {
  test('two belts, four centres, six sectors', () => {
    expect(ofKind('urban-structure', 'belt')).toHaveLength(2);
    expect(ofKind('urban-structure', 'centre').every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(ofKind('urban-structure', 'centre')).toHaveLength(4);
    expect(ofKind('urban-structure', 'urban-sector')).toHaveLength(6);
  });

  test('the six sectors are pairwise disjoint', () => {
    expectPairwiseDisjoint(ofKind('urban-structure', 'urban-sector'));
  });

  test('the belts are apart from each other and from the sectors', () => {
    expectPairwiseDisjoint([
      ...ofKind('urban-structure', 'belt'),
      ...ofKind('urban-structure', 'urban-sector'),
    ]);
  });

  test('each centre lies in its own sector', () => {
    for (const slug of ['old-city', 'xinglong-lake', 'eco-tech-city', 'wanglong-lake']) {
      const centre = get(`centre-${slug}`).geometry as GeoJSON.Point;
      expect(booleanPointInPolygon(centre.coordinates, get(`sector-${slug}`) as Areal), slug).toBe(true);
    }
  });

  test('the sector of the eco-tech city is the eco-tech city itself', () => {
    expect(get('sector-eco-tech-city').geometry).toEqual(get('eco-tech-city').geometry);
  });

  test('the built-up area covers most of the old and new city sectors', () => {
    const built = get('main-urban-built-up-area') as Areal;
    for (const slug of ['old-city', 'west', 'xinglong-lake', 'phoenix-lake', 'wanglong-lake']) {
      expect(insideShare(get(`sector-${slug}`) as Areal, built), slug).toBeGreaterThan(0.8);
    }
  });

  test('the two clusters lie apart from the built-up area', () => {
    const built = get('main-urban-built-up-area') as Areal;
    for (const id of ['sanjiao-cluster', 'gangqiao-cluster'])
      expect(overlapKm2(get(id) as Areal, built)).toBe(0);
  });
});

describe('western vocational base (一核一片一圈一镇)', () => {
  const whole = get('western-vocational-base');
  const parts = data['vocational-base'].filter((f) => f.properties.parent_id === 'western-vocational-base');

  test('has four parts, pairwise disjoint', () => {
    expect(parts).toHaveLength(4);
    expectPairwiseDisjoint(parts);
  });

  test('the whole is exactly the union of its parts', () => {
    expect(whole.geometry.type).toBe('MultiPolygon');
    const wholeParts = (whole.geometry as GeoJSON.MultiPolygon).coordinates;
    expect(wholeParts).toEqual(parts.map((p) => (p.geometry as GeoJSON.Polygon).coordinates));
    const sum = parts.reduce((s, p) => s + km2(p.geometry), 0);
    expect(sum).toBeCloseTo(km2(whole.geometry), 6);
  });

  test('the core lies in the eco-tech city', () => {
    expect(insideShare(get('vocational-core') as Areal, get('eco-tech-city') as Areal)).toBeGreaterThan(
      0.999,
    );
  });
});

describe('tourism (一心四区) and the five mountains', () => {
  test('one centre and four zones, pairwise disjoint', () => {
    expect(ofKind('tourism', 'tourism-centre')).toHaveLength(1);
    expect(ofKind('tourism', 'tourism-zone')).toHaveLength(4);
    expectPairwiseDisjoint(data.tourism);
  });

  test('tourism features carry no district-wide figures', () => {
    for (const f of data.tourism) expect(f.properties.figures).toEqual([]);
  });

  test('the five mountains, pairwise disjoint', () => {
    expect(
      ofKind('eco-frame', 'mountain')
        .map((f) => f.properties.name_zh)
        .sort(),
    ).toEqual(['云雾山', '巴岳山', '阴山', '箕山', '黄瓜山'].sort());
    expectPairwiseDisjoint(ofKind('eco-frame', 'mountain'));
  });
});
