/**
 * Zod issues in plain words: turns the schema's validation issues into messages a data
 * author understands (required values, wrong types, unknown enum values and keys with
 * "did you mean" hints, bounds and formats).
 */
import type { z } from 'zod';
import { describeValue, suggestion } from './issues.ts';

type ZodIssue = z.core.$ZodIssue;

const ENUM_NOUNS: Record<string, [string, string]> = {
  layer: ['layer', 'layers'],
  unit: ['unit', 'units'],
  status: ['status', 'statuses'],
  kind: ['kind', 'kinds'],
  geometry_accuracy: ['geometry_accuracy', 'values'],
  industries: ['industry', 'industries'],
  id: ['id', 'ids'],
  basis: ['basis', 'values'],
  comparator: ['comparator', 'comparators'],
  attribute: ['attribute', 'attributes'],
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** The name a message uses for the value at `path`: `value`, `name_zh`, `industries[1]`. */
function nameOf(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return typeof parent === 'string' ? `${parent}[${last}]` : `item [${last}]`;
  }
  return String(last);
}

function enumKey(path: readonly PropertyKey[]): string | undefined {
  for (let k = path.length - 1; k >= 0; k--) if (typeof path[k] === 'string') return String(path[k]);
  return undefined;
}

interface SchemaNode {
  def?: {
    type?: string;
    innerType?: unknown;
    shape?: Record<string, unknown>;
    element?: unknown;
    valueType?: unknown;
  };
}

/** The object keys the schema allows at `path`, for "did you mean" hints on unknown keys. */
function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] | undefined {
  let node = schema as SchemaNode | undefined;
  const unwrap = () => {
    while (node?.def && ['optional', 'nullable', 'default', 'readonly'].includes(node.def.type ?? '')) {
      node = node.def.innerType as SchemaNode;
    }
  };
  unwrap();
  for (const k of path) {
    const def = node?.def;
    if (!def) return undefined;
    if (def.type === 'object' && typeof k === 'string') node = def.shape?.[k] as SchemaNode;
    else if (def.type === 'array' && typeof k === 'number') node = def.element as SchemaNode;
    else if (def.type === 'record') node = def.valueType as SchemaNode;
    else return undefined;
    unwrap();
  }
  return node?.def?.type === 'object' && node.def.shape ? Object.keys(node.def.shape) : undefined;
}

/** True if zod used its own wording (then we write ours), false for the schema's custom messages. */
function isDefaultZodMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized)/.test(message);
}

/** Translates zod issues for `data` (validated by `schema`) into plain-worded messages at their paths. */
export function describeZodIssues(
  issues: readonly ZodIssue[],
  data: unknown,
  schema: unknown,
): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const value = valueAt(data, path);
    const name = nameOf(path);
    const custom = !isDefaultZodMessage(issue.message);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = String(issue.expected);
        if (value === undefined) out.push({ path, message: `${name} is required` });
        else if (expected === 'number' && typeof value === 'number')
          out.push({ path, message: `${name} must be a finite number, got ${describeValue(value)}` });
        else {
          const article = /^[aeiou]/.test(expected) ? 'an' : 'a';
          out.push({ path, message: `${name} must be ${article} ${expected}, got ${describeValue(value)}` });
        }
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        if (value === undefined) {
          out.push({ path, message: `${name} is required` });
        } else if (issue.values.length === 1 && typeof issue.values[0] === 'boolean') {
          out.push({
            path,
            message: `${name} must be ${values[0]} or left out, got ${describeValue(value)}`,
          });
        } else if (typeof value === 'string') {
          const key = enumKey(path) ?? name;
          const [noun, plural] = ENUM_NOUNS[key] ?? [key, 'values'];
          out.push({
            path,
            message: `unknown ${noun} ${JSON.stringify(value)}${suggestion(value, values)}: known ${plural} are ${values.join(', ')}`,
          });
        } else {
          out.push({
            path,
            message: `${name} must be one of ${values.join(', ')}; got ${describeValue(value)}`,
          });
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const bound = small
          ? (issue as { minimum: number | bigint }).minimum
          : (issue as { maximum: number | bigint }).maximum;
        const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
        const origin = (issue as { origin?: string }).origin;
        if (custom) out.push({ path, message: `${name} ${issue.message}` });
        else if (origin === 'array' || origin === 'set')
          out.push({
            path,
            message: `${name} must have ${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}, got ${Array.isArray(value) ? value.length : describeValue(value)}`,
          });
        else if (origin === 'string')
          out.push({
            path,
            message: `${name} must be ${small ? 'at least' : 'at most'} ${bound} characters long, got ${describeValue(value)}`,
          });
        else {
          const rel = small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
          out.push({ path, message: `${name} must be ${rel} ${bound}, got ${describeValue(value)}` });
        }
        break;
      }
      case 'invalid_format': {
        const got = typeof value === 'string' ? JSON.stringify(value) : describeValue(value);
        if (custom) out.push({ path, message: `${name} ${issue.message}, got ${got}` });
        else if (issue.format === 'regex')
          out.push({
            path,
            message: `${name} must match ${(issue as { pattern?: string }).pattern}, got ${got}`,
          });
        else out.push({ path, message: `${name} must be a valid ${issue.format}, got ${got}` });
        break;
      }
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, path);
        for (const key of issue.keys) {
          const hint = allowed ? suggestion(key, allowed) : '';
          const list = !hint && allowed ? `: allowed are ${allowed.join(', ')}` : '';
          out.push({
            path: [...path, key],
            message: `unknown property ${JSON.stringify(key)}${hint}${list}`,
          });
        }
        break;
      }
      case 'not_multiple_of':
        out.push({
          path,
          message: `${name} must be a multiple of ${issue.divisor}, got ${describeValue(value)}`,
        });
        break;
      default:
        out.push({ path, message: `${name} is not valid: ${issue.message}` });
    }
  }
  return out;
}
