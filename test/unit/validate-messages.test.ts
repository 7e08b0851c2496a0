import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  issueMessage,
  parseJsonText,
  validateFeatureCollection,
  validateUserCollection,
} from '../../src/data/validate.ts';
import { say } from '../../src/i18n/i18n.ts';

const dirs = ['test/fixtures/geojson/bad', 'test/fixtures/geojson/user'];
const files = dirs.flatMap((d) => readdirSync(d).map((f) => `${d}/${f}`));

describe('import problems in both languages', () => {
  it('every problem a user file can have is a message code, said in Chinese too', () => {
    let checked = 0;
    const english: string[] = [];
    for (const file of files) {
      const parsed = parseJsonText(readFileSync(file, 'utf8'), file);
      const issues = parsed.value === undefined ? parsed.issues : validateUserCollection(parsed.value, file);
      for (const i of issues) {
        checked += 1;
        if (!i.says) {
          english.push(`${file}: ${i.message}`);
          continue;
        }
        // The code says the same as the English the command line prints.
        expect(say('en', i.says), file).toBe(i.message);
        expect(say('zh', i.says), file).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(english).toEqual([]);
  });

  it('says a swapped position and a crossing ring in Chinese', () => {
    const collection = (coordinates: unknown, type = 'Polygon') => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type, coordinates } }],
    });
    const [swapped] = validateUserCollection(collection([29.3, 105.9], 'Point'), 'x');
    expect(say('zh', swapped.says!)).toBe(
      '经度 29.3 / 纬度 105.9 似乎写反了（此处经度应在 105–107 之间）：请写成 [105.9, 29.3]',
    );
    const bowTie = [
      [
        [105.9, 29.3],
        [105.91, 29.31],
        [105.91, 29.3],
        [105.9, 29.31],
        [105.9, 29.3],
      ],
    ];
    const [crossing] = validateUserCollection(collection(bowTie), 'x');
    expect(say('zh', crossing.says!)).toMatch(/^多边形的环在 \[105\.905, 29\.305\] 处自相交$/);
    expect(crossing.message).toMatch(/^polygon ring crosses itself at \[105\.905, 29\.305\]$/);
  });

  it('data problems read as before in English, and say where they are in Chinese', () => {
    let checked = 0;
    for (const file of readdirSync('test/fixtures/geojson/bad').map(
      (f) => `test/fixtures/geojson/bad/${f}`,
    )) {
      const parsed = parseJsonText(readFileSync(file, 'utf8'), file);
      const issues =
        parsed.value === undefined ? parsed.issues : validateFeatureCollection(parsed.value, file);
      for (const i of issues) {
        checked += 1;
        expect(say('en', issueMessage(i))).toBe(formatIssue(i));
        if (i.says) expect(say('zh', issueMessage(i))).toContain(`：${say('zh', i.says)}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
