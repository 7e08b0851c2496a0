import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  Commitment,
  CommitmentsFile,
  PlanFeature,
  PlanFeatureCollection,
} from '../../src/data/schema.ts';
import { searchAliasesFileSchema } from '../../src/data/schema.ts';
import { SEARCH_ALIASES } from '../../src/search/aliases.ts';
import { type SearchResult, searchAll } from '../../src/search/search.ts';

const features: PlanFeature[] = readdirSync('geodata')
  .filter((f) => f.endsWith('.geojson'))
  .flatMap((f) => (JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as PlanFeatureCollection).features);
const commitments: Commitment[] = (
  JSON.parse(readFileSync('geodata/commitments.json', 'utf8')) as CommitmentsFile
).commitments;

const run = (query: string, opts: { aliases?: boolean } = {}) =>
  searchAll({ features, commitments, aliases: opts.aliases === false ? [] : SEARCH_ALIASES, query });
const idOf = (r: SearchResult) => (r.type === 'feature' ? r.feature.properties.id : `entry:${r.entry.id}`);
const ids = (query: string, opts?: { aliases?: boolean }) => run(query, opts).map(idOf);

describe('search aliases', () => {
  it('are valid data that name only features that exist', () => {
    const raw = JSON.parse(readFileSync('geodata/search-aliases.json', 'utf8'));
    expect(searchAliasesFileSchema.safeParse(raw).success).toBe(true);
    const known = new Set(features.map((f) => f.properties.id));
    for (const a of SEARCH_ALIASES)
      for (const id of a.features ?? []) expect(known.has(id), `${a.id}: ${id}`).toBe(true);
  });

  it('find the high-speed rail stations for 高铁站, HSR and high-speed rail', () => {
    for (const q of ['高铁站', 'HSR', 'high-speed rail', 'High Speed Rail']) {
      const found = ids(q);
      expect(found.slice(0, 2), q).toEqual(['station-yongchuan-east', 'station-yongchuan-south']);
      expect(found, q).toContain('rail-chengyu-hsr');
      // The conventional railway's station is no high-speed rail station.
      expect(found, q).not.toContain('station-yongchuan');
    }
    // Without the aliases, HSR finds nothing: the aliases are what finds it.
    expect(ids('HSR', { aliases: false })).toEqual([]);
  });

  it('find the port, the railway stations and the airport', () => {
    for (const q of ['港口', 'port']) expect(ids(q)[0], q).toBe('port-zhutuo');
    for (const q of ['火车站', 'railway station']) {
      expect(ids(q).slice(0, 3).sort(), q).toEqual([
        'station-yongchuan',
        'station-yongchuan-east',
        'station-yongchuan-south',
      ]);
    }
    for (const q of ['飞机场', 'airport', 'Airport']) expect(ids(q)[0], q).toBe('airport-daan');
  });

  it('find the 凤凰湖 park for "Phoenix Lake"', () => {
    expect(ids('Phoenix Lake', { aliases: false })).not.toContain('fenghuanghu-industrial-park');
    const found = ids('Phoenix Lake');
    expect(found).toContain('fenghuanghu-industrial-park');
    expect(found).toContain('lake-fenghuang');
    expect(found.slice(0, 3)).toContain('fenghuanghu-industrial-park');
  });

  it('leave ordinary name searches as they were', () => {
    expect(ids('港桥现代物流')).toEqual(['gangqiao-modern-logistics-centre']);
    expect(ids('Yongchuan East')[0]).toBe('station-yongchuan-east');
  });
});

describe('search in the register', () => {
  it('finds an entry that no feature places, with where it stands', () => {
    const [hit] = run('菜茵岩');
    expect(hit.type).toBe('entry');
    if (hit.type !== 'entry') return;
    expect(hit.entry.id).toBe('caiyinyan');
    expect(hit.entry.location).toBe('not-located');
    expect(hit.entry.features).toEqual([]);
    expect(hit.entry.plan_ref.quote).toContain('菜茵岩');
  });

  it('finds entries by English name too', () => {
    expect(ids('High-speed railway filling station')).toContain('entry:filling-station-high-speed-rail');
  });

  it('lists an entry once: not beside the feature that places it', () => {
    const found = ids('凤凰湖产业园');
    expect(found[0]).toBe('fenghuanghu-industrial-park');
    expect(found).not.toContain('entry:fenghuanghu-industrial-park');
  });

  it('lists an entry whose feature is not found by name, and puts features first at equal score', () => {
    const located = commitments.find(
      (c) =>
        c.features.length > 0 &&
        c.name_zh !== features.find((f) => f.properties.id === c.features[0])?.properties.name_zh,
    );
    expect(located).toBeDefined();
    const hit = run(located!.name_zh).find((r) => r.type === 'entry' && r.entry.id === located!.id);
    const featureFound = run(located!.name_zh).some(
      (r) => r.type === 'feature' && located!.features.includes(r.feature.properties.id),
    );
    expect(Boolean(hit) !== featureFound).toBe(true);
  });
});
