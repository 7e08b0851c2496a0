/**
 * Which column of the plan's indicator table a plan year reads: 2020 its 2020 value, 2025 its
 * 2025 target. The plan's tables give no 2035 figure, so 2035 reads the 2025 target and says
 * that the plan has none; nothing is extrapolated. Pure.
 */
import type { PlanYear } from './year-filter.ts';

export type YearColumnKey = 'value_2020' | 'target_2025';

export interface YearColumn {
  key: YearColumnKey;
  /** The year has no column of its own in the plan (2035): the one shown is the nearest the plan gives. */
  noFigure: boolean;
}

export function yearColumn(year: PlanYear | null): YearColumn | null {
  if (year === null) return null;
  return year === 2020
    ? { key: 'value_2020', noFigure: false }
    : { key: 'target_2025', noFigure: year === 2035 };
}
