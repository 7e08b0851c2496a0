/**
 * CSV as every export of the atlas writes it: UTF-8 with a byte-order mark (so that Excel and WPS
 * read the Chinese), CRLF line ends, RFC 4180 quoting.
 *
 * A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a
 * formula in a spreadsheet (a feature named `=HYPERLINK(…)`, an imported property `+1+1`), so it
 * is written with a leading apostrophe and quoted, which spreadsheets show as the text itself.
 * Numbers are written as numbers: the atlas formats them, and a number cannot be a formula.
 */
export type CsvValue = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
