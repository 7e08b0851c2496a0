import { INDUSTRY_IDS, type IndustryId } from '../../data/vocabulary.ts';
import { fail, ok, type UrlParam } from './param.ts';

const known = new Set<string>(INDUSTRY_IDS);

/** The park finder's industry filter, e.g. `industry=auto-moto`. */
export const industryParam: UrlParam<'industry'> = {
  name: 'industry',
  key: 'industry',
  parse: (raw) => (known.has(raw) ? ok(raw as IndustryId) : fail('url.ignored.industry', { value: raw })),
  serialize: (industry) => industry,
};
