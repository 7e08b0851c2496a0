import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/format/csv.ts';

const bytes = (s: string) => [...new TextEncoder().encode(s)];

describe('CSV cells', () => {
  it('writes a cell that would run as a formula as quoted text with a leading apostrophe', () => {
    for (const [input, expected] of [
      ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
      ['+1+1', `"'+1+1"`],
      ['-2+3', `"'-2+3"`],
      ['@SUM(A1)', `"'@SUM(A1)"`],
      ['\t=1', `"'\t=1"`],
      ['\r=1', `"'\r=1"`],
    ] as const) {
      expect(bytes(csvCell(input))).toEqual(bytes(expected));
    }
  });

  it('leaves ordinary text and numbers alone, quoting only what RFC 4180 needs', () => {
    expect(csvCell('永川 A1')).toBe('永川 A1');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes a byte-order mark, CRLF line ends and one line per row', () => {
    const csv = toCsv(['a', 'b'], [['=1', 2]]);
    expect(bytes(csv)).toEqual(bytes(`\uFEFFa,b\r\n"'=1",2\r\n`));
    expect(bytes(csv).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  });
});
