/**
 * The plan text (geodata/plan/plan.json): validates the document itself, its schema and that its
 * ids and references hold together.
 */
import { type PlanDocument, type PlanParagraph, type PlanTocNode, planDocumentSchema } from '../schema.ts';
import { formatPath, type Seg, type ValidationIssue } from './issues.ts';
import { describeZodIssues } from './zod-messages.ts';

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
