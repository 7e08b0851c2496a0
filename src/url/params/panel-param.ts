import { isPanelId } from '../../app/panels.ts';
import { fail, ok, type UrlParam } from './param.ts';

export const panelParam: UrlParam<'panel'> = {
  name: 'panel',
  key: 'panel',
  parse: (raw) => (isPanelId(raw) ? ok(raw) : fail('url.ignored.panel', { value: raw })),
  serialize: (panel) => panel,
};
