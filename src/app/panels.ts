/**
 * The side views the top bar opens, one at a time (the info panel of a selected feature takes
 * precedence). A view is one registration here: its id (the URL's `panel=`), its button label,
 * whether a kiosk visitor may open it, its width, the lazy module that defines its element, and
 * how to render that element from the shell's context. The shell has no list of its own.
 *
 * `kiosk: false` keeps a view out of kiosk mode altogether: the planner tools open files,
 * download and print, none of which a visitor at an unattended screen may do.
 */
import { html, type TemplateResult } from 'lit';
import type { PlanFeature } from '../data/schema.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import type { MapController } from '../map/map-controller.ts';
import { shownYear } from '../years/year-compare.ts';
import type { AppState } from './store.ts';

/** What a side view is rendered from. */
export interface PanelContext {
  state: AppState;
  features: readonly PlanFeature[];
  controller: MapController | undefined;
  kiosk: boolean;
  /** The map's attribution line, for views that export or print the map. */
  credits: string;
}

export interface PanelView {
  id: string;
  label: MessageKey;
  kiosk: boolean;
  /** `wide` leaves the map a strip on the right; `medium` keeps more of the map in view. */
  width: 'wide' | 'medium';
  /** Loads the view's element; views load when first opened, not with the atlas. */
  load(): Promise<unknown>;
  render(ctx: PanelContext): TemplateResult;
}

export const PANELS = [
  {
    id: 'targets',
    label: 'targets.open',
    kiosk: true,
    width: 'wide',
    load: () => import('../components/targets-view.ts'),
    render: (c) => html`<targets-view .kiosk=${c.kiosk} .features=${c.features}
      .year=${shownYear(c.state)}></targets-view>`,
  },
  {
    id: 'parks',
    label: 'parks.open',
    kiosk: true,
    width: 'medium',
    load: () => import('../parks/park-finder.ts'),
    render: (c) => html`<park-finder .kiosk=${c.kiosk} .features=${c.features} .industry=${c.state.industry}
      .compare=${c.state.compare}></park-finder>`,
  },
  {
    id: 'here',
    label: 'here.open',
    kiosk: true,
    width: 'medium',
    load: () => import('../here/here-view.ts'),
    render: (c) => html`<here-view .features=${c.features} .at=${c.state.at} .zoom=${c.state.view.zoom}
      .visibleLayers=${c.state.layers}></here-view>`,
  },
  {
    id: 'plan',
    label: 'reader.open',
    kiosk: true,
    width: 'wide',
    load: () => import('../reader/plan-reader.ts'),
    render: (c) => html`<plan-reader .para=${c.state.para} .entry=${c.state.entry}
      .quote=${c.state.quote}></plan-reader>`,
  },
  {
    id: 'coverage',
    label: 'coverage.open',
    kiosk: true,
    width: 'medium',
    load: () => import('../reader/coverage-view.ts'),
    render: (c) => html`<coverage-view .kiosk=${c.kiosk}></coverage-view>`,
  },
  {
    id: 'indicators',
    label: 'indicators.open',
    kiosk: true,
    width: 'wide',
    load: () => import('../indicators/indicators-view.ts'),
    render: (c) => html`<indicators-view .kiosk=${c.kiosk} .features=${c.features}
      .year=${shownYear(c.state)}></indicators-view>`,
  },
  {
    id: 'tools',
    label: 'tools.open',
    kiosk: false,
    width: 'wide',
    load: () => import('../tools/planner-tools.ts'),
    render: (c) => html`<planner-tools .controller=${c.controller} .features=${c.features}
      .visibleLayers=${c.state.layers} credits=${c.credits}></planner-tools>`,
  },
] as const satisfies readonly PanelView[];

export type PanelId = (typeof PANELS)[number]['id'];

export function isPanelId(value: string): value is PanelId {
  return PANELS.some((p) => p.id === value);
}

export type Panel = (typeof PANELS)[number];

export function panelById(id: string): Panel | undefined {
  return PANELS.find((p) => p.id === id);
}

/** The views a visitor may open in this mode. */
export function panelsFor(kiosk: boolean): readonly Panel[] {
  return kiosk ? PANELS.filter((p) => p.kiosk) : PANELS;
}
