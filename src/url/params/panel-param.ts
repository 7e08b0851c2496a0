import type { PanelId } from '../../app/store.ts';
import { fail, ok, type UrlParam } from './param.ts';

const PANELS: readonly PanelId[] = ['targets'];

export const panelParam: UrlParam<'panel'> = {
  name: 'panel',
  key: 'panel',
  parse: (raw) =>
    (PANELS as readonly string[]).includes(raw) ? ok(raw as PanelId) : fail(`"${raw}" is not a panel`),
  serialize: (panel) => panel,
};
