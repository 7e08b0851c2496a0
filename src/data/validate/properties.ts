/**
 * Properties the map can validate but not draw. MapLibre's GeoJSON worker writes every
 * feature into vector tiles (maplibre-gl-worker, `writeProperties` / `writeValue`):
 * - a top-level key that names a member of `Object.prototype` (`constructor`, `__proto__`,
 *   `toString`…) hits its key cache, a plain object, and the whole layer fails to draw;
 * - a nested value is written with `JSON.stringify`, which overflows the stack on a value
 *   nested thousands of levels deep, and the layer fails again;
 * - an integer of magnitude 2^63 (≈ 9.2e18) or more does not fit the 10-byte varint, and
 *   every tile that holds it is lost, with its innocent neighbours.
 * The first two refuse the feature, in plan files and imports alike; big integers refuse a
 * plan feature and, in an import, are kept as text with a warning (`cleanBigIntegers`).
 */
import { msg } from '../../i18n/i18n.ts';
import { formatPath, type Seg, type Sink } from './issues.ts';

/** Deepest nesting of objects and arrays a property value may have. */
export const MAX_PROPERTY_DEPTH = 32;
/** Integers of this magnitude or more cannot be written into a vector tile. */
export const MAX_TILE_INTEGER = 2 ** 63;

const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** True for a key the map's tile encoder cannot use as a property name. */
export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key);
}

/** True for a number the tile encoder cannot write. */
export function isUnwritableInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= MAX_TILE_INTEGER;
}

/**
 * The path (below the property) to the first place nested deeper than `MAX_PROPERTY_DEPTH`,
 * or undefined. Iterative, so that a value nested 10,000 levels deep cannot overflow the stack.
 */
function tooDeep(value: unknown): Seg[] | undefined {
  const stack: { v: unknown; path: Seg[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: Seg[] };
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= MAX_PROPERTY_DEPTH) return path;
    // Only objects and arrays go on the stack: a list of a million numbers costs one pass.
    const push = (child: unknown, seg: Seg) => {
      if (typeof child === 'object' && child !== null) stack.push({ v: child, path: [...path, seg] });
    };
    if (Array.isArray(v)) for (let k = 0; k < v.length; k++) push(v[k], k);
    else for (const key of Object.keys(v)) push((v as Record<string, unknown>)[key], key);
  }
  return undefined;
}

/** True when the map can write these properties into its tiles (the cheap check before drawing). */
export function tileSafe(props: Record<string, unknown>): boolean {
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (isReservedKey(key) || isUnwritableInteger(value) || tooDeep(value)) return false;
  }
  return true;
}

/**
 * Reports what the map cannot draw in one feature's properties (`ps` is their path).
 * `bigIntegers`: report integers too large for a tile (plan data), or leave them to the
 * import, which keeps them as text.
 */
export function checkDrawableProperties(
  props: Record<string, unknown>,
  ps: Seg[],
  sink: Sink,
  bigIntegers: 'report' | 'ignore',
): void {
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (isReservedKey(key)) {
      const params = {
        key: JSON.stringify(key),
        suggestion: JSON.stringify(`${key.replace(/^_+|_+$/g, '')}_`),
      };
      sink.add(
        [...ps, key],
        `property name ${params.key} is reserved in JavaScript and the map cannot draw a feature that uses it: rename the property (e.g. ${params.suggestion})`,
        msg('validate.reservedKey', params),
      );
    }
    const deep = tooDeep(value);
    if (deep) {
      const shown = formatPath([key, ...deep.slice(0, 4)]);
      sink.add(
        [...ps, key],
        `property ${JSON.stringify(key)} is nested more than ${MAX_PROPERTY_DEPTH} levels deep (${shown}…): the map cannot draw values nested deeper than ${MAX_PROPERTY_DEPTH} levels`,
        msg('validate.tooDeep', { key: JSON.stringify(key), depth: MAX_PROPERTY_DEPTH, shown }),
      );
    }
    if (bigIntegers === 'report' && isUnwritableInteger(value))
      sink.add([...ps, key], bigIntegerMessage(key, value, false));
  }
}

function bigIntegerMessage(key: string, value: number, kept: boolean): string {
  const head = `property ${JSON.stringify(key)} is the integer ${value}, beyond ±2^63, the largest the map's tiles can hold`;
  return kept
    ? `${head}: kept as the text ${JSON.stringify(bigIntegerText(value))}`
    : `${head}: write it as a string`;
}

/** The integer's digits, as a string the map can draw. */
function bigIntegerText(value: number): string {
  return BigInt(value).toString();
}

/**
 * Rewrites, in place, each top-level property holding an integer too large for a tile as its
 * digits (a string); returns one warning per property rewritten.
 */
export function cleanBigIntegers(
  props: Record<string, unknown>,
): { key: string; message: string; params: { key: string; value: string; text: string } }[] {
  const out: { key: string; message: string; params: { key: string; value: string; text: string } }[] = [];
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (!isUnwritableInteger(value)) continue;
    const params = {
      key: JSON.stringify(key),
      value: String(value),
      text: JSON.stringify(bigIntegerText(value)),
    };
    out.push({ key, message: bigIntegerMessage(key, value, true), params });
    props[key] = bigIntegerText(value);
  }
  return out;
}
