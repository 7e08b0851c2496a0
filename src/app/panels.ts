import type { MessageKey } from '../i18n/i18n.ts';

/**
 * The side views the toolbar opens, one at a time (the info panel of a selected feature
 * takes precedence). Each has a toolbar button; the shell renders it in `#renderPanel`.
 * `kiosk: false` keeps a view out of kiosk mode altogether: the planner tools open files,
 * download and print, none of which a visitor at an unattended screen may do.
 */
export const PANELS = [
  { id: 'targets', label: 'targets.open', kiosk: true },
  { id: 'parks', label: 'parks.open', kiosk: true },
  { id: 'tools', label: 'tools.open', kiosk: false },
] as const satisfies readonly {
  id: string;
  label: MessageKey;
  kiosk: boolean;
}[];

export type PanelId = (typeof PANELS)[number]['id'];

export function isPanelId(value: string): value is PanelId {
  return PANELS.some((p) => p.id === value);
}

/** The views a visitor may open in this mode. */
export function panelsFor(kiosk: boolean): readonly (typeof PANELS)[number][] {
  return kiosk ? PANELS.filter((p) => p.kiosk) : PANELS;
}
