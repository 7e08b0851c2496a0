import type { LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../data/schema.ts';
import type { Bilingual } from '../i18n/i18n.ts';

/** The plan's own grouping, which the layer panel follows. */
export const LAYER_GROUPS = [
  'expansion',
  'industry',
  'logistics',
  'transport',
  'towns',
  'more',
  'context',
] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

/** How a legend swatch is drawn; it reuses the colours of the layer's own style. */
export type Swatch =
  | { type: 'fill'; color: string; outline: string; dashed?: boolean; hatched?: boolean }
  | { type: 'line'; color: string; width: number; dashed?: boolean; casing?: string }
  | { type: 'circle'; color: string; stroke: string; radius?: number };

export interface LegendEntry {
  label: Bilingual;
  swatch: Swatch;
}

/** A property of the feature shown in the info panel beyond the common ones (names, status, figures, citation). */
export type PanelField = 'role' | 'functions' | 'industries' | 'specialities' | 'parent' | 'code';

/**
 * One map layer: what it shows, from which file, drawn how, explained how. The app
 * discovers every module in layers/, so adding a layer means adding one module and its data.
 */
export interface LayerDefinition {
  id: LayerId;
  group: LayerGroup;
  /** Position within its group in the panel, and drawing order (higher draws on top). */
  order: number;
  title: Bilingual;
  /** URL of the GeoJSON file, imported with `?url` so it ships as a static asset. */
  dataUrl: string;
  /** Visible when the app starts. */
  defaultVisible: boolean;
  /** MapLibre style layers drawing the source `sourceId`; ids must start with the layer id. */
  styleLayers(sourceId: string): LayerSpecification[];
  legend: LegendEntry[];
  panelFields: PanelField[];
  /** Whether clicking its features opens the info panel. */
  interactive: boolean;
}
