import { ID_PATTERN } from '../../data/vocabulary.ts';
import { fail, ok, quoteList, type UrlParam } from './param.ts';

/** The selected feature's id; whether it exists is checked once the data has loaded. */
export const selectedParam: UrlParam<'selected'> = {
  name: 'sel',
  key: 'selected',
  parse: (raw) =>
    ID_PATTERN.test(raw) ? ok(raw) : fail('url.ignored.notFeatureId', { value: quoteList([raw]) }),
  serialize: (id) => id,
};
