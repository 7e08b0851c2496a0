import { ID_PATTERN } from '../../data/vocabulary.ts';
import { fail, ok, quoteList, type UrlParam } from './param.ts';

/**
 * The parks compared side by side, `compare=a,b,c`: two or three distinct feature ids.
 * Whether they name parks is checked once the data has loaded.
 */
export const compareParam: UrlParam<'compare'> = {
  name: 'compare',
  key: 'compare',
  parse(raw) {
    const ids = raw.split(',');
    const bad = ids.filter((id) => !ID_PATTERN.test(id));
    if (bad.length > 0) return fail('url.ignored.notFeatureId', { value: quoteList(bad) });
    if (new Set(ids).size !== ids.length) return fail('url.ignored.compareTwice');
    if (ids.length < 2 || ids.length > 3) return fail('url.ignored.compareCount', { count: ids.length });
    return ok(ids);
  },
  serialize: (ids) => (ids.length === 0 ? null : ids.join(',')),
};
