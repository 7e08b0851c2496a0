/**
 * The year comparison's pure logic: the `swipe=` parameter, the divider's keys and pointer
 * position, which year the rest of the atlas follows, and, from src/map, what a change of state
 * asks of the second map and where its divider, clip and labels stand.
 */
import { describe, expect, it } from 'vitest';
import {
  compareStep,
  dividerLayout,
  LABEL_GAP_PX,
  rightHandState,
} from '../../src/map/year-compare-layout.ts';
import {
  clampDivider,
  dividerAt,
  dividerKey,
  parseSwipe,
  serializeSwipe,
  shownYear,
  startSwipe,
  withShownYear,
} from '../../src/years/year-compare.ts';

describe('the swipe parameter', () => {
  it('reads two different plan years and an optional share, and writes them back', () => {
    expect(parseSwipe('2020,2035')).toEqual({ left: 2020, right: 2035, at: 0.5 });
    expect(parseSwipe('2035,2025,40')).toEqual({ left: 2035, right: 2025, at: 0.4 });
    expect(parseSwipe('2020,2035,0')).toEqual({ left: 2020, right: 2035, at: 0 });
    for (const raw of ['2020,2035', '2035,2025,40', '2020,2025,100', '2025,2020,7'])
      expect(serializeSwipe(parseSwipe(raw)!)).toBe(raw);
    // The middle is the default and is left out of the link.
    expect(serializeSwipe({ left: 2020, right: 2035, at: 0.5 })).toBe('2020,2035');
    expect(serializeSwipe({ left: 2020, right: 2035, at: 0.254 })).toBe('2020,2035,25');
  });

  it('refuses what is not two different plan years and a share up to 100', () => {
    for (const raw of [
      '',
      '2020',
      '2020,2020',
      '2020,2030',
      '2020,2035,101',
      '2020,2035,-5',
      '2020,2035,4.5',
      'a,b',
      '2020,2035,40,1',
    ])
      expect(parseSwipe(raw)).toBeNull();
  });
});

describe('the divider', () => {
  it('moves 5 % with the arrows, 25 % with Page keys, to the edges with Home and End, and stays within them', () => {
    expect(dividerKey(0.5, 'ArrowRight')).toBe(0.55);
    expect(dividerKey(0.5, 'ArrowUp')).toBe(0.55);
    expect(dividerKey(0.5, 'ArrowLeft')).toBe(0.45);
    expect(dividerKey(0.5, 'ArrowDown')).toBe(0.45);
    expect(dividerKey(0.5, 'PageUp')).toBe(0.75);
    expect(dividerKey(0.5, 'PageDown')).toBe(0.25);
    expect(dividerKey(0.3, 'Home')).toBe(0);
    expect(dividerKey(0.3, 'End')).toBe(1);
    expect(dividerKey(0.98, 'ArrowRight')).toBe(1);
    expect(dividerKey(0.1, 'PageDown')).toBe(0);
    expect(dividerKey(0.5, 'Enter')).toBeNull();
    expect(dividerKey(0.5, 'a')).toBeNull();
    // Repeated steps do not drift by floating-point error.
    let at = 0;
    for (let i = 0; i < 7; i++) at = dividerKey(at, 'ArrowRight')!;
    expect(at).toBe(0.35);
  });

  it('stands where the pointer is, within the map', () => {
    expect(dividerAt(300, 100, 800)).toBe(0.25);
    expect(dividerAt(50, 100, 800)).toBe(0);
    expect(dividerAt(1000, 100, 800)).toBe(1);
    expect(dividerAt(300, 100, 0)).toBe(0.5);
    expect(clampDivider(-1)).toBe(0);
    expect(clampDivider(0.3)).toBe(0.3);
  });

  it('lays out the clip, the divider and each year on its side', () => {
    expect(dividerLayout(0.25)).toEqual({
      clipPath: 'inset(0 0 0 25.00%)',
      left: '25.00%',
      leftLabelRight: `calc(75.00% + ${LABEL_GAP_PX}px)`,
      rightLabelLeft: `calc(25.00% + ${LABEL_GAP_PX}px)`,
      valueNow: '25',
    });
    expect(dividerLayout(0).clipPath).toBe('inset(0 0 0 0.00%)');
    expect(dividerLayout(1).leftLabelRight).toBe(`calc(0.00% + ${LABEL_GAP_PX}px)`);
    expect(dividerLayout(0.3333).valueNow).toBe('33');
  });
});

describe('the years shown', () => {
  const swipe = { left: 2020, right: 2035, at: 0.5 } as const;

  it('the main map, the legend, the targets and the indicators follow the left year while comparing', () => {
    expect(shownYear({ year: 2025, swipe: null })).toBe(2025);
    expect(shownYear({ year: null, swipe: null })).toBeNull();
    expect(shownYear({ year: 2025, swipe })).toBe(2020);
    expect(withShownYear({ year: 2025, swipe, lang: 'zh' })).toEqual({ year: 2020, swipe, lang: 'zh' });
    const plain = { year: 2025 as const, swipe: null };
    expect(withShownYear(plain)).toBe(plain);
  });

  it('the second map draws the right year', () => {
    expect(rightHandState({ year: 2025, swipe, lang: 'en' })).toEqual({ year: 2035, swipe, lang: 'en' });
    const plain = { year: 2025 as const, swipe: null };
    expect(rightHandState(plain)).toBe(plain);
  });

  it('the compare button starts from the chosen year (else 2020) against the vision, or 2035 against 2020', () => {
    expect(startSwipe(null)).toEqual({ left: 2020, right: 2035, at: 0.5 });
    expect(startSwipe(2025)).toEqual({ left: 2025, right: 2035, at: 0.5 });
    expect(startSwipe(2035)).toEqual({ left: 2035, right: 2020, at: 0.5 });
  });
});

describe("the second map's life", () => {
  it('is made when a comparison starts, redrawn while it lasts, removed when it ends', () => {
    expect(compareStep(true, false)).toBe('make');
    expect(compareStep(true, true)).toBe('update');
    expect(compareStep(false, true)).toBe('remove');
    expect(compareStep(false, false)).toBe('none');
  });
});
