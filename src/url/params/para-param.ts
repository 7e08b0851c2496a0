import { PARAGRAPH_ID_PATTERN } from '../../data/vocabulary.ts';
import { fail, ok, type UrlParam } from './param.ts';

/** The plan reader's paragraph, e.g. `para=c2-s2-p3`; whether it exists is checked when the reader opens. */
export const paraParam: UrlParam<'para'> = {
  name: 'para',
  key: 'para',
  parse: (raw) => (PARAGRAPH_ID_PATTERN.test(raw) ? ok(raw) : fail('url.ignored.paragraph', { value: raw })),
  serialize: (id) => id,
};
