import { fail, ok, type UrlParam } from './param.ts';

/** `offline-basemap=0` hides the offline basemap a build carries (`npm run basemap`); shown otherwise. */
export const offlineBasemapParam: UrlParam<'offlineBasemap'> = {
  name: 'offline-basemap',
  key: 'offlineBasemap',
  parse: (raw) =>
    raw === '1' || raw === '' ? ok(true) : raw === '0' ? ok(false) : fail('url.ignored.flag', { value: raw }),
  serialize: (on) => (on ? null : '0'),
};
