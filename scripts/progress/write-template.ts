/**
 * Writes public/progress-template.csv, the progress file a planner fills in: every 表2 indicator
 * and every commitment target, each id with its unit, values left empty. Run after changing
 * geodata/indicators.json or geodata/commitments.json (`npm run progress:template`); a unit test
 * fails while the shipped template differs from what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexRegister } from '../../src/data/plan-register.ts';
import type { CommitmentsFile, IndicatorTable } from '../../src/data/schema.ts';
import { indexIndicators } from '../../src/indicators/indicator-data.ts';
import { progressTargets, progressTemplateCsv } from '../../src/indicators/progress.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

export function makeTemplate(): string {
  const indicators = indexIndicators(read<IndicatorTable[]>('geodata/indicators.json'));
  const register = indexRegister(read<CommitmentsFile>('geodata/commitments.json'));
  return progressTemplateCsv(progressTargets(indicators, register));
}

export const TEMPLATE_PATH = join(root, 'public', 'progress-template.csv');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(TEMPLATE_PATH, makeTemplate());
  console.log(`wrote ${TEMPLATE_PATH}`);
}
