/** Where the plan text and its structured document live, and how scripts read and cite them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlanDocument, type PlanRef, planDocumentSchema } from '../../src/data/schema.ts';
import { indexPlan, locateQuote, type PlanIndex } from '../../src/data/validate.ts';
import { PLAN_TEXT_FILE } from './plan-parser.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PLAN_DIR = join(ROOT, 'geodata', 'plan');
export const PLAN_TEXT_PATH = join(PLAN_DIR, PLAN_TEXT_FILE);
export const PLAN_JSON_PATH = join(PLAN_DIR, 'plan.json');

export function readPlanText(): string {
  return readFileSync(PLAN_TEXT_PATH, 'utf8');
}

/** geodata/plan/plan.json, checked against its schema. */
export function readPlanDocument(): PlanDocument {
  return planDocumentSchema.parse(JSON.parse(readFileSync(PLAN_JSON_PATH, 'utf8')));
}

let index: PlanIndex | undefined;
/** The plan document's index, read once. */
export function planIndex(): PlanIndex {
  index ??= indexPlan(readPlanDocument());
  return index;
}

export type UnplacedRef = Omit<PlanRef, 'paragraph'>;

/**
 * The paragraph a plan_ref's quote stands in (see `locateQuote`), or why there is none to give:
 * the quote stands in no paragraph, or in several that its chapter, section and 专栏 do not tell apart.
 */
export function paragraphFor(
  ref: UnplacedRef,
  plan: PlanIndex = planIndex(),
): { paragraph?: string; error?: string } {
  const { paragraph, candidates } = locateQuote(ref, plan);
  if (paragraph) return { paragraph };
  if (!candidates.length)
    return {
      error: `quote stands in no paragraph of the plan text: ${JSON.stringify(ref.quote)}; shorten or correct it to the plan's exact words`,
    };
  return {
    error: `quote stands in ${candidates.length} paragraphs (${candidates.join(', ')}): ${JSON.stringify(ref.quote)}; lengthen it, or give the section or 专栏 it stands in, or set paragraph by hand`,
  };
}

/** The plan_ref with its paragraph, keys in the usual order; throws where `paragraphFor` finds none. */
export function withParagraph(ref: UnplacedRef): PlanRef {
  const { paragraph, error } = paragraphFor(ref);
  if (!paragraph) throw new Error(error);
  const { chapter, section, box, quote, quote_en } = ref;
  return {
    chapter,
    ...(section !== undefined ? { section } : {}),
    ...(box !== undefined ? { box } : {}),
    paragraph,
    quote,
    ...(quote_en !== undefined ? { quote_en } : {}),
  };
}
