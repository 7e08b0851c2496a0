import type { LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../data/schema.ts';
import type { Bilingual } from '../i18n/i18n.ts';

/** The plan's own grouping, in the order of its chapters, which the layer panel follows. */
export const LAYER_GROUPS = [
  'expansion', // 第二章: city space
  'industry', // 第三、六、十章: parks, commerce, open platforms
  'logistics', // 第三章: “1+4+N”
  'transport', // 第五章第一节
  'water-energy', // 第五章第二、三节
  'agriculture', // 第八章
  'towns', // 第八章第四节
  'culture', // 第十一章
  'ecology', // 第二章第五节, 第十二章: mountains, rivers, lakes, protected areas
  'services', // 第十三至十七章: education, health, society, safety
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
