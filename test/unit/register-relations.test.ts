/**
 * The register of located commitments and the plan's spatial relations: each bad fixture gives
 * its own message, naming the entry, the features and what was measured.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkTownPlacements,
  type FeatureFacts,
  validateRegister,
} from '../../src/data/validate/register.ts';
import { checkRelation, validateRelations } from '../../src/data/validate/relations.ts';

const root = resolve(import.meta.dirname, '../..');
const load = (rel: string): unknown => JSON.parse(readFileSync(join(root, rel), 'utf8'));

const square = (w: number, s: number, e: number, n: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

const geometries = new Map<string, GeoJSON.Geometry>([
  ['park', square(105.9, 29.3, 105.92, 29.32)],
  ['zone-inside', square(105.905, 29.305, 105.915, 29.315)],
  ['zone-half-out', square(105.91, 29.305, 105.93, 29.315)],
  ['zone-a', square(105.8, 29.3, 105.82, 29.32)],
  ['zone-overlapping', square(105.81, 29.3, 105.83, 29.32)],
  [
    'river',
    {
      type: 'LineString',
      coordinates: [
        [105.9, 29.1],
        [106.0, 29.1],
      ],
    },
  ],
  ['port-inland', { type: 'Point', coordinates: [105.95, 29.12] }],
  ['port-on-river', { type: 'Point', coordinates: [105.95, 29.1005] }],
]);

describe('relations', () => {
  it('the broken-relation fixture gives one message per broken relation, with what was measured', () => {
    const file = 'test/fixtures/relations/relations.broken.json';
    const issues = validateRelations(load(file), file, geometries);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath).sort()).toEqual([
      'relations[0]',
      'relations[1]',
      'relations[2]',
      'relations[4].b',
    ]);
    expect(byPath['relations[0]']).toMatch(
      /^zone-half-out within park does not hold: 50\.0 % \(1\.07\d km²\) lies outside, more than the 2\.0 % allowed$/,
    );
    expect(byPath['relations[1]']).toMatch(
      /^zone-a disjoint zone-overlapping does not hold: they overlap by 2\.1\d\d km²/,
    );
    expect(byPath['relations[2]']).toMatch(
      /^port-inland on-line river does not hold: the point is 2\.2\d km from the line/,
    );
    expect(byPath['relations[4].b']).toBe('no plan feature has the id "missing-park"');
    expect(issues.every((i) => i.file === file)).toBe(true);
  });

  it('holds where the geometry agrees, and fails where it does not', () => {
    const g = (id: string) => geometries.get(id)!;
    expect(checkRelation('within', g('zone-inside'), g('park'))).toBeNull();
    expect(checkRelation('contains', g('park'), g('zone-inside'))).toBeNull();
    expect(checkRelation('contains', g('park'), g('zone-half-out'))).toMatch(/lies outside/);
    expect(checkRelation('disjoint', g('zone-inside'), g('zone-a'))).toBeNull();
    expect(checkRelation('on-line', g('port-on-river'), g('river'))).toBeNull();
    expect(checkRelation('crosses', g('river'), g('park'))).toBe('the line does not pass through the area');
    const throughPark: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [105.89, 29.31],
        [105.93, 29.31],
      ],
    };
    expect(checkRelation('crosses', throughPark, g('park'))).toBeNull();
    // A point inside an area is not disjoint from it.
    expect(checkRelation('disjoint', g('park'), { type: 'Point', coordinates: [105.91, 29.31] })).toMatch(
      /100\.0 % lies inside/,
    );
    // A larger tolerance lets an outline that strays a little hold.
    expect(checkRelation('within', g('zone-half-out'), g('park'), 0.6)).toBeNull();
  });
});

describe('register', () => {
  const facts = (accuracy: string, extra: Partial<FeatureFacts> = {}): FeatureFacts => ({
    layer: 'expansion-zones',
    accuracy,
    geometry: square(105.8, 29.3, 105.82, 29.32),
    file: 'expansion-zones.geojson',
    ...extra,
  });
  const features = new Map<string, FeatureFacts>([
    ['zone-a', facts('indicative')],
    ['zone-b', facts('indicative')],
    ['boundary', facts('approximate', { layer: 'district-boundary' })],
  ]);

  it('the bad-register fixture gives each problem its own message', () => {
    const file = 'test/fixtures/register/commitments.bad.json';
    const issues = validateRegister(load(file), file, { features });
    const messages = issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^commitments\[4\]\.theme: .*cooking/),
        'commitments[1].id: duplicate id "chengdong-expansion" (first used by commitments[0])',
        'commitments[2].features[1]: no plan feature has the id "no-such-feature"',
        expect.stringMatching(
          /^commitments\[2\]\.location: located "town" but "zone-a" is drawn as a site \(geometry_accuracy not "town"\)/,
        ),
        'commitments[3].note: a "not-located" commitment needs a note (zh and en) saying why it cannot be mapped',
      ]),
    );
    expect(issues).toHaveLength(5);
    expect(issues.find((i) => i.path === 'commitments[2].features[1]')?.featureId).toBe(
      'health-centre-laisu',
    );
  });

  it('every plan feature must belong to a commitment, context layers aside', () => {
    const file = 'test/fixtures/register/commitments.bad.json';
    const issues = validateRegister(load(file), file, { features, requireEveryFeature: true });
    const orphans = issues.filter((i) => i.message.includes('belongs to no commitment'));
    expect(orphans.map((i) => i.message)).toEqual([
      'plan feature "zone-b" (expansion-zones.geojson) belongs to no commitment: add it to the features of the commitment it places',
    ]);
  });

  it('a commitment with features cannot be district-wide, and a mapped one cannot stand at town level', () => {
    const register = {
      commitments: [
        {
          id: 'a',
          name_zh: '甲',
          name_en: 'A',
          theme: 'urban',
          plan_ref: { chapter: '第二章', paragraph: 'box1-p1', quote: '城东' },
          figures: [],
          status: 'planned',
          location: 'district',
          features: ['zone-a'],
        },
        {
          id: 'b',
          name_zh: '乙',
          name_en: 'B',
          theme: 'health',
          plan_ref: { chapter: '第十四章', paragraph: 'box18-p2', quote: '来苏镇卫生院' },
          figures: [],
          status: 'planned',
          location: 'mapped',
          features: ['clinic-laisu'],
        },
      ],
    };
    const withTown = new Map(features).set(
      'clinic-laisu',
      facts('town', {
        layer: 'townships',
        townId: 'laisu',
        geometry: { type: 'Point', coordinates: [105.7, 29.3] },
      }),
    );
    const messages = validateRegister(register, 'commitments.json', { features: withTown }).map(
      (i) => i.message,
    );
    expect(messages).toEqual([
      'a commitment located "district" has no feature of its own, but 1 are listed: use "mapped" or "town", or list none',
      'located "mapped" but "clinic-laisu" stands only at town level: use "town"',
    ]);
  });

  it('a town-level feature stands at its town’s seat', () => {
    const seat: GeoJSON.Point = { type: 'Point', coordinates: [105.75, 29.3] };
    const map = new Map<string, FeatureFacts>([
      [
        'town-laisu',
        { layer: 'townships', accuracy: 'approximate', geometry: seat, file: 'townships.geojson' },
      ],
      [
        'clinic-at-seat',
        {
          layer: 'townships',
          accuracy: 'town',
          townId: 'town-laisu',
          geometry: seat,
          file: 'health.geojson',
        },
      ],
      [
        'clinic-far',
        {
          layer: 'townships',
          accuracy: 'town',
          townId: 'town-laisu',
          geometry: { type: 'Point', coordinates: [105.76, 29.3] },
          file: 'health.geojson',
        },
      ],
      [
        'clinic-no-town',
        { layer: 'townships', accuracy: 'town', townId: 'zone-a', geometry: seat, file: 'health.geojson' },
      ],
    ]);
    map.set('zone-a', facts('indicative'));
    const issues = checkTownPlacements(map);
    expect(issues.map((i) => [i.featureId, i.message])).toEqual([
      [
        'clinic-far',
        "a town-level feature stands at its town's seat, but this one is 972 m from the seat of town-laisu (at most 50 m)",
      ],
      ['clinic-no-town', 'town_id "zone-a" is not the id of a township in townships.geojson'],
    ]);
  });
});
