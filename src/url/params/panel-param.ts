import { isPanelId } from '../../app/panels.ts';
import { fail, ok, type UrlParam } from './param.ts';

export const panelParam: UrlParam<'panel'> = {
  name: 'panel',
  key: 'panel',
  parse: (raw) => (isPanelId(raw) ? ok(raw) : fail(`"${raw}" is not a panel`)),
  serialize: (panel) => panel,
};
