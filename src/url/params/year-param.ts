import { isPlanYear } from '../../years/year-filter.ts';
import { fail, ok, type UrlParam } from './param.ts';

/** `year=2020|2025|2035`: the plan's baseline, its 2025 targets, or its 2035 vision. */
export const yearParam: UrlParam<'year'> = {
  name: 'year',
  key: 'year',
  parse: (raw) => {
    const n = Number(raw);
    return /^\d{4}$/.test(raw) && isPlanYear(n) ? ok(n) : fail('url.ignored.year', { value: raw });
  },
  serialize: (year) => (year === null ? null : String(year)),
};
