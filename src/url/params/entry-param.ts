import { ID_PATTERN } from '../../data/vocabulary.ts';
import { fail, ok, quoteList, type UrlParam } from './param.ts';

/** A register entry shown on its own, e.g. `entry=edu-wenchang-middle-school`; checked once the register loads. */
export const entryParam: UrlParam<'entry'> = {
  name: 'entry',
  key: 'entry',
  parse: (raw) =>
    ID_PATTERN.test(raw) ? ok(raw) : fail('url.ignored.notFeatureId', { value: quoteList([raw]) }),
  serialize: (id) => id,
};
