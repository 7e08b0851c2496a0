/**
 * Search in the plan's text: every paragraph and heading where the words stand, in reading
 * order, with a short excerpt around the first place. Latin letters match in any case.
 */
import type { PlanDocument, PlanParagraph, PlanTocNode } from '../data/schema.ts';
import { matchMarks } from './quote-marks.ts';

export interface TextHit {
  paragraph: PlanParagraph;
  /** How often the words stand in it. */
  count: number;
  /** A stretch of the paragraph around the first place, `before` + the words + `after`. */
  before: string;
  match: string;
  after: string;
}

export interface HeadingHit {
  node: PlanTocNode;
}

export interface SearchResult {
  headings: HeadingHit[];
  paragraphs: TextHit[];
  /** Paragraphs beyond the limit, not listed. */
  more: number;
}

const CONTEXT_CHARS = 24;

export function searchPlan(doc: PlanDocument, query: string, limit = 60): SearchResult {
  const q = query.trim();
  if (q.length === 0) return { headings: [], paragraphs: [], more: 0 };
  const headings = doc.toc
    .filter((n) => matchMarks(`${n.label_zh ?? ''} ${n.title_zh ?? ''}`, q, 0).length > 0)
    .map((node) => ({ node }));
  const hits: TextHit[] = [];
  let total = 0;
  for (const paragraph of doc.paragraphs) {
    const marks = matchMarks(paragraph.text, q, 0);
    if (marks.length === 0) continue;
    total++;
    if (hits.length >= limit) continue;
    const [{ start, end }] = marks;
    const from = Math.max(0, start - CONTEXT_CHARS);
    const to = Math.min(paragraph.text.length, end + CONTEXT_CHARS);
    hits.push({
      paragraph,
      count: marks.length,
      before: (from > 0 ? '…' : '') + paragraph.text.slice(from, start),
      match: paragraph.text.slice(start, end),
      after: paragraph.text.slice(end, to) + (to < paragraph.text.length ? '…' : ''),
    });
  }
  return { headings, paragraphs: hits, more: total - hits.length };
}
