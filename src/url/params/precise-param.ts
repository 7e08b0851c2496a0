import { fail, ok, type UrlParam } from './param.ts';

/** `precise=1` hides the features the plan places only at a town. */
export const preciseParam: UrlParam<'preciseOnly'> = {
  name: 'precise',
  key: 'preciseOnly',
  parse: (raw) =>
    raw === '1' || raw === '' ? ok(true) : raw === '0' ? ok(false) : fail('url.ignored.flag', { value: raw }),
  serialize: (on) => (on ? '1' : null),
};
