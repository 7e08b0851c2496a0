import { parseSwipe, serializeSwipe } from '../../years/year-compare.ts';
import { fail, ok, type UrlParam } from './param.ts';

/**
 * Two plan years side by side, `swipe=left,right[,divider percent]` (`compare=` is the parks'
 * comparison): two different years of 2020, 2025 and 2035.
 */
export const swipeParam: UrlParam<'swipe'> = {
  name: 'swipe',
  key: 'swipe',
  parse(raw) {
    const swipe = parseSwipe(raw);
    return swipe ? ok(swipe) : fail('url.ignored.swipe', { value: raw });
  },
  serialize: (swipe) => (swipe ? serializeSwipe(swipe) : null),
};
