/** Where the plan text and its structured document live, and how scripts read them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAN_TEXT_FILE } from './plan-parser.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PLAN_DIR = join(ROOT, 'geodata', 'plan');
export const PLAN_TEXT_PATH = join(PLAN_DIR, PLAN_TEXT_FILE);
export const PLAN_JSON_PATH = join(PLAN_DIR, 'plan.json');

export function readPlanText(): string {
  return readFileSync(PLAN_TEXT_PATH, 'utf8');
}
