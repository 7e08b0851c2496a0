/**
 * The plan text (geodata/plan/plan.json): validates the document itself (its schema, and that its
 * ids and references hold together), and checks references into it: a plan_ref's paragraph exists,
 * its quote stands there verbatim, and the chapter, section and 专栏 it names are where that
 * paragraph stands. The browser does not load the plan, so these checks run only where the caller
 * passes a `PlanIndex` (`ValidationContext.plan`).
 */
import { type PlanDocument, type PlanParagraph, type PlanTocNode, planDocumentSchema } from '../schema.ts';
import { formatPath, isRecord, type Seg, type ValidationIssue } from './issues.ts';
import { describeZodIssues } from './zod-messages.ts';

/** Where the plan document lives, as messages name it. */
export const PLAN_FILE = 'geodata/plan/plan.json';

/** The plan document with its paragraphs and toc nodes by id. */
export interface PlanIndex {
  document: PlanDocument;
  paragraphs: ReadonlyMap<string, PlanParagraph>;
  toc: ReadonlyMap<string, PlanTocNode>;
}

export function indexPlan(document: PlanDocument): PlanIndex {
  return {
    document,
    paragraphs: new Map(document.paragraphs.map((p) => [p.id, p])),
    toc: new Map(document.toc.map((n) => [n.id, n])),
  };
}

/** A problem at a path relative to the checked object. */
export interface Finding {
  path: Seg[];
  message: string;
}

/**
 * Validates plan.json: its schema, unique ids, every toc node's parent and paragraphs, and every
 * paragraph listed by exactly one toc node and standing in toc nodes of the right kind.
 * Returns the index when the document is sound.
 */
export function validatePlanDocument(
  value: unknown,
  file: string,
): { issues: ValidationIssue[]; plan?: PlanIndex } {
  const issues: ValidationIssue[] = [];
  const push = (path: Seg[], message: string) => issues.push({ file, path: formatPath(path), message });
  const parsed = planDocumentSchema.safeParse(value);
  if (!parsed.success) {
    for (const d of describeZodIssues(parsed.error.issues, value, planDocumentSchema))
      push(d.path as Seg[], d.message);
    return { issues };
  }
  const doc = value as PlanDocument; // the raw value: zod's output trims strings
  const toc = new Map<string, PlanTocNode>();
  const listedBy = new Map<string, string>();
  doc.toc.forEach((node, k) => {
    if (toc.has(node.id)) push(['toc', k, 'id'], `duplicate toc id ${JSON.stringify(node.id)}`);
    if (node.parent !== undefined && !toc.has(node.parent))
      push(['toc', k, 'parent'], `parent ${JSON.stringify(node.parent)} is not a toc node before this one`);
    toc.set(node.id, node);
    node.paragraphs.forEach((id, j) => {
      const other = listedBy.get(id);
      if (other !== undefined)
        push(['toc', k, 'paragraphs', j], `paragraph ${JSON.stringify(id)} is also listed by ${other}`);
      else listedBy.set(id, node.id);
    });
  });
  const ids = new Set<string>();
  const kinds: [keyof PlanParagraph, PlanTocNode['kind']][] = [
    ['chapter', 'chapter'],
    ['section', 'section'],
    ['subheading', 'subheading'],
    ['box', 'box'],
    ['table', 'table'],
  ];
  doc.paragraphs.forEach((p, k) => {
    if (ids.has(p.id)) push(['paragraphs', k, 'id'], `duplicate paragraph id ${JSON.stringify(p.id)}`);
    ids.add(p.id);
    if (!listedBy.has(p.id))
      push(['paragraphs', k, 'id'], `paragraph ${JSON.stringify(p.id)} is listed by no toc node`);
    for (const [key, kind] of kinds) {
      const id = p[key];
      if (typeof id === 'string' && toc.get(id)?.kind !== kind)
        push(['paragraphs', k, key], `${key} ${JSON.stringify(id)} is not a ${kind} in the toc`);
    }
    if (p.cells !== undefined && p.cells.join(' | ') !== p.text)
      push(['paragraphs', k, 'text'], 'a table row\'s text must be its cells joined by " | "');
  });
  doc.toc.forEach((node, k) => {
    node.paragraphs.forEach((id, j) => {
      if (!ids.has(id))
        push(['toc', k, 'paragraphs', j], `paragraph ${JSON.stringify(id)} is not in paragraphs`);
    });
  });
  return issues.length ? { issues } : { issues, plan: indexPlan(doc) };
}

/** `第二节 优化主城区规划布局` for a section with a title, `第二节` for one whose heading is lost. */
function headingOf(node: PlanTocNode | undefined): string | undefined {
  if (!node) return undefined;
  return node.title_zh === null ? (node.label_zh ?? undefined) : `${node.label_zh} ${node.title_zh}`;
}

/** What a plan_ref says about where its paragraph stands. */
interface RefPlace {
  chapter?: unknown;
  section?: unknown;
  box?: unknown;
}

/** Where the reference's chapter, section and 专栏 (or table) disagree with where the paragraph stands. */
function placeFindings(ref: RefPlace, paragraph: PlanParagraph, plan: PlanIndex): Finding[] {
  const out: Finding[] = [];
  const chapter = paragraph.chapter ? plan.toc.get(paragraph.chapter) : undefined;
  if (typeof ref.chapter === 'string' && ref.chapter !== chapter?.label_zh)
    out.push({
      path: ['chapter'],
      message: `chapter is ${JSON.stringify(ref.chapter)} but paragraph ${paragraph.id} stands in ${chapter?.label_zh ?? 'the preface'}`,
    });
  const section = headingOf(paragraph.section ? plan.toc.get(paragraph.section) : undefined);
  if (typeof ref.section === 'string' && ref.section !== section)
    out.push({
      path: ['section'],
      message: `section is ${JSON.stringify(ref.section)} but paragraph ${paragraph.id} stands in ${section ?? 'no section'}`,
    });
  const holder = paragraph.box ?? paragraph.table;
  const box = holder ? plan.toc.get(holder)?.label_zh : undefined;
  if (typeof ref.box === 'string' && ref.box !== box)
    out.push({
      path: ['box'],
      message: `box is ${JSON.stringify(ref.box)} but paragraph ${paragraph.id} stands in ${box ?? 'no 专栏 or table'}`,
    });
  return out;
}

/**
 * The paragraphs a quote stands in verbatim. Where it stands in several, those the reference's
 * chapter, section and 专栏 agree with, and of those, if the reference names no 专栏 or table, the
 * ones in the running text (a box's lines also stand in its section); `paragraph` is set when
 * exactly one remains.
 */
export function locateQuote(
  ref: RefPlace & { quote: string },
  plan: PlanIndex,
): { paragraph?: string; candidates: string[] } {
  let candidates = plan.document.paragraphs.filter((p) => p.text.includes(ref.quote));
  const narrow = (keep: (p: PlanParagraph) => boolean) => {
    const kept = candidates.filter(keep);
    if (candidates.length > 1 && kept.length) candidates = kept;
  };
  narrow((p) => placeFindings(ref, p, plan).length === 0);
  if (ref.box === undefined) narrow((p) => p.box === undefined && p.table === undefined);
  const ids = candidates.map((p) => p.id);
  return ids.length === 1 ? { paragraph: ids[0], candidates: ids } : { candidates: ids };
}

function quoted(text: string): string {
  return JSON.stringify(text);
}

function notInPlan(id: string): string {
  return `paragraph ${quoted(id)} is not in the plan text (${PLAN_FILE})`;
}

/** ` (it stands in c2-s2-p1)` or ` (it stands in c1-p1, c2-p3)`, or '' when the quote is nowhere. */
function elsewhere(quote: string, plan: PlanIndex, but?: string): string {
  const ids = plan.document.paragraphs.filter((p) => p.id !== but && p.text.includes(quote)).map((p) => p.id);
  return ids.length ? ` (it stands in ${ids.join(', ')})` : '';
}

/**
 * Checks a plan_ref (paths relative to it): the paragraph is in the plan, the quote stands in it
 * verbatim, and its chapter, section and box are where the paragraph stands. A missing or
 * malformed field is left to the schema.
 */
export function checkPlanRef(ref: unknown, plan: PlanIndex): Finding[] {
  if (!isRecord(ref) || typeof ref.paragraph !== 'string') return [];
  const quote = typeof ref.quote === 'string' ? ref.quote : undefined;
  const paragraph = plan.paragraphs.get(ref.paragraph);
  if (!paragraph)
    return [
      {
        path: ['paragraph'],
        message: `${notInPlan(ref.paragraph)}${quote ? elsewhere(quote, plan) : ''}`,
      },
    ];
  const out: Finding[] = [];
  if (quote !== undefined && quote !== '' && !paragraph.text.includes(quote))
    out.push({
      path: ['quote'],
      message: `quote not found in paragraph ${paragraph.id}: ${quoted(quote)}${elsewhere(quote, plan, paragraph.id)}`,
    });
  for (const f of placeFindings(ref, paragraph, plan)) out.push(f);
  return out;
}

/** Checks a reference to a paragraph by id alone (a tour step's): it must be in the plan. */
export function checkParagraphId(id: string, plan: PlanIndex): Finding[] {
  return plan.paragraphs.has(id) ? [] : [{ path: [], message: notInPlan(id) }];
}

/**
 * Checks an indicator row of indicators.json against its row in the plan (paths relative to the
 * row): the paragraph is a row of the table the table's plan_ref names, its name cell holds the
 * row's name, its attribute cell the attribute, and the value cells the values' text, column by column.
 */
export function checkIndicatorRow(
  row: unknown,
  columns: readonly string[],
  tableLabel: string | undefined,
  plan: PlanIndex,
): Finding[] {
  if (!isRecord(row) || typeof row.paragraph !== 'string') return [];
  const paragraph = plan.paragraphs.get(row.paragraph);
  if (!paragraph?.cells)
    return [
      {
        path: ['paragraph'],
        message: paragraph ? `paragraph ${paragraph.id} is not a table row` : notInPlan(row.paragraph),
      },
    ];
  const out: Finding[] = [];
  const table = paragraph.table ? plan.toc.get(paragraph.table)?.label_zh : undefined;
  if (tableLabel !== undefined && table !== tableLabel)
    out.push({
      path: ['paragraph'],
      message: `paragraph ${paragraph.id} is a row of ${table}, but this table is ${tableLabel}`,
    });
  const cells = paragraph.cells;
  if (typeof row.name_zh === 'string' && !(cells[1] ?? '').includes(row.name_zh))
    out.push({
      path: ['name_zh'],
      message: `name_zh ${quoted(row.name_zh)} is not in the name cell of paragraph ${paragraph.id}: ${quoted(cells[1] ?? '')}`,
    });
  if (typeof row.attribute === 'string' && row.attribute !== cells[2])
    out.push({
      path: ['attribute'],
      message: `attribute ${quoted(row.attribute)} is not the attribute cell of paragraph ${paragraph.id}: ${quoted(cells[2] ?? '')}`,
    });
  if (isRecord(row.values))
    columns.forEach((key, k) => {
      const value = (row.values as Record<string, unknown>)[key];
      const cell = cells[3 + k] ?? '';
      if (isRecord(value) && typeof value.text === 'string' && value.text !== cell)
        out.push({
          path: ['values', key, 'text'],
          message: `text ${quoted(value.text)} is not the ${key} cell of paragraph ${paragraph.id}: ${quoted(cell)}`,
        });
    });
  if (Array.isArray(row.discrepancies))
    row.discrepancies.forEach((d, k) => {
      if (!isRecord(d) || !Array.isArray(d.evidence)) return;
      d.evidence.forEach((e, j) => {
        if (!isRecord(e) || typeof e.paragraph !== 'string' || typeof e.quote !== 'string') return;
        const at = plan.paragraphs.get(e.paragraph);
        const path = ['discrepancies', k, 'evidence', j];
        if (!at) out.push({ path: [...path, 'paragraph'], message: notInPlan(e.paragraph) });
        else if (!at.text.includes(e.quote))
          out.push({
            path: [...path, 'quote'],
            message: `quote not found in paragraph ${at.id}: ${quoted(e.quote)}${elsewhere(e.quote, plan, at.id)}`,
          });
      });
    });
  return out;
}
