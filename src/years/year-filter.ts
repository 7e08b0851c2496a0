/**
 * The plan's three years (`?year=2020|2025|2035`): which features the map shows as there in that
 * year, and which it ghosts as still to come. A feature keeps its status; the year only says
 * whether, by the plan's own status and target year, it stands by then.
 *
 * - 2020, the baseline: what exists.
 * - 2025, the 14th plan's end: what exists, and what is planned or under construction with a
 *   target year of 2025 or earlier.
 * - 2035, the vision: everything planned or proposed.
 */
import type { FeatureProperties, PlanFeature } from '../data/schema.ts';

export const PLAN_YEARS = [2020, 2025, 2035] as const;
export type PlanYear = (typeof PLAN_YEARS)[number];

export function isPlanYear(n: number): n is PlanYear {
  return (PLAN_YEARS as readonly number[]).includes(n);
}

/** Whether the feature stands in `year` (the whole plan when no year is chosen). */
export function standsIn(
  p: Pick<FeatureProperties, 'status' | 'target_year'>,
  year: PlanYear | null,
): boolean {
  if (year === null || year === 2035) return true;
  if (p.status === 'existing') return true;
  if (year === 2020) return false;
  return (
    (p.status === 'planned' || p.status === 'under_construction') &&
    p.target_year !== undefined &&
    p.target_year <= 2025
  );
}

/** Ids of the features `year` puts in the future, which the map ghosts. */
export function futureIds(features: readonly PlanFeature[], year: PlanYear | null): string[] {
  if (year === null || year === 2035) return [];
  return features.filter((f) => !standsIn(f.properties, year)).map((f) => f.properties.id);
}
