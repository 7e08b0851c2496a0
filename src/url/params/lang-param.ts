import { isLang } from '../../i18n/i18n.ts';
import { fail, ok, type UrlParam } from './param.ts';

export const langParam: UrlParam<'lang'> = {
  name: 'lang',
  key: 'lang',
  parse: (raw) => (isLang(raw) ? ok(raw) : fail('url.ignored.lang', { value: raw })),
  serialize: (lang) => lang,
};
