/**
 * The plan-year filter (`?year=`): which features stand in 2020, 2025 and 2035, on made-up
 * features and on the atlas's own data, and how the map renderer ghosts the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { homeState } from '../../src/app/home.ts';
import type { PlanFeature, Status } from '../../src/data/schema.ts';
import { StateRenderer } from '../../src/map/state-renderer.ts';
import { targetRows } from '../../src/targets/targets.ts';
import { yearColumn } from '../../src/years/year-columns.ts';
import { futureIds, standsIn } from '../../src/years/year-filter.ts';

const f = (id: string, status: Status, target_year?: number) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [105.9, 29.3] },
    properties: { id, status, target_year },
  }) as unknown as PlanFeature;

const sample = [
  f('old-town', 'existing'),
  f('metro-2025', 'under_construction', 2025),
  f('park-2025', 'planned', 2025),
  f('zone-2030', 'planned', 2030),
  f('someday', 'planned'),
  f('building', 'under_construction'),
  f('idea', 'proposed'),
];

describe('the year filter', () => {
  it('2020 shows what exists; 2025 adds what is planned or building for 2025; 2035 shows everything', () => {
    const shown = (year: 2020 | 2025 | 2035) =>
      sample.filter((x) => standsIn(x.properties, year)).map((x) => x.properties.id);
    expect(shown(2020)).toEqual(['old-town']);
    expect(shown(2025)).toEqual(['old-town', 'metro-2025', 'park-2025']);
    expect(shown(2035)).toEqual(sample.map((x) => x.properties.id));
    expect(futureIds(sample, null)).toEqual([]);
    expect(futureIds(sample, 2035)).toEqual([]);
    expect(futureIds(sample, 2025)).toEqual(['zone-2030', 'someday', 'building', 'idea']);
  });

  it("on the atlas's data, 2020, 2025 and 2035 each show more, and keep every feature's status", () => {
    const root = resolve(import.meta.dirname, '../..');
    const features = readdirSync(join(root, 'geodata'))
      .filter((n) => n.endsWith('.geojson') && n !== 'district-boundary.geojson' && n !== 'townships.geojson')
      .flatMap((n) => JSON.parse(readFileSync(join(root, 'geodata', n), 'utf8')).features as PlanFeature[])
      .filter((x) => x.properties.status);
    const count = (year: 2020 | 2025 | 2035) => features.length - futureIds(features, year).length;
    expect(count(2020)).toBeLessThan(count(2025));
    expect(count(2025)).toBeLessThan(count(2035));
    expect(count(2035)).toBe(features.length);
    for (const x of features.filter((y) => standsIn(y.properties, 2020)))
      expect(x.properties.status).toBe('existing');
  });
});

describe('what follows the year', () => {
  const root = resolve(import.meta.dirname, '../..');
  const layer = (name: string) =>
    JSON.parse(readFileSync(join(root, 'geodata', `${name}.geojson`), 'utf8')).features as PlanFeature[];

  it('the indicators read the 2020 value for 2020, the 2025 target for 2025 and 2035, and 2035 says it has none', () => {
    expect(yearColumn(null)).toBeNull();
    expect(yearColumn(2020)).toEqual({ key: 'value_2020', noFigure: false });
    expect(yearColumn(2025)).toEqual({ key: 'target_2025', noFigure: false });
    expect(yearColumn(2035)).toEqual({ key: 'target_2025', noFigure: true });
    // The columns named are those of the plan's 表2, which has no 2035 column.
    const tables = JSON.parse(readFileSync(join(root, 'geodata', 'indicators.json'), 'utf8')) as {
      id: string;
      columns: { key: string }[];
    }[];
    const keys = tables.find((x) => x.id === 'table-2')!.columns.map((c) => c.key);
    expect(keys).toEqual(['value_2020', 'target_2025']);
  });

  it("a target row carries the plan's 2020 baseline in its unit only where the data gives one", () => {
    const rows = targetRows([...layer('urban-structure'), ...layer('expansion-zones')]);
    const builtUp = rows.find((r) => r.id === 'main-urban-built-up-area')!;
    const figure = layer('urban-structure')
      .find((x) => x.properties.id === 'main-urban-built-up-area')!
      .properties.figures.find((x) => x.year === 2020 && x.unit === builtUp.unit)!;
    expect(builtUp.baseline2020).toBe(figure.value);
    for (const r of rows.filter((x) => x.layer === 'expansion-zones')) expect(r.baseline2020).toBeUndefined();
    expect(rows.every((r) => r.featureYear === undefined || r.featureYear >= 2020)).toBe(true);
  });
});

describe('the map renderer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
    vi.stubGlobal('cancelAnimationFrame', (h: number) => clearTimeout(h));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('ghosts the features a year puts in the future and brings them back for 2035', () => {
    const calls: string[] = [];
    const map = {
      setLayoutProperty: () => {},
      addLayer: () => {},
      setGlobalStateProperty: () => {},
      getSource: () => ({ setData: () => {} }),
      setFeatureState: (x: { id: string }, s: Record<string, boolean>) =>
        calls.push(`${x.id} ${Object.entries(s).map(([k, v]) => `${k}=${v}`)}`),
    };
    const r = new StateRenderer(map as never, { specs: [], styleIds: new Map() }, []);
    r.setFeatures(sample);
    r.render({ ...homeState('zh'), layers: [], year: 2020 });
    vi.advanceTimersByTime(20);
    expect(calls.sort()).toEqual(
      ['building', 'idea', 'metro-2025', 'park-2025', 'someday', 'zone-2030'].map(
        (id) => `${id} dimmed=true`,
      ),
    );
    calls.length = 0;
    r.render({ ...homeState('zh'), layers: [], year: 2035 });
    vi.advanceTimersByTime(20);
    expect(calls.length).toBe(6);
    expect(calls.every((c) => c.endsWith('dimmed=false'))).toBe(true);
  });
});
