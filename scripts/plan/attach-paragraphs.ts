/**
 * Fills in the `paragraph` of every plan_ref that has none, from its quote: the one paragraph of
 * geodata/plan/plan.json that holds the quote verbatim (where several do, the one the reference's
 * chapter, section and 专栏 agree with). A quote that stands in no paragraph, or in several the
 * reference does not tell apart, is refused with a message and left without a paragraph. A paragraph
 * already given is kept as it is (`npm run validate` checks it).
 *
 * The files keep their formatting: the key is written into the text just before the reference's
 * `quote`, in the layout the file already uses, and the result is checked to parse to the same data
 * plus the new paragraphs.
 *
 *   npm run plan:attach                  every geodata/*.geojson, industry-clusters.json, indicators.json
 *   npm run plan:attach -- FILE...       only the files given
 *
 * Exit status 1 if any quote was refused or a file could not be read.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isRecord, type Seg } from '../../src/data/validate/issues.ts';
import { formatIssue, formatPath, type ValidationIssue } from '../../src/data/validate.ts';
import { paragraphFor, planIndex, ROOT, type UnplacedRef } from './plan-files.ts';

interface FoundRef {
  path: Seg[];
  ref: Record<string, unknown>;
  featureIndex?: number;
  featureId?: string;
}

/** Every plan_ref object in a data file, in text order, with the feature or entry it belongs to. */
function findRefs(value: unknown): FoundRef[] {
  const out: FoundRef[] = [];
  const walk = (v: unknown, path: Seg[], owner: { index?: number; id?: string }) => {
    if (Array.isArray(v)) {
      v.forEach((x, k) => {
        const top = path.length === 0 || (path.length === 1 && path[0] === 'features');
        const props = isRecord(x) && isRecord(x.properties) ? x.properties : x;
        const id = isRecord(props) && typeof props.id === 'string' ? props.id : undefined;
        walk(x, [...path, k], top ? { index: k, id } : owner);
      });
    } else if (isRecord(v)) {
      for (const [key, x] of Object.entries(v)) {
        if (key === 'plan_ref' && isRecord(x))
          out.push({ path: [...path, key], ref: x, featureIndex: owner.index, featureId: owner.id });
        else walk(x, [...path, key], owner);
      }
    }
  };
  walk(value, [], {});
  return out;
}

/** Index of the quote that ends the JSON string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  throw new Error(`unterminated string at offset ${start}`);
}

/**
 * For each plan_ref object in the text, in text order, the offset of its own `"quote"` key (-1 if it
 * has none). A small scan of the JSON tokens: strings are skipped whole, so a key name inside a text
 * value is never taken for a key.
 */
function quoteKeyOffsets(text: string): number[] {
  const out: number[] = [];
  const stack: number[] = []; // per open object or array: the index in `out` of the plan_ref it is, or -1
  let refKey = false; // the last key read was "plan_ref" and its value has not started yet
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      let j = end + 1;
      while (/\s/.test(text[j] ?? '')) j++;
      const isKey = text[j] === ':';
      const name = isKey ? (JSON.parse(text.slice(i, end + 1)) as string) : undefined;
      const owner = stack[stack.length - 1];
      if (name === 'quote' && owner !== undefined && owner >= 0) out[owner] = i;
      refKey = name === 'plan_ref';
      i = end;
    } else if (c === '{' || c === '[') {
      if (c === '{' && refKey) {
        out.push(-1);
        stack.push(out.length - 1);
      } else stack.push(-1);
      refKey = false;
    } else if (c === '}' || c === ']') {
      stack.pop();
      refKey = false;
    } else if (c !== ':' && !/\s/.test(c)) {
      refKey = false;
    }
  }
  return out;
}

/** Writes `"paragraph": "<id>",` before the reference's quote key, in the layout around it. */
function insertParagraph(text: string, quoteAt: number, id: string): string {
  let ws = quoteAt;
  while (ws > 0 && /\s/.test(text[ws - 1])) ws--;
  const indent = text.slice(ws, quoteAt);
  const colon = /^"quote"(\s*:\s*)/.exec(text.slice(quoteAt))?.[1] ?? ': ';
  return `${text.slice(0, quoteAt)}"paragraph"${colon}${JSON.stringify(id)},${indent}${text.slice(quoteAt)}`;
}

function defaultFiles(): string[] {
  const dir = join(ROOT, 'geodata');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson') || f === 'industry-clusters.json' || f === 'indicators.json')
    .sort()
    .map((f) => join(dir, f));
}

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Attaches the paragraphs of one file; returns the refusals. */
function attachFile(path: string): { attached: number; issues: ValidationIssue[] } {
  const file = show(path);
  const issues: ValidationIssue[] = [];
  let text: string;
  let value: unknown;
  try {
    text = readFileSync(path, 'utf8');
    value = JSON.parse(text);
  } catch (e) {
    return {
      attached: 0,
      issues: [{ file, path: '', message: `cannot read it as JSON: ${(e as Error).message}` }],
    };
  }
  const refs = findRefs(value);
  const offsets = quoteKeyOffsets(text);
  if (offsets.length !== refs.length)
    throw new Error(`${file}: found ${refs.length} plan_refs but ${offsets.length} in the text`);
  const plan = planIndex();
  const edits: { at: number; id: string }[] = [];
  refs.forEach(({ path: segs, ref, featureIndex, featureId }, k) => {
    if (ref.paragraph !== undefined) return;
    const issue = (message: string): ValidationIssue => ({
      file,
      path: formatPath(segs),
      message,
      ...(featureIndex !== undefined ? { featureIndex } : {}),
      ...(featureId !== undefined ? { featureId } : {}),
    });
    if (typeof ref.quote !== 'string' || offsets[k] < 0) {
      issues.push(issue('plan_ref has no quote to find its paragraph by'));
      return;
    }
    const { paragraph, error } = paragraphFor(ref as UnplacedRef, plan);
    if (!paragraph) issues.push(issue(error ?? 'no paragraph'));
    else {
      edits.push({ at: offsets[k], id: paragraph });
      ref.paragraph = paragraph;
    }
  });
  if (!edits.length) return { attached: 0, issues };
  let out = text;
  for (const { at, id } of edits.sort((a, b) => b.at - a.at)) out = insertParagraph(out, at, id);
  if (!isDeepStrictEqual(JSON.parse(out), value))
    throw new Error(`${file}: the edited text does not parse to the intended data`);
  writeFileSync(path, out);
  return { attached: edits.length, issues };
}

function main(): void {
  const args = process.argv.slice(2);
  const paths = args.length ? args.map((a) => resolve(a)) : defaultFiles();
  let refused = 0;
  let unread = 0;
  for (const path of paths) {
    const { attached, issues } = attachFile(path);
    const file = show(path);
    const done = attached
      ? `${attached} paragraph${attached === 1 ? '' : 's'} attached`
      : 'nothing to attach';
    console.log(`${issues.length ? '✗' : '✓'} ${file}${attached || !issues.length ? `: ${done}` : ''}`);
    for (const i of issues) console.log(`    ${formatIssue(i, { file: false })}`);
    // An issue at the file's root is a file that could not be read; the others are refused quotes.
    unread += issues.filter((i) => i.path === '').length;
    refused += issues.filter((i) => i.path !== '').length;
  }
  if (refused) console.log(`${refused} plan_ref${refused === 1 ? '' : 's'} left without a paragraph`);
  if (unread) console.log(`${unread} file${unread === 1 ? '' : 's'} could not be read`);
  if (refused || unread) process.exitCode = 1;
}

main();
