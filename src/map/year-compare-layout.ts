/**
 * The pure part of the year comparison's second map (year-compare.ts, year-compare-map.ts): what
 * a change of state asks of it, where the divider, the clip and the two years' names stand for a
 * divider position, and the state the right-hand map draws. Tested without a page.
 */
import type { YearSwipe } from '../years/year-compare.ts';
import type { PlanYear } from '../years/year-filter.ts';

/** How far each year's name stands from the divider, clear of its grip. */
export const LABEL_GAP_PX = 28;

/** What a change of state asks: make the second map, remove it, redraw it, or nothing. */
export type CompareStep = 'make' | 'remove' | 'update' | 'none';

export function compareStep(comparing: boolean, shown: boolean): CompareStep {
  if (comparing) return shown ? 'update' : 'make';
  return shown ? 'remove' : 'none';
}

export interface DividerLayout {
  /** The second map's clip: it shows right of the divider only. */
  clipPath: string;
  /** The divider's `left`. */
  left: string;
  /** The left year's name, its `right`: left of the divider. */
  leftLabelRight: string;
  /** The right year's name, its `left`: right of the divider. */
  rightLabelLeft: string;
  /** The slider's value, a whole percent. */
  valueNow: string;
}

/** Where things stand for the divider at `at` (a share of the width, 0–1). */
export function dividerLayout(at: number): DividerLayout {
  const percent = `${(at * 100).toFixed(2)}%`;
  return {
    clipPath: `inset(0 0 0 ${percent})`,
    left: percent,
    leftLabelRight: `calc(${(100 - at * 100).toFixed(2)}% + ${LABEL_GAP_PX}px)`,
    rightLabelLeft: `calc(${percent} + ${LABEL_GAP_PX}px)`,
    valueNow: String(Math.round(at * 100)),
  };
}

/** The state as the second map draws it: in the comparison's right-hand year. */
export function rightHandState<S extends { year: PlanYear | null; swipe: YearSwipe | null }>(s: S): S {
  return s.swipe ? { ...s, year: s.swipe.right } : s;
}
