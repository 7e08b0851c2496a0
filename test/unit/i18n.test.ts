import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDUSTRY_IDS, STATUSES, UNITS } from '../../src/data/schema.ts';
import { allMessages, browserLang, t } from '../../src/i18n/i18n.ts';
import { LAYER_GROUPS } from '../../src/layers/types.ts';

const { zh, en } = await allMessages();

describe('i18n coverage', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)])
      expect(value.trim(), key).not.toBe('');
  });

  it('keeps placeholders the same in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zh)) expect(holes(en[key]), key).toEqual(holes(zh[key]));
  });

  it('has a string for every status, unit, industry and layer group the data can hold', () => {
    const keys = [
      ...STATUSES.map((s) => `status.${s}`),
      ...UNITS.map((u) => `unit.${u}`),
      ...INDUSTRY_IDS.map((i) => `industry.${i}`),
      ...LAYER_GROUPS.map((g) => `group.${g}`),
    ];
    for (const key of keys) expect(zh, key).toHaveProperty([key]);
  });

  it('has every key the source code asks for', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const used = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(`src/${f}`, 'utf8').matchAll(/\bt\(\s*[\w.]+,\s*'([\w.-]+)'/g))
        used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(zh, key).toHaveProperty([key]);
  });

  it('fills placeholders and picks the browser language', () => {
    expect(t('en', 'layers.count', { count: 4 })).toBe('4 features');
    expect(browserLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLang(['zh-TW'])).toBe('zh');
    expect(browserLang(['fr-FR'])).toBe('zh');
  });
});
