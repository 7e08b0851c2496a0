import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { polygon } from '@turf/helpers';
import kinks from '@turf/kinks';
import { describe, expect, test } from 'vitest';
import { areaTargetOf } from '../../src/data/figures';
import {
  featurePropertiesSchema,
  indicatorsFileSchema,
  industryClustersFileSchema,
  type PlanFeature,
  type PlanFeatureCollection,
} from '../../src/data/schema';
import { geodesicAreaM2, M2_PER_UNIT } from '../../src/geo/measure';
import { signedArea2 } from '../support/geometry.ts';

const geodata = join(__dirname, '..', '..', 'geodata');
const readJson = (file: string) => JSON.parse(readFileSync(join(geodata, file), 'utf8'));
const load = (layer: string): PlanFeatureCollection => readJson(`${layer}.geojson`);

const LAYERS = [
  'industrial-parks',
  'industry-subparks',
  'logistics-nodes',
  'delivery-stations',
  'town-roles',
];
const layers = Object.fromEntries(LAYERS.map((l) => [l, load(l).features]));
const all: PlanFeature[] = Object.values(layers).flat();
const byId = new Map(all.map((f) => [f.properties.id, f]));
const boundary = load('district-boundary').features[0] as GeoJSON.Feature<
  GeoJSON.Polygon | GeoJSON.MultiPolygon
>;

function positions(g: GeoJSON.Geometry): GeoJSON.Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      throw new Error(`unexpected geometry ${g.type}`);
  }
}

describe.each(LAYERS)('%s', (layer) => {
  const features = layers[layer];

  test('every feature parses against the schema and carries its layer id', () => {
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) {
      const props = featurePropertiesSchema.parse(f.properties);
      expect(props.layer).toBe(layer);
    }
  });

  test('polygons are simple, closed and counter-clockwise, and everything lies in the district', () => {
    for (const f of features) {
      for (const p of positions(f.geometry))
        expect(booleanPointInPolygon(p, boundary), f.properties.id).toBe(true);
      if (f.geometry.type !== 'Polygon') continue;
      const outer = f.geometry.coordinates[0];
      expect(outer[0]).toEqual(outer[outer.length - 1]);
      expect(outer.length - 1).toBeGreaterThanOrEqual(8);
      expect(outer.length - 1).toBeLessThanOrEqual(20);
      expect(signedArea2(outer), f.properties.id).toBeGreaterThan(0);
      expect(kinks(polygon(f.geometry.coordinates)).features, f.properties.id).toHaveLength(0);
    }
  });
});

describe('ids', () => {
  test('are unique across these layers', () => {
    expect(byId.size).toBe(all.length);
  });
});

describe('parks and sub-parks', () => {
  const parks = layers['industrial-parks'];

  test('the six parks of 第三章 and 第十章', () => {
    expect(parks.map((f) => f.properties.id).sort()).toEqual(
      [
        'fenghuanghu-industrial-park',
        'gangqiao-industrial-park',
        'sanjiao-industrial-park',
        'sino-german-industrial-park',
        'yongchuan-big-data-park',
        'yongchuan-comprehensive-bonded-zone',
      ].sort(),
    );
    const output = (id: string) =>
      byId.get(id)?.properties.figures.find((x) => x.key === 'industrial_output_target');
    expect(output('fenghuanghu-industrial-park')?.value).toBe(1300);
    expect(output('gangqiao-industrial-park')?.value).toBe(400);
    expect(output('sanjiao-industrial-park')?.value).toBe(200);
  });

  test('every vertex of a nested feature lies inside its host park', () => {
    const nested = all.filter((f) => f.properties.parent_id && byId.has(f.properties.parent_id));
    expect(nested.length).toBeGreaterThanOrEqual(12);
    for (const f of nested) {
      const parent = byId.get(f.properties.parent_id!)!;
      expect(parent.properties.layer).toBe('industrial-parks');
      for (const p of positions(f.geometry)) {
        expect(booleanPointInPolygon(p, parent.geometry as GeoJSON.Polygon), f.properties.id).toBe(true);
      }
    }
  });

  test('every sub-park names an existing host park and gives its 亿元 scale unless only proposed', () => {
    for (const f of layers['industry-subparks']) {
      expect(byId.get(f.properties.parent_id ?? '')?.properties.layer).toBe('industrial-parks');
      const scale = f.properties.figures.filter((x) => x.unit === 'yi_yuan');
      expect(scale.length, f.properties.id).toBe(f.properties.status === 'proposed' ? 0 : 1);
    }
  });

  test('only the automotive eco-city has an area target, 10 km², within ±2%', () => {
    const withArea = layers['industry-subparks'].filter((f) => areaTargetOf(f.properties));
    expect(withArea.map((f) => f.properties.id)).toEqual(['auto-industry-eco-city']);
    const km2 = geodesicAreaM2(withArea[0].geometry) / M2_PER_UNIT.km2;
    expect(Math.abs(km2 / 10 - 1)).toBeLessThan(0.02);
  });
});

describe('logistics nodes (专栏4, “1+4+N”)', () => {
  const nodes = layers['logistics-nodes'];

  test('one hub and four centres', () => {
    expect(nodes.filter((f) => f.properties.kind === 'logistics-hub')).toHaveLength(1);
    expect(nodes.filter((f) => f.properties.kind === 'logistics-centre')).toHaveLength(4);
  });

  test('polygons drawn to their planned land are within ±10% of it', () => {
    const drawn = nodes.filter((f) => areaTargetOf(f.properties));
    expect(drawn).toHaveLength(4);
    for (const f of drawn) {
      const target = areaTargetOf(f.properties)!;
      expect(target.unit).toBe('ha');
      const ha = geodesicAreaM2(f.geometry) / M2_PER_UNIT.ha;
      expect(Math.abs(ha / target.value - 1), f.properties.id).toBeLessThan(0.1);
    }
  });
});

describe('towns', () => {
  const roles = layers['town-roles'];
  const stations = layers['delivery-stations'];

  test('16 town roles with unique 12-digit NBS codes', () => {
    expect(roles).toHaveLength(16);
    const codes = roles.map((f) => f.properties.code);
    for (const c of codes) expect(c).toMatch(/^500118\d{6}$/);
    expect(new Set(codes).size).toBe(16);
  });

  test('the four towns of the two 组团 name their cluster', () => {
    const parent = (slug: string) => byId.get(`town-role-${slug}`)?.properties.parent_id;
    expect(parent('sanjiao')).toBe('sanjiao-cluster');
    expect(parent('banqiao')).toBe('sanjiao-cluster');
    expect(parent('zhutuo')).toBe('gangqiao-cluster');
    expect(parent('songgai')).toBe('gangqiao-cluster');
    const urban = join(geodata, 'urban-structure.geojson');
    if (existsSync(urban)) {
      const ids = new Set(load('urban-structure').features.map((f) => f.properties.id));
      expect(ids.has('sanjiao-cluster') && ids.has('gangqiao-cluster')).toBe(true);
    }
  });

  test('town roles and delivery stations sit on the township seats', () => {
    const seats = new Map(load('townships').features.map((f) => [f.properties.code, f]));
    for (const f of roles) {
      const seat = seats.get(f.properties.code);
      expect(seat?.properties.name_zh).toBe(f.properties.name_zh);
      expect(f.geometry).toEqual(seat?.geometry);
    }
    expect(stations).toHaveLength(16);
    for (const f of stations) expect(f.properties.geometry_accuracy).toBe('indicative');
  });
});

describe('industry clusters', () => {
  const clusters = industryClustersFileSchema.parse(readJson('industry-clusters.json'));

  test('the six clusters and the digital economy, with their 亿元 scale', () => {
    const scale = Object.fromEntries(clusters.map((c) => [c.id, c.figures[0]]));
    expect(Object.fromEntries(Object.entries(scale).map(([id, f]) => [id, f.value]))).toEqual({
      'auto-moto': 1000,
      'smart-equipment': 300,
      'consumer-goods': 500,
      electronics: 300,
      'advanced-materials': 400,
      health: 100,
      'digital-economy': 1000,
    });
    for (const f of Object.values(scale)) expect(f).toMatchObject({ unit: 'yi_yuan', kind: 'target' });
  });
});

describe('indicator tables', () => {
  const tables = indicatorsFileSchema.parse(readJson('indicators.json'));
  const [t1, t2] = tables;
  const numbered = (rows: typeof t1.rows) => rows.filter((r) => /^\d+$/.test(r.no));

  test('表1 has its 27 numbered rows and 13 # sub-rows, as printed', () => {
    expect(t1.id).toBe('table-1');
    expect(numbered(t1.rows)).toHaveLength(27);
    expect(t1.rows).toHaveLength(40);
  });

  test('表2 has 26 numbered indicators in four groups', () => {
    expect(t2.id).toBe('table-2');
    expect(numbered(t2.rows)).toHaveLength(26);
    expect(t2.rows).toHaveLength(26);
    expect(new Set(t2.rows.map((r) => r.group_zh)).size).toBe(4);
  });

  test('cells keep their printed text with basis and comparator', () => {
    const cell = (no: string, key: string) => t2.rows.find((r) => r.no === no)?.values[key];
    expect(cell('1', 'target_2025')).toEqual({ text: '7.5*', value: 7.5, basis: 'annual_average' });
    expect(cell('5', 'target_2025')).toEqual({ text: '【120】', value: 120, basis: 'five_year_cumulative' });
    expect(cell('5', 'value_2020')).toEqual({ text: '—' });
    expect(cell('17', 'target_2025')).toEqual({ text: '>51', value: 51, comparator: '>' });
    expect(cell('18', 'target_2025')).toEqual({ text: '≧300', value: 300, comparator: '>=' });
    const t1cell = t1.rows.find((r) => r.no === '19')?.values.target_13th;
    expect(t1cell).toEqual({
      text: '≤【1600】',
      value: 1600,
      basis: 'five_year_cumulative',
      comparator: '<=',
    });
  });

  test('every numbered row with values states its attribute', () => {
    for (const t of tables)
      for (const r of t.rows)
        if (Object.keys(r.values).length) expect(r.attribute, `${t.id} ${r.no}`).toBeDefined();
  });
});
