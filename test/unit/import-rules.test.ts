/**
 * What the map cannot draw and the geometry it must not measure: each rule on a file built
 * here, for imports and plan data alike. The hostile corpus (import-corpus.test.ts) runs
 * the same rules over files on disk.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import kinks from '@turf/kinks';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/data/import/decode.ts';
import { checkImport } from '../../src/data/import/import-check.ts';
import { IMPORT_LIMITS } from '../../src/data/import/import-limits.ts';
import { checkImportFile } from '../../src/data/import/import-task.ts';
import { type LayerText, quickCollection, withoutRejected } from '../../src/data/plan-data.ts';
import { validatePlanTexts } from '../../src/data/plan-validation.ts';
import { validateFeatureCollection, validateUserCollection } from '../../src/data/validate.ts';
import type { LayerId } from '../../src/data/vocabulary.ts';
import { findCrossings } from '../../src/geo/crossings.ts';
import { geodesicAreaM2 } from '../../src/geo/measure.ts';
import { type Message, say } from '../../src/i18n/i18n.ts';

const root = resolve(import.meta.dirname, '../..');

const square = (w: number, s: number, d: number): number[][] => [
  [w, s],
  [w + d, s],
  [w + d, s + d],
  [w, s + d],
  [w, s],
];

function collection(...features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function feature(geometry: unknown, properties: unknown = {}): unknown {
  return { type: 'Feature', geometry, properties };
}

const point = { type: 'Point', coordinates: [105.9, 29.35] };

describe('properties the map cannot draw', () => {
  it('refuses a property nested 10,000 levels deep, naming it, without overflowing', () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":${JSON.stringify(point)},"properties":{"tree":${deep}}}]}`;
    const r = checkImport(text, 'deep.geojson');
    expect(r.valid).toEqual([]);
    expect(r.issues).toEqual([
      {
        feature: '#1',
        path: 'features[0].properties.tree',
        problem: expect.stringMatching(
          /^property "tree" is nested more than 32 levels deep \(tree\.a\.a\.a\.a…\)/,
        ),
        says: { key: 'validate.tooDeep', params: { key: '"tree"', depth: 32, shown: 'tree.a.a.a.a' } },
      },
    ]);
  });

  it('keeps a value nested 32 levels deep', () => {
    const ok = `${'['.repeat(31)}1${']'.repeat(31)}`;
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":${JSON.stringify(point)},"properties":{"list":${ok}}}]}`;
    expect(checkImport(text, 'ok.geojson').valid).toHaveLength(1);
  });

  it('refuses property names the tile encoder looks up on Object.prototype', () => {
    for (const key of ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty']) {
      const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":${JSON.stringify(point)},"properties":{"${key}":"x","name":"A"}}]}`;
      const r = checkImport(text, 'keys.geojson');
      expect(r.valid, key).toEqual([]);
      expect(r.issues[0].problem).toContain(`property name "${key}" is reserved in JavaScript`);
    }
  });

  it('a nested "constructor" key is harmless (nested values are written as JSON text) and is kept', () => {
    const text = collection(feature(point, { meta: { constructor: 'x' } }));
    expect(checkImport(text, 'nested.geojson').valid).toHaveLength(1);
  });

  it('keeps an integer beyond ±2^63 as text in an import, with a warning', () => {
    const r = checkImport(collection(feature(point, { big: 1e20, small: -1e19, fine: 1e18 })), 'big.geojson');
    expect(r.valid).toHaveLength(1);
    expect(r.valid[0].properties).toEqual({
      big: '100000000000000000000',
      small: '-10000000000000000000',
      fine: 1e18,
    });
    expect(r.warnings.map((w) => [w.path, w.problem])).toEqual([
      ['features[0].properties.big', expect.stringContaining('kept as the text "100000000000000000000"')],
      ['features[0].properties.small', expect.stringContaining('kept as the text "-10000000000000000000"')],
    ]);
  });

  it('refuses those values and keys in plan data too', () => {
    const f = (properties: Record<string, unknown>) => ({
      type: 'FeatureCollection',
      features: [feature(point, properties)],
    });
    const messages = (properties: Record<string, unknown>) =>
      validateFeatureCollection(f(properties), 'airports.geojson').map((i) => i.message);
    expect(messages({ id: 'x', area: 1e20 })).toContain(
      `property "area" is the integer 100000000000000000000, beyond ±2^63, the largest the map's tiles can hold: write it as a string`,
    );
    expect(messages({ id: 'x', constructor: 1 }).join('\n')).toContain(
      'property name "constructor" is reserved',
    );
    // The user checks leave big integers to the import, which keeps them as text.
    expect(validateUserCollection(f({ area: 1e20 }), 'u.geojson')).toEqual([]);
  });
});

describe('geometry that must not be measured', () => {
  it('refuses a hole outside its shell, and no area is ever negative', () => {
    const geometry = {
      type: 'MultiPolygon',
      coordinates: [[square(105.9, 29.3, 0.01), square(105.95, 29.3, 0.02)]],
    };
    const r = checkImport(collection(feature(geometry)), 'hole.geojson');
    expect(r.valid).toEqual([]);
    expect(r.issues).toEqual([
      {
        feature: '#1',
        path: 'features[0].geometry.coordinates[0][1]',
        problem: expect.stringMatching(/^hole lies outside the polygon's outer ring/),
        says: { key: 'validate.holeOutside' },
      },
    ]);
    expect(geodesicAreaM2(geometry as GeoJSON.MultiPolygon)).toBe(0);
  });

  it('refuses a hole that crosses its shell, and keeps one inside it (touching at a corner is fine)', () => {
    const crossing = {
      type: 'Polygon',
      coordinates: [square(105.9, 29.3, 0.02), square(105.91, 29.31, 0.02)],
    };
    expect(checkImport(collection(feature(crossing)), 'c.geojson').issues[0].problem).toMatch(
      /^hole crosses the polygon's outer ring at \[105\.91, 29\.32\], \[105\.92, 29\.31\]: a hole must lie inside it/,
    );
    const inside = { type: 'Polygon', coordinates: [square(105.9, 29.3, 0.02), square(105.9, 29.3, 0.01)] };
    const r = checkImport(collection(feature(inside)), 'i.geojson');
    expect(r.issues).toEqual([]);
    expect(r.rows[0].areaM2).toBeGreaterThan(0);
  });

  it('refuses a whole-world polygon instead of measuring it 0 m²', () => {
    const world = {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -90],
          [180, -90],
          [180, 90],
          [-180, 90],
          [-180, -90],
        ],
      ],
    };
    const r = checkImport(collection(feature(world)), 'world.geojson');
    expect(r.valid).toEqual([]);
    expect(r.issues[0].problem).toContain(
      'covers more than half the globe: is the ring wound the wrong way or is it a world outline?',
    );
  });

  it('refuses GeometryCollections nested 10,000 deep without overflowing', () => {
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":${'{"type":"GeometryCollection","geometries":['.repeat(10_000)}${JSON.stringify(point)}${']}'.repeat(10_000)}}]}`;
    const r = checkImport(text, 'nested.geojson');
    expect(r.valid).toEqual([]);
    expect(r.issues[0].problem).toBe(
      'GeometryCollections are nested more than 8 deep here: flatten them into one collection',
    );
  });

  it('counts a null geometry as an issue with its reason', () => {
    const r = checkImport(collection(feature(null, { name: 'Nowhere' }), feature(point)), 'null.geojson');
    expect(r.total).toBe(2);
    expect(r.valid).toHaveLength(1);
    expect(r.issues).toEqual([
      {
        feature: '#1 “Nowhere”',
        path: 'features[0].geometry',
        problem: 'no geometry: nothing to draw',
        says: { key: 'validate.noGeometry' },
      },
    ]);
  });
});

describe('crossings by sweep', () => {
  /** A star-shaped ring with random radii: some self-cross once the noise moves vertices around. */
  function noisyRing(n: number, seed: number): number[][] {
    let s = seed;
    const rand = () => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s / 2 ** 31;
    };
    const ring: number[][] = [];
    for (let k = 0; k < n; k++) {
      const a = (2 * Math.PI * k) / n;
      const r = 0.5 + rand();
      ring.push([Math.cos(a) * r + (rand() - 0.5) * 0.6, Math.sin(a) * r + (rand() - 0.5) * 0.6]);
    }
    ring.push(ring[0]);
    return ring;
  }

  it('finds the same crossings as @turf/kinks on 200 random rings', () => {
    let crossed = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const ring = noisyRing(12 + (seed % 20), seed);
      const ours = findCrossings([ring]).crossings.length;
      const theirs = kinks({ type: 'Polygon', coordinates: [ring] }).features.length;
      expect(ours, `seed ${seed}`).toBe(theirs);
      if (ours > 0) crossed++;
    }
    expect(crossed).toBeGreaterThan(20);
  });

  it('a valid polygon of 100,000 vertices validates without throwing', () => {
    const n = 100_000;
    const ring: number[][] = [];
    for (let k = 0; k < n; k++) {
      const a = (2 * Math.PI * k) / n;
      ring.push([105.9 + 0.05 * Math.cos(a), 29.35 + 0.05 * Math.sin(a)]);
    }
    ring.push(ring[0]);
    const r = checkImport(collection(feature({ type: 'Polygon', coordinates: [ring] })), 'big.geojson');
    expect(r.issues).toEqual([]);
    expect(r.rows[0].areaM2).toBeGreaterThan(7e7);
  });

  it('a bow-tie of 100,000 vertices is found crossing itself', () => {
    const n = 50_000;
    const ring: number[][] = [];
    for (let k = 0; k <= n; k++) ring.push([105.9 + (0.1 * k) / n, 29.3 + 0.001 * Math.sin(k)]);
    for (let k = 0; k <= n; k++) ring.push([106.0 - (0.1 * k) / n, 29.35 - (0.1 * k) / n]);
    ring.push(ring[0]);
    const r = checkImport(collection(feature({ type: 'Polygon', coordinates: [ring] })), 'bow.geojson');
    expect(r.valid).toEqual([]);
    expect(r.issues[0].problem).toMatch(/^polygon ring crosses itself at /);
  });
});

describe('encodings', () => {
  const json = collection(feature(point, { name: '永川区' }));
  const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  const concat = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let k = 0;
    for (const p of parts) {
      out.set(p, k);
      k += p.length;
    }
    return out;
  };
  const name = async (bytes: Uint8Array<ArrayBuffer>) => {
    const r = await checkImportFile(new Blob([bytes]), 'x.geojson');
    return {
      name: r.valid[0]?.properties?.name,
      warnings: r.warnings.map((w) => w.problem),
      issues: r.issues.map((i) => i.problem),
    };
  };
  const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
  const swap = (b: Uint8Array) => b.map((_, k) => b[k % 2 === 0 ? k + 1 : k - 1]);

  it('reads UTF-16 with either byte-order mark, and without one', async () => {
    expect(await name(concat(Uint8Array.of(0xff, 0xfe), utf16le(json)))).toEqual({
      name: '永川区',
      warnings: ['read as UTF-16LE (byte-order mark FF FE): GeoJSON should be UTF-8'],
      issues: [],
    });
    expect((await name(concat(Uint8Array.of(0xfe, 0xff), swap(utf16le(json))))).name).toBe('永川区');
    expect((await name(utf16le(json))).warnings[0]).toMatch(/^read as UTF-16LE \(no byte-order mark\)/);
  });

  it('reads GBK as GB18030, with a note naming the first byte that is not UTF-8', async () => {
    const [head, tail] = json.split('永川区');
    const gbk = concat(ascii(head), Uint8Array.of(0xd3, 0xc0, 0xb4, 0xa8, 0xc7, 0xf8), ascii(tail));
    const r = await name(gbk);
    expect(r.name).toBe('永川区');
    expect(r.warnings).toEqual([
      `read as GBK/GB18030: the file is not UTF-8 (byte 0xD3 at offset ${head.length}); check that the names read correctly, and save the file as UTF-8`,
    ]);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, saying so', async () => {
    const [head, tail] = json.split('永川区');
    // 0xFF never starts a character in either encoding.
    const r = await name(concat(ascii(head), Uint8Array.of(0xff), ascii(tail)));
    expect(r.name).toBeUndefined();
    expect(r.issues).toEqual([
      `not valid UTF-8 (byte 0xFF at offset ${head.length}), nor GBK/GB18030: is it in another encoding (Latin-1, Big5…)? Save the file as UTF-8`,
    ]);
  });

  it('finds the first invalid UTF-8 byte, and none in valid text', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('永川 ok'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xe6, 0xb0))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xed, 0xa0, 0x80))).toBe(1);
  });
});

describe('limits', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const huge = { size: IMPORT_LIMITS.bytes + 1 } as Blob;
    const r = await checkImportFile(huge, 'huge.geojson');
    expect(r.refused).toBe(true);
    expect(r.issues[0].problem).toBe('file is 256 MB: the limit is 256 MB (split the file or simplify it)');
    expect(say('zh', r.issues[0].says as Message)).toBe(
      '文件大小 256 MB，超过每个文件 256 MB 的上限（请拆分或简化文件）',
    );
  });

  it('refuses a file over the vertex limit, naming it', () => {
    const coords = `[105.9,29.3],`.repeat(IMPORT_LIMITS.vertices);
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[${coords}[105.9,29.3]]}}]}`;
    const r = checkImport(text, 'many.geojson');
    expect(r.refused).toBe(true);
    expect(r.issues[0].problem).toBe(
      'file holds more than 2,000,000 positions, the limit for one import: simplify it or split it into several files',
    );
  });
});

describe('duplicate ids', () => {
  it('renames a repeated id in a user file and says so, keeping every feature', () => {
    const r = checkImport(
      collection(
        { ...(feature(point, { id: 'a', name: 'One' }) as object), id: 7 },
        { ...(feature(point, { id: 'a', name: 'Two' }) as object), id: 7 },
        feature(point, { id: 'a' }),
      ),
      'dup.geojson',
    );
    expect(r.valid.map((f) => [f.id, f.properties?.id])).toEqual([
      [7, 'a'],
      ['7 (2)', 'a (2)'],
      [undefined, 'a (3)'],
    ]);
    expect(r.warnings.map((w) => `${w.path}: ${w.problem}`)).toEqual([
      'features[1].id: id 7 is already used by feature #1: renamed "7 (2)"',
      'features[1].properties.id: id "a" is already used by feature #1: renamed "a (2)"',
      'features[2].properties.id: id "a" is already used by feature #1: renamed "a (3)"',
    ]);
  });

  it('the quick check before drawing a plan file leaves out properties the map cannot write', () => {
    const zones = JSON.parse(readFileSync(join(root, 'geodata/expansion-zones.geojson'), 'utf8'));
    zones.features[0].properties.constructor = 'x';
    zones.features[1].properties.area_code = 1e20;
    const text = JSON.stringify(zones);
    const kept = quickCollection([{ id: 'expansion-zones', file: 'expansion-zones.geojson', text }]).features;
    expect(kept.map((f) => f.properties.id)).toEqual(
      zones.features.slice(2).map((f: GeoJSON.Feature) => f.properties?.id),
    );
  });

  it('across plan files, blames the changed file that reuses an id and keeps the genuine feature', () => {
    const read = (id: LayerId): LayerText => ({
      id,
      file: `${id}.geojson`,
      text: readFileSync(join(root, 'geodata', `${id}.geojson`), 'utf8'),
    });
    const airports = read('airports');
    const zones = read('expansion-zones');
    const tampered = JSON.parse(zones.text as string);
    tampered.features[0].properties.id = 'airport-daan';
    const texts = [{ ...zones, text: JSON.stringify(tampered) }, airports];
    const result = validatePlanTexts(texts, ['expansion-zones.geojson']);
    expect(result.messages).toEqual([
      `expansion-zones.geojson: features[0] (id "airport-daan") at features[0].properties.id: duplicate id "airport-daan" (first used by features[0] in airports.geojson)`,
    ]);
    expect(result.rejected).toEqual([{ file: 'expansion-zones.geojson', id: 'airport-daan' }]);
    const all = quickCollection(texts);
    const kept = withoutRejected(all, result).features;
    expect(kept.length).toBe(all.features.length - 1);
    expect(kept.filter((f) => f.properties.id === 'airport-daan').map((f) => f.properties.layer)).toEqual([
      'airports',
    ]);
  });
});
