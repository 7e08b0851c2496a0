/**
 * Parses the plan text into geodata/plan/plan.json (see scripts/plan/plan-parser.ts for how the text
 * is read). Re-running it on the same text writes the same bytes; test/unit/plan-text.test.ts checks
 * that the file on disk is what this script makes of the text on disk.
 *
 * Run: npm run plan:parse
 */
import { writeFileSync } from 'node:fs';
import { PLAN_JSON_PATH, readPlanText } from './plan-files.ts';
import { formatPlanDocument, parsePlan } from './plan-parser.ts';

const doc = parsePlan(readPlanText());
writeFileSync(PLAN_JSON_PATH, formatPlanDocument(doc));
const count = (kind: string) => doc.toc.filter((n) => n.kind === kind).length;
const lost = doc.toc.filter((n) => n.heading_missing).map((n) => `${n.id} (line ${n.line})`);
console.log(
  `wrote geodata/plan/plan.json: ${doc.paragraphs.length} paragraphs; ${count('chapter')} chapters, ` +
    `${count('section')} sections, ${count('subheading')} sub-headings, ${count('box')} boxes, ` +
    `${count('table')} tables; headings lost in the source: ${lost.join(', ') || 'none'}`,
);
