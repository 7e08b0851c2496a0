import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticesText, runtimeNotices } from '../../scripts/licences/third-party-notices.ts';

const root = join(import.meta.dirname, '../..');

describe('third-party notices', () => {
  const notices = runtimeNotices(root);

  it('lists every runtime package of the lockfile with its version, licence and text, and no build tool', () => {
    const byName = new Map(notices.map((n) => [n.name, n]));
    expect(byName.get('maplibre-gl')).toMatchObject({ version: '6.17.0', licence: 'BSD-3-Clause' });
    expect(byName.get('lit')?.licence).toBe('BSD-3-Clause');
    expect(byName.get('geojson-validation')?.licence).toMatch(/^LGPL/);
    expect(byName.get('geojson-validation')?.text).toMatch(/GNU LESSER GENERAL PUBLIC LICENSE/i);
    for (const tool of ['vite', 'vitest', 'typescript', '@biomejs/biome', 'playwright-core'])
      expect(byName.has(tool), tool).toBe(false);
    expect(notices.every((n) => n.text.length > 0)).toBe(true);
  });

  it('reads as a list, then each licence in full', () => {
    const text = noticesText(notices);
    expect(text).toContain('  maplibre-gl 6.17.0 — BSD-3-Clause');
    expect(text.split('='.repeat(78)).length - 1).toBe(notices.length);
  });
});
