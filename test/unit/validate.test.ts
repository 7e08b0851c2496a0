import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  boundaryFromGeoJSON,
  checkReferences,
  formatIssue,
  layerFromFileName,
  type PlanIndex,
  parseJsonText,
  type Reference,
  type ValidationContext,
  type ValidationIssue,
  validateFeatureCollection,
  validatePlanDocument,
  validateTable,
  validateUserCollection,
} from '../../src/data/validate';
import { unknownTourParagraphs, validateTour } from '../../src/kiosk/tour-validate';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/geojson');
const boundaryFile = join(fixtures, 'boundary.geojson');

function load(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const boundary = boundaryFromGeoJSON(load(boundaryFile));
const plan = validatePlanDocument(load(join(root, 'geodata/plan/plan.json')), 'plan.json').plan as PlanIndex;

function ctx(extra: Partial<ValidationContext> = {}): ValidationContext {
  return { boundary, seenIds: new Map(), plan, ...extra };
}

/** Validates a fixture file the way the CLI does (without cross-file state). */
function check(rel: string, extra: Partial<ValidationContext> = {}): ValidationIssue[] {
  const file = `test/fixtures/geojson/${rel}`;
  const parsed = parseJsonText(readFileSync(join(root, file), 'utf8'), file);
  if (parsed.value === undefined) return parsed.issues;
  // As the CLI does: references are resolved once the file (here: the only file) is read.
  const c = ctx({ expectedLayer: layerFromFileName(file), references: [], ...extra });
  const issues = validateFeatureCollection(parsed.value, file, c);
  return [...issues, ...checkReferences(c.references ?? [], { ids: new Set(c.seenIds?.keys()) })];
}

/** A valid feature of the expansion-zones layer, to break one thing at a time. */
function zone(): GeoJSON.Feature {
  const fc = load(join(fixtures, 'good/expansion-zones.geojson')) as GeoJSON.FeatureCollection;
  return structuredClone(fc.features[0]);
}

function fc(...features: unknown[]): unknown {
  return { type: 'FeatureCollection', features };
}

interface Expectation {
  message: string;
  path: string;
  featureId?: string;
}

/** Each bad fixture and the one issue it must yield. */
const BAD: Record<string, Expectation> = {
  'unclosed-ring': {
    message: 'ring is not closed: first position [105.93, 29.3] differs from last [105.931, 29.3]',
    path: 'features[0].geometry.coordinates[0]',
    featureId: 'fenghuanghu-nanzhan-zone',
  },
  'swapped-axes': {
    message: 'longitude 29.318 / latitude 105.958 look swapped (lon must be 105–107 here)',
    path: 'features[0].geometry.coordinates',
    featureId: 'nanzhan-hub',
  },
  'self-intersection': {
    message: 'polygon ring crosses itself at [105.955, 29.32]',
    path: 'features[0].geometry.coordinates[0]',
    featureId: 'fenghuanghu-nanzhan-zone',
  },
  'null-coordinate': {
    message: 'coordinate is null',
    path: 'features[0].geometry.coordinates[0][3][0]',
    featureId: 'fenghuanghu-nanzhan-zone',
  },
  'non-numeric-coordinate': {
    message: 'coordinate is the string "NaN", not a number',
    path: 'features[0].geometry.coordinates[0]',
    featureId: 'nanzhan-hub',
  },
  'missing-name': {
    message: 'name_zh is required',
    path: 'features[0].properties.name_zh',
    featureId: 'fenghuanghu-nanzhan-zone',
  },
  'duplicate-id': {
    message:
      'duplicate id "fenghuanghu-nanzhan-zone" (first used by features[0] in test/fixtures/geojson/bad/duplicate-id.geojson)',
    path: 'features[1].properties.id',
    featureId: 'fenghuanghu-nanzhan-zone',
  },
  'unknown-layer': {
    message:
      'unknown layer "expansion-zone" (did you mean "expansion-zones"?): known layers are district-boundary,',
    path: 'features[0].properties.layer',
    featureId: 'fenghuanghu-nanzhan-zone',
  },
  'string-number': {
    message: 'value must be a number, got string "10"',
    path: 'features[0].properties.figures[0].value',
    featureId: 'fenghuanghu-nanzhan-zone',
  },
  'far-outside': {
    message: 'point lies 80.5 km outside the district boundary',
    path: 'features[0].geometry.coordinates',
    featureId: 'nanzhan-hub',
  },
  'empty-ring': {
    message: 'ring is empty',
    path: 'features[0].geometry.coordinates[0]',
    featureId: 'fenghuanghu-nanzhan-zone',
  },
  'area-target-on-point': {
    message: 'area_target is set but the geometry is a Point',
    path: 'features[0].properties.figures[0].area_target',
    featureId: 'nanzhan-hub',
  },
  'unknown-parent': {
    message: 'parent_id "fenghuanghu-zone" is not the id of any feature',
    path: 'features[0].properties.parent_id',
    featureId: 'nanzhan-hub',
  },
  'quote-not-in-paragraph': {
    message: 'quote not found in paragraph box1-p2: "高标准建设永川南站综合枢纽片区"',
    path: 'features[0].properties.plan_ref.quote',
    featureId: 'nanzhan-hub',
  },
  'unknown-paragraph': {
    message: 'paragraph "box1-p9" is not in the plan text (geodata/plan/plan.json) (it stands in box1-p2)',
    path: 'features[0].properties.plan_ref.paragraph',
    featureId: 'nanzhan-hub',
  },
  empty: { message: 'file is empty (0 bytes)', path: '' },
  'not-json': { message: 'not valid JSON (line 26, column 7)', path: '' },
};

describe('bad fixtures: each yields its own message', () => {
  it('covers every file in bad/', () => {
    const files = readdirSync(join(fixtures, 'bad')).map((f) => f.replace(/\.geojson$/, ''));
    expect(files.sort()).toEqual(Object.keys(BAD).sort());
  });

  for (const [name, want] of Object.entries(BAD)) {
    it(name, () => {
      const issues = check(`bad/${name}.geojson`);
      expect(issues, issues.map((i) => formatIssue(i)).join('\n')).toHaveLength(1);
      const [issue] = issues;
      expect(issue.message).toContain(want.message);
      expect(issue.path).toBe(want.path);
      expect(issue.featureId).toBe(want.featureId);
      expect(issue.file).toBe(`test/fixtures/geojson/bad/${name}.geojson`);
      if (want.path.startsWith('features['))
        expect(issue.featureIndex).toBe(Number(/\d+/.exec(want.path)?.[0]));
    });
  }
});

describe('good fixtures', () => {
  it('a plan layer file inside the district yields no issue', () => {
    expect(check('good/expansion-zones.geojson')).toEqual([]);
    expect(layerFromFileName('good/expansion-zones.geojson')).toBe('expansion-zones');
  });

  it('a user import passes the user checks but not the plan schema', () => {
    const value = load(join(fixtures, 'good/user-import.geojson'));
    expect(validateUserCollection(value, 'import.geojson', ctx())).toEqual([]);
    expect(validateFeatureCollection(value, 'import.geojson', ctx()).length).toBeGreaterThan(0);
  });

  it('the test boundary is a usable outline', () => {
    expect(boundary?.type).toBe('MultiPolygon');
    expect(boundaryFromGeoJSON({ type: 'FeatureCollection', features: [] })).toBeUndefined();
  });
});

describe('checks that JSON files cannot express', () => {
  it('reports NaN and Infinity coordinates in JS objects', () => {
    const f = zone() as GeoJSON.Feature<GeoJSON.Polygon>;
    f.geometry.coordinates[0][2] = [Number.NaN, 29.31];
    f.geometry.coordinates[0][4] = [105.955, Number.POSITIVE_INFINITY];
    const issues = validateFeatureCollection(fc(f), 'import.geojson', ctx());
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['features[0].geometry.coordinates[0][2][0]', 'coordinate is NaN'],
      ['features[0].geometry.coordinates[0][4][1]', 'coordinate is Infinity'],
    ]);
  });

  it('reports a NaN figure value', () => {
    const f = zone();
    (f.properties as { figures: { value: number }[] }).figures[0].value = Number.NaN;
    const [issue] = validateFeatureCollection(fc(f), 'x.geojson', ctx());
    expect(issue.message).toBe('value must be a finite number, got NaN');
    expect(issue.path).toBe('features[0].properties.figures[0].value');
  });
});

describe('all issues of a file are reported', () => {
  it('several features, several defects each', () => {
    const a = zone() as GeoJSON.Feature<GeoJSON.Polygon>;
    a.geometry.coordinates[0][6] = [105.931, 29.3]; // unclosed
    delete (a.properties as Record<string, unknown>).name_en; // missing name
    const b = zone() as GeoJSON.Feature<GeoJSON.Polygon>;
    (b.properties as Record<string, unknown>).id = 'zone-b';
    (b.properties as Record<string, unknown>).status = 'planed';
    b.geometry.coordinates[0][1] = [null as unknown as number, 29.295];
    const c = zone();
    (c.properties as Record<string, unknown>).layer = 'foo';
    const issues = validateFeatureCollection(fc(a, b, c), 'multi.geojson', ctx());
    const lines = issues.map((i) => formatIssue(i));
    expect(lines).toHaveLength(6);
    expect(lines).toEqual([
      expect.stringContaining(
        'features[0] (id "fenghuanghu-nanzhan-zone") at features[0].geometry.coordinates[0]: ring is not closed',
      ),
      expect.stringContaining('features[0].properties.name_en: name_en is required'),
      expect.stringContaining(
        'features[1] (id "zone-b") at features[1].geometry.coordinates[0][1][0]: coordinate is null',
      ),
      expect.stringContaining('unknown status "planed" (did you mean "planned"?)'),
      expect.stringContaining('features[2].properties.layer: unknown layer "foo": known layers are'),
      expect.stringContaining(
        'features[2].properties.id: duplicate id "fenghuanghu-nanzhan-zone" (first used by features[0] in multi.geojson)',
      ),
    ]);
  });
});

describe('domain checks', () => {
  it('layer must match the file', () => {
    const issues = validateFeatureCollection(
      fc(zone()),
      'geodata/rivers.geojson',
      ctx({ expectedLayer: 'rivers' }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('layer is "expansion-zones" but this file holds layer "rivers"');
  });

  it('ids are unique across files through seenIds', () => {
    const seenIds = new Map();
    const value = load(join(fixtures, 'good/expansion-zones.geojson'));
    expect(validateFeatureCollection(value, 'a.geojson', ctx({ seenIds }))).toEqual([]);
    const again = validateFeatureCollection(value, 'b.geojson', ctx({ seenIds }));
    expect(again.map((i) => i.message)).toEqual([
      'duplicate id "fenghuanghu-nanzhan-zone" (first used by features[0] in a.geojson)',
      'duplicate id "nanzhan-hub" (first used by features[1] in a.geojson)',
      'duplicate id "north-south-logistics-corridor" (first used by features[2] in a.geojson)',
    ]);
  });

  it('polygon vertices outside the district are counted, with the farthest', () => {
    const f = zone() as GeoJSON.Feature<GeoJSON.Polygon>;
    f.geometry.coordinates = [f.geometry.coordinates[0].map(([x, y]) => [x + 0.3, y])];
    const [issue] = validateFeatureCollection(fc(f), 'x.geojson', ctx());
    expect(issue.message).toMatch(
      /^\d of 6 polygon vertices lie outside the district boundary \(tolerance 300 m\), the farthest \d+\.\d km out/,
    );
  });

  it('the tolerance lets a vertex sit just outside the boundary', () => {
    const f = zone() as GeoJSON.Feature<GeoJSON.Point>;
    f.geometry = { type: 'Point', coordinates: [106.152, 29.32] }; // ~190 m east of the outline
    (f.properties as Record<string, unknown>).figures = [];
    expect(validateFeatureCollection(fc(f), 'x.geojson', ctx())).toEqual([]);
    const [issue] = validateFeatureCollection(fc(f), 'x.geojson', ctx({ toleranceM: 50 }));
    expect(issue.message).toMatch(/^point lies 1\d\d m outside the district boundary \(tolerance 50 m\)$/);
  });

  it('lines may leave the district but must reach it', () => {
    const f = zone() as GeoJSON.Feature<GeoJSON.LineString>;
    (f.properties as Record<string, unknown>).figures = [];
    // Crosses the district with no vertex inside it: fine.
    f.geometry = {
      type: 'LineString',
      coordinates: [
        [105.5, 29.3],
        [106.3, 29.3],
      ],
    };
    expect(validateFeatureCollection(fc(f), 'x.geojson', ctx())).toEqual([]);
    // Passes 2-3 km outside: fine.
    f.geometry = {
      type: 'LineString',
      coordinates: [
        [106.18, 29.2],
        [106.18, 29.4],
      ],
    };
    expect(validateFeatureCollection(fc(f), 'x.geojson', ctx())).toEqual([]);
    f.geometry = {
      type: 'LineString',
      coordinates: [
        [106.5, 29.2],
        [106.6, 29.4],
      ],
    };
    const [issue] = validateFeatureCollection(fc(f), 'x.geojson', ctx());
    expect(issue.path).toBe('features[0].geometry.coordinates');
    expect(issue.message).toContain('line never comes within 5.0 km of the district');
  });

  it('the district-boundary layer is exempt from the inside check', () => {
    const f = zone() as GeoJSON.Feature<GeoJSON.Polygon>;
    f.geometry.coordinates = [f.geometry.coordinates[0].map(([x, y]) => [x + 1, y])];
    (f.properties as Record<string, unknown>).layer = 'district-boundary';
    expect(validateFeatureCollection(fc(f), 'x.geojson', ctx())).toEqual([]);
  });

  it('area targets need km2 or ha and only one per feature', () => {
    const f = zone();
    const figures = (f.properties as { figures: Record<string, unknown>[] }).figures;
    figures.push({ ...figures[0], key: 'second', unit: 'wan_mu' });
    const messages = validateFeatureCollection(fc(f), 'x.geojson', ctx()).map(
      (i) => `${i.path}: ${i.message}`,
    );
    expect(messages).toEqual([
      'features[0].properties.figures[1].unit: an area_target figure must be in km2 or ha, got string "wan_mu"',
      'features[0].properties.figures[1].area_target: only one figure may carry area_target, found 2: figures[0], figures[1]',
    ]);
  });

  it('wrong-case geometry types and unknown properties get a suggestion', () => {
    const f = zone() as unknown as { geometry: { type: string }; properties: Record<string, unknown> };
    f.geometry.type = 'polygon';
    f.properties.nmae_zh = f.properties.name_zh;
    const messages = validateFeatureCollection(fc(f), 'x.geojson', ctx()).map((i) => i.message);
    expect(messages[0]).toContain('unknown geometry type "polygon" (did you mean "Polygon"?)');
    expect(messages[1]).toBe('unknown property "nmae_zh" (did you mean "name_zh"?)');
  });

  it('geojson-validation catches what the own walk does not look at (bbox)', () => {
    const f = { ...zone(), bbox: 'everywhere' };
    const [issue] = validateFeatureCollection(fc(f), 'x.geojson', ctx());
    expect(issue.message).toMatch(/^GeoJSON structure: .*bbox/i);
  });

  it('a file that is not a FeatureCollection', () => {
    expect(validateFeatureCollection([], 'x.geojson', ctx())[0].message).toBe(
      'expected a GeoJSON FeatureCollection object, got an empty array',
    );
    expect(validateFeatureCollection({ type: 'Feature' }, 'x.geojson', ctx()).map((i) => i.message)).toEqual([
      'type must be "FeatureCollection", got string "Feature"',
      'features is missing: expected an array of features',
    ]);
  });
});

describe('references and tables', () => {
  it('parent_id and source resolve across files', () => {
    const references: Reference[] = [];
    const f = zone();
    Object.assign(f.properties as object, { parent_id: 'gangqiao-cluster', source: 'osm' });
    expect(validateFeatureCollection(fc(f), 'x.geojson', ctx({ references }))).toEqual([]);
    expect(references.map((r) => `${r.kind} ${r.target}`)).toEqual([
      'parent_id gangqiao-cluster',
      'source osm',
    ]);
    const issues = checkReferences(references, {
      ids: new Set(['gangqiao-clusters']),
      sourceIds: new Set(['geonames']),
    });
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'features[0].properties.parent_id: parent_id "gangqiao-cluster" is not the id of any feature (did you mean "gangqiao-clusters"?)',
      'features[0].properties.source: source "osm" is not an id in sources.json',
    ]);
    expect(checkReferences(references, { ids: new Set(['gangqiao-cluster']) })).toEqual([]);
    expect(checkReferences(references.slice(0, 1), { ids: new Set(['cluster-gangqiao']) })[0].message).toBe(
      'parent_id "gangqiao-cluster" is not the id of any feature (did you mean "cluster-gangqiao"?)',
    );
    // Without a references list nothing is collected or checked: a parent may sit in a later file.
    expect(validateFeatureCollection(fc(f), 'x.geojson', ctx())).toEqual([]);
  });

  it('sources.json entries are checked against their schema, ids unique', () => {
    const entry = {
      id: 'geonames',
      name: 'GeoNames',
      licence: 'CC BY 4.0',
      attribution: 'GeoNames',
      used_for_zh: '镇街驻地',
      used_for_en: 'township seats',
    };
    expect(validateTable([entry], 'sources.json', 'sources.json')).toEqual([]);
    const issues = validateTable(
      [entry, { ...entry, licence: '' }, { ...entry, id: 'osm', url: 'nope' }],
      'sources.json',
      'sources.json',
    );
    expect(issues.map((i) => formatIssue(i))).toEqual([
      'sources.json: [1] (id "geonames") at [1].licence: licence must not be empty',
      'sources.json: [2] (id "osm") at [2].url: url must be a valid url, got "nope"',
      'sources.json: [1] (id "geonames") at [1].id: duplicate id "geonames" (first used by [0] in sources.json)',
    ]);
    expect(validateTable({}, 'sources.json', 'sources.json')[0].message).toBe(
      'the file must be an array, got an object',
    );
  });
});

describe('plan_refs against the plan text', () => {
  const ref = (f: GeoJSON.Feature) => (f.properties as { plan_ref: Record<string, unknown> }).plan_ref;
  const messages = (f: GeoJSON.Feature, extra: Partial<ValidationContext> = {}) =>
    validateFeatureCollection(fc(f), 'x.geojson', ctx(extra)).map((i) => `${i.path}: ${i.message}`);

  it('the chapter, section and 专栏 must be where the paragraph stands', () => {
    const f = zone();
    Object.assign(ref(f), { chapter: '第三章', section: '第一节 完善城镇空间体系', box: '专栏2' });
    expect(messages(f)).toEqual([
      'features[0].properties.plan_ref.chapter: chapter is "第三章" but paragraph box1-p2 stands in 第二章',
      'features[0].properties.plan_ref.section: section is "第一节 完善城镇空间体系" but paragraph box1-p2 stands in 第二节 优化主城区规划布局',
      'features[0].properties.plan_ref.box: box is "专栏2" but paragraph box1-p2 stands in 专栏1',
    ]);
    // Less specific is fine: a box's lines stand in its section and chapter.
    delete ref(f).section;
    delete ref(f).box;
    ref(f).chapter = '第二章';
    expect(messages(f)).toEqual([]);
  });

  it('a section whose heading is lost is named by its number alone', () => {
    const f = zone();
    Object.assign(ref(f), {
      chapter: '第三章',
      section: '第二节',
      paragraph: 'c3-s2-p1',
      quote: '打造1000亿级大数据产业园',
    });
    delete ref(f).box;
    expect(messages(f)).toEqual([]);
    ref(f).section = '第二节 数字经济';
    expect(messages(f)).toEqual([
      'features[0].properties.plan_ref.section: section is "第二节 数字经济" but paragraph c3-s2-p1 stands in 第二节',
    ]);
  });

  it('a quote that drifted names the paragraphs it does stand in', () => {
    const f = zone();
    ref(f).paragraph = 'box1-p1';
    expect(messages(f)).toEqual([
      'features[0].properties.plan_ref.quote: quote not found in paragraph box1-p1: "凤凰湖及南站片区：拓展面积约10平方公里" (it stands in box1-p2)',
      // box1-p1 is in 专栏1 too, so the place agrees.
    ]);
  });

  it('without the plan text (the browser), plan_refs are checked against the schema only', () => {
    const f = zone();
    Object.assign(ref(f), { paragraph: 'box1-p9', quote: '不在原文中' });
    expect(messages(f, { plan: undefined })).toEqual([]);
    ref(f).paragraph = 'box1';
    expect(messages(f, { plan: undefined })).toEqual([
      'features[0].properties.plan_ref.paragraph: paragraph must be a paragraph id of geodata/plan/plan.json, like c2-s2-p3, got "box1"',
    ]);
    delete ref(f).paragraph;
    expect(messages(f, { plan: undefined })).toEqual([
      'features[0].properties.plan_ref.paragraph: paragraph is required',
    ]);
  });

  it('industry clusters and indicator tables: plan_refs, and each row against its row in the plan', () => {
    const clusters = structuredClone(load(join(root, 'geodata/industry-clusters.json'))) as {
      plan_ref: Record<string, unknown>;
    }[];
    expect(validateTable(clusters, 'industry-clusters.json', 'industry-clusters.json', plan)).toEqual([]);
    clusters[0].plan_ref.paragraph = 'c3-s1-p2';
    expect(
      validateTable(clusters, 'industry-clusters.json', 'industry-clusters.json', plan).map((i) =>
        formatIssue(i),
      ),
    ).toEqual([
      'industry-clusters.json: [0] (id "auto-moto") at [0].plan_ref.quote: quote not found in paragraph c3-s1-p2: "打造1000亿级汽摩及零部件产业集群。重点推进汽车整车、新能源摩托车、新能源汽车、智能网联汽车、汽车零部件、汽车电子等领域产业发展" (it stands in c3-s1-p1)',
    ]);

    const tables = structuredClone(load(join(root, 'geodata/indicators.json'))) as {
      rows: { paragraph: string; name_zh: string; values: Record<string, { text: string }> }[];
    }[];
    expect(validateTable(tables, 'indicators.json', 'indicators.json', plan)).toEqual([]);
    tables[0].rows[0].values.target_13th.text = '12*';
    tables[0].rows[1].paragraph = 'table2-r2';
    tables[1].rows[0].paragraph = 'table2-r99';
    expect(validateTable(tables, 'indicators.json', 'indicators.json', plan).map((i) => i.message)).toEqual([
      'text "12*" is not the target_13th cell of paragraph table1-r1: "11*"',
      'paragraph table2-r2 is a row of 表2, but this table is 表1',
      'name_zh "常住居民人均可支配收入年均增速" is not in the name cell of paragraph table2-r2: "人均地区生产总值（万元）"',
      'text "10*" is not the target_13th cell of paragraph table2-r2: "8.8"',
      'text "9.6*" is not the actual_13th cell of paragraph table2-r2: "11.8"',
      'paragraph "table2-r99" is not in the plan text (geodata/plan/plan.json)',
    ]);
    // Without the plan, only the schema.
    expect(validateTable(tables, 'indicators.json', 'indicators.json')).toEqual([]);
  });

  it('tour steps name paragraphs of the plan', () => {
    const tour = structuredClone(load(join(root, 'geodata/tour.json'))) as {
      steps: { paragraphs: string[] }[];
    };
    tour.steps[1].paragraphs.push('c2-s2-p9');
    const check = validateTour(tour, 'tour.json');
    expect(check.issues).toEqual([]);
    expect(unknownTourParagraphs(check, 'tour.json', plan).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'steps[1].paragraphs[2]: paragraph "c2-s2-p9" is not in the plan text (geodata/plan/plan.json) (step "main-urban-area")',
    ]);
  });
});

describe('parseJsonText', () => {
  it('empty, whitespace and broken JSON give one line each', () => {
    for (const text of ['', '  \n', '{"type": "FeatureCollection",}', '<html>502 Bad Gateway</html>']) {
      const { value, issues } = parseJsonText(text, 'f.geojson');
      expect(value).toBeUndefined();
      expect(issues).toHaveLength(1);
      expect(issues[0].message).not.toContain('\n');
      expect(issues[0].message).toMatch(/^(file is empty|file holds only whitespace|not valid JSON)/);
    }
  });

  it('accepts a byte-order mark', () => {
    expect(parseJsonText('\ufeff{"a":1}', 'f.json')).toEqual({ value: { a: 1 }, issues: [] });
  });
});

describe('CLI', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/validate.ts', '--boundary', boundaryFile, ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('exits non-zero on bad files and names each file and its issue', () => {
    const r = run(
      'test/fixtures/geojson/bad/unclosed-ring.geojson',
      'test/fixtures/geojson/bad/empty.geojson',
      'test/fixtures/geojson/bad/not-json.geojson',
    );
    expect(r.status).toBe(1);
    const out = r.stdout;
    expect(out).toContain('✗ test/fixtures/geojson/bad/unclosed-ring.geojson — 1 error\n');
    expect(out).toContain(
      '    features[0] (id "fenghuanghu-nanzhan-zone") at features[0].geometry.coordinates[0]: ring is not closed',
    );
    expect(out).toContain(
      '✗ test/fixtures/geojson/bad/empty.geojson — 1 error\n    file is empty (0 bytes): expected JSON\n',
    );
    expect(out).toMatch(
      /✗ test\/fixtures\/geojson\/bad\/not-json.geojson — 1 error\n {4}not valid JSON \(line 26, column 7\): [^\n]+\n(?! )/,
    );
    expect(out + r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(out).toContain('3 files checked: 0 ok, 3 with errors (3 errors)');
  });

  it('--user answers as the import panel does: encodings, problems, exit status', () => {
    const h = 'test/fixtures/geojson/hostile';
    const r = run('--user', `${h}/gbk.geojson`, `${h}/mixed.geojson`, `${h}/not-json.geojson`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `✓ ${h}/gbk.geojson: 1 of 1 feature would be imported\n  ! whole file: read as GBK/GB18030`,
    );
    expect(r.stdout).toContain(
      `✗ ${h}/mixed.geojson: 2 of 3 features would be imported\n    #2 “Far south” at features[1].geometry.coordinates[1]: latitude -100 is outside -90…90\n`,
    );
    expect(r.stdout).toContain(`✗ ${h}/not-json.geojson refused\n    whole file: not valid JSON`);
    expect(r.stdout).toContain('3 files checked as imports: 1 ok, 2 with problems');
  });

  it('exits 0 on a good file', () => {
    const r = run('test/fixtures/geojson/good/expansion-zones.geojson');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✓ test/fixtures/geojson/good/expansion-zones.geojson (3 features)');
    expect(r.status).toBe(0);
  });
});
