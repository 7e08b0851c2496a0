/**
 * Two plan years side by side (`?swipe=2020,2035[,percent]`): the main map shows the left year,
 * a second map the right one, clipped at a divider the user drags. Pure: what the divider does
 * with a key, where it stands, and which year the rest of the atlas (legend, targets, indicators)
 * follows, which is the main map's.
 */
import { isPlanYear, type PlanYear } from './year-filter.ts';

export interface YearSwipe {
  left: PlanYear;
  right: PlanYear;
  /** The divider, as a share of the map's width from its left edge (0–1). */
  at: number;
}

/** The year the main map, and so the legend, the targets and the indicators, show. */
export function shownYear(s: { year: PlanYear | null; swipe: YearSwipe | null }): PlanYear | null {
  return s.swipe ? s.swipe.left : s.year;
}

/** The state as the main map draws it: while comparing, in the left year. */
export function withShownYear<S extends { year: PlanYear | null; swipe: YearSwipe | null }>(s: S): S {
  return s.swipe ? { ...s, year: s.swipe.left } : s;
}

/** The comparison the "compare years" button opens: the chosen year (else 2020) against the vision. */
export function startSwipe(year: PlanYear | null): YearSwipe {
  const left = year ?? 2020;
  return { left, right: left === 2035 ? 2020 : 2035, at: 0.5 };
}

export const clampDivider = (at: number) => Math.min(1, Math.max(0, at));

/** A keyboard step: arrows move 5 %, Page keys 25 %, Home and End to the edges; other keys nothing. */
export function dividerKey(at: number, key: string): number | null {
  const steps: Record<string, number> = {
    ArrowLeft: -0.05,
    ArrowDown: -0.05,
    ArrowRight: 0.05,
    ArrowUp: 0.05,
    PageDown: -0.25,
    PageUp: 0.25,
  };
  if (key === 'Home') return 0;
  if (key === 'End') return 1;
  const step = steps[key];
  return step === undefined ? null : Number(clampDivider(at + step).toFixed(4));
}

/** The divider where a pointer is, from the map's left edge and width in pixels. */
export const dividerAt = (x: number, left: number, width: number) =>
  width > 0 ? clampDivider((x - left) / width) : 0.5;

/** `2020,2035` or `2020,2035,40`; null when it is not two different plan years and a share. */
export function parseSwipe(raw: string): YearSwipe | null {
  const parts = raw.split(',');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const [left, right, percent = 50] = parts.map(Number);
  if (!isPlanYear(left) || !isPlanYear(right) || left === right || percent > 100) return null;
  return { left, right, at: percent / 100 };
}

export function serializeSwipe(s: YearSwipe): string {
  const percent = Math.round(s.at * 100);
  return percent === 50 ? `${s.left},${s.right}` : `${s.left},${s.right},${percent}`;
}
