import type { MessageKey } from '../i18n/i18n.ts';

/**
 * The side views the toolbar opens, one at a time (the info panel of a selected feature
 * takes precedence). Each has a toolbar button; the shell renders it in `#renderPanel`.
 */
export const PANELS = [
  { id: 'targets', label: 'targets.open' },
  { id: 'parks', label: 'parks.open' },
  { id: 'tools', label: 'tools.open' },
] as const satisfies readonly {
  id: string;
  label: MessageKey;
}[];

export type PanelId = (typeof PANELS)[number]['id'];

export function isPanelId(value: string): value is PanelId {
  return PANELS.some((p) => p.id === value);
}
