/**
 * The hostile import corpus (test/fixtures/geojson/hostile/): every file goes through the
 * data worker's own check (`checkImportFile`: size limit, encoding, parse, validate, measure)
 * and must give the outcome and the message its manifest, expected.json, names. The tally
 * is printed for the closing note of issue 16.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportCheck } from '../../src/data/import/import-check.ts';
import { checkImportFile } from '../../src/data/import/import-task.ts';
import { say } from '../../src/i18n/i18n.ts';

type Outcome = 'refused' | 'rejected' | 'warned' | 'imported';
interface Expected {
  outcome: Outcome;
  accepted: number;
  total: number;
  message?: string;
  name?: string;
}

const dir = resolve(import.meta.dirname, '../fixtures/geojson/hostile');
const manifest = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  files: Record<string, Expected>;
};
const entries = Object.entries(manifest.files);

function outcomeOf(r: ImportCheck): Outcome {
  if (r.refused) return 'refused';
  if (r.valid.length === 0) return 'rejected';
  return r.warnings.length > 0 ? 'warned' : 'imported';
}

let coded = 0;
const tally: Record<Outcome, number> = { refused: 0, rejected: 0, warned: 0, imported: 0 };

describe('hostile import corpus', () => {
  it('has at least 30 files, each in the manifest, each with its own message', () => {
    const files = readdirSync(dir).filter((f) => f !== 'expected.json');
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.sort()).toEqual(Object.keys(manifest.files).sort());
    const messages = entries.flatMap(([, e]) => (e.message ? [e.message] : []));
    expect(new Set(messages).size).toBe(messages.length);
    for (const [file, e] of entries)
      expect(e.message !== undefined || e.name !== undefined, `${file} names what it must show`).toBe(true);
  });

  it.each(entries)('%s', async (file, e) => {
    const bytes = readFileSync(join(dir, file));
    const r = await checkImportFile(new Blob([new Uint8Array(bytes)]), file);
    const outcome = outcomeOf(r);
    tally[outcome]++;
    expect({ outcome, accepted: r.valid.length, total: r.total }).toEqual({
      outcome: e.outcome,
      accepted: e.accepted,
      total: e.total,
    });
    // Every feature left out is accounted for by at least one problem naming it.
    const named = new Set(r.issues.map((i) => i.feature).filter((f) => f !== ''));
    if (!r.refused) expect(named.size).toBe(r.total - r.valid.length);
    if (e.message !== undefined) {
      const where = e.outcome === 'warned' ? r.warnings : r.issues;
      expect(where.map((i) => i.problem).join('\n')).toContain(e.message);
    } else {
      expect(r.issues).toEqual([]);
      expect(r.warnings).toEqual([]);
      // Nothing is rewritten: the properties arrive as the file wrote them (an HTML or javascript: name stays text).
      const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { features: GeoJSON.Feature[] };
      expect(r.valid.map((f) => f.properties)).toEqual(parsed.features.map((f) => f.properties));
    }
    if (e.name !== undefined) expect(r.rows[0]?.name).toBe(e.name);
    // What the import itself found is said in both languages; its English is the problem's text.
    for (const row of [...r.issues, ...r.warnings]) {
      if (!row.says) continue;
      coded++;
      expect(say('en', row.says)).toBe(row.problem);
      expect(say('zh', row.says)).not.toMatch(/\{\w+\}/);
      expect(say('zh', row.says)).not.toBe(row.problem);
    }
  });

  it('the import-level messages are bilingual', () => {
    expect(coded).toBeGreaterThanOrEqual(7);
  });

  afterAll(() => {
    const n = entries.length;
    console.log(
      `hostile import corpus: ${n} files: ${tally.refused} refused whole, ${tally.rejected} with every feature refused, ${tally.warned} imported with warnings, ${tally.imported} imported without (${n - tally.refused - tally.rejected} of ${n} imported at least in part)`,
    );
  });
});
