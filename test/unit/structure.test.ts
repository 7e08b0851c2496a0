/**
 * The house rules biome cannot check (it checks import cycles and forbidden directions, biome.json):
 * no source file under src/ is over 400 lines, and only src/map/ touches MapLibre at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [relative(root, path)] : [];
  });
}

const files = sources(join(root, 'src'));
const text = (f: string) => readFileSync(join(root, f), 'utf8');

describe('the house', () => {
  it('keeps every source file under src/ at 400 lines or fewer', () => {
    const long = files
      .map((f) => ({ f, lines: text(f).split('\n').length }))
      .filter((x) => x.lines > 400)
      .map((x) => `${x.f}: ${x.lines} lines`);
    expect(long).toEqual([]);
  });

  it('imports MapLibre at run time only in src/map/ (types may be named anywhere)', () => {
    const runtime = /^import\s+(?!type\b)[^;]*from\s+'maplibre-gl(\/[^']*)?'/m;
    const outside = files.filter((f) => !f.startsWith('src/map/') && runtime.test(text(f)));
    expect(outside).toEqual([]);
  });

  it('uses the map controller, never its MapLibre map, outside src/map/', () => {
    const reach =
      /\bcontroller\??\.map\b|\.map\.(fly|jump|ease|fit|on|off|once|get|set|add|remove|query|project|stop)\w*\(/;
    const outside = files.filter((f) => !f.startsWith('src/map/') && reach.test(text(f)));
    expect(outside).toEqual([]);
  });
});
