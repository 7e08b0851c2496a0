import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digests } from 'virtual:geodata-digests';
import { describe, expect, it } from 'vitest';
import { changedSinceBuild, type LayerText } from '../../src/data/plan-data.ts';

const root = join(import.meta.dirname, '../..');
const text = (file: string) => readFileSync(join(root, 'geodata', file), 'utf8');

describe('the files the build validated', () => {
  it('has the digest of every layer file', () => {
    const file = 'expansion-zones.geojson';
    expect(digests[file]).toBe(
      createHash('sha256')
        .update(readFileSync(join(root, 'geodata', file)))
        .digest('hex'),
    );
    expect(Object.keys(digests).length).toBeGreaterThanOrEqual(40);
  });

  it('tells a file as built from one that changed by a byte, or did not load', async () => {
    const same: LayerText = {
      id: 'expansion-zones',
      file: 'expansion-zones.geojson',
      text: text('expansion-zones.geojson'),
    };
    const edited: LayerText = {
      ...same,
      id: 'rail-lines',
      file: 'rail-lines.geojson',
      text: `${text('rail-lines.geojson')} `,
    };
    const missing: LayerText = {
      id: 'airports',
      file: 'airports.geojson',
      error: 'could not be loaded (HTTP 404)',
    };
    const changed = await changedSinceBuild([same, edited, missing], digests);
    expect(changed.map((t) => t.file)).toEqual(['rail-lines.geojson', 'airports.geojson']);
  });
});
