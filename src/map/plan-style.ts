/**
 * The map's first style, assembled from the base style and every layer module: pure, so that
 * it can be tested without a map. Only the layers visible at start are in it; the others wait in
 * `specs` until first shown. The plan source holds every plan feature; each layer's style
 * layers filter it by `layer`. Layers draw in order: every fill first, then lines, then points
 * and labels, so that no polygon of a higher layer hides the lines and labels below it.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { labelSourceOf } from '../../styles/layer-styles.ts';
import type { LayerId, PlanFeatureCollection } from '../data/schema.ts';
import type { LayerDefinition } from '../layers/types.ts';
import { polygonLabelPoints } from './label-points.ts';

/** The single GeoJSON source holding every plan feature; each layer filters it by `layer`. */
export const PLAN_SOURCE = 'plan';
/** The point "what is here" asks about, drawn over everything. */
export const HERE_SOURCE = 'here';

/**
 * The style's global state that multiplies every plan label's text size and point radius: 1 on a
 * desk, larger on a kiosk read from two metres (src/map/kiosk-view.ts sets it).
 */
export const MAP_SCALE = 'mapScale';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * How far, in a 512 px tile's pixels, each plan tile holds the features beyond its edge. MapLibre's
 * default of 128 has the worker clip and lay out every tile's neighbourhood over 2.25 times the
 * tile's area; the plan's strokes are a few pixels wide, and circles and labels are not clipped
 * at tile edges. Measured: 40 ms less to the first idle at start-up (docs/decisions/0028), with the
 * same map but for where dashes start.
 */
export const PLAN_TILE_BUFFER = 32;

/** A ring with a dot, above every plan layer, where "what is here" looks. */
const hereMarker: LayerSpecification = {
  id: 'here-marker',
  type: 'circle',
  source: HERE_SOURCE,
  paint: {
    'circle-radius': 9,
    'circle-color': 'rgba(217, 72, 15, 0.15)',
    'circle-stroke-color': '#d9480f',
    'circle-stroke-width': 2.5,
  },
};

export interface PlanStyle {
  /** The style the map starts with: the base, the plan sources and the style layers of the layers visible at start. */
  style: StyleSpecification;
  /**
   * Every plan style layer in drawing order, with its plan layer. A layer off at start is added
   * to the map when first shown (StateRenderer), so it costs nothing at start-up.
   */
  specs: readonly { layer: LayerId; spec: LayerSpecification }[];
  /** Each plan layer's style layer ids, in drawing order. */
  styleIds: ReadonlyMap<LayerId, readonly string[]>;
  /** Style layers whose features a click or tap can pick (labels excepted). */
  interactiveIds: readonly string[];
  /** Whether a plan layer labels its polygons, from the label source: only those need label points. */
  labelled: (layer: string) => boolean;
}

const rank = (spec: LayerSpecification) =>
  spec.type === 'fill' ? 0 : spec.type === 'line' ? 1 : spec.type === 'circle' ? 2 : 3;

type Sized = number | ExpressionSpecification;
const scaled = (v: Sized): ExpressionSpecification => ['*', ['number', ['global-state', MAP_SCALE], 1], v];
/** A zoom curve must stay the outermost expression: only sizes without one are scaled. */
const scalable = (v: unknown): v is Sized =>
  typeof v === 'number' || (Array.isArray(v) && !JSON.stringify(v).includes('"zoom"'));

/** A style layer whose label size or point radius follows the MAP_SCALE global state. */
export function withMapScale(spec: LayerSpecification): LayerSpecification {
  if (spec.type === 'symbol' && scalable(spec.layout?.['text-size']))
    return { ...spec, layout: { ...spec.layout, 'text-size': scaled(spec.layout['text-size']) } };
  if (spec.type === 'circle' && scalable(spec.paint?.['circle-radius']))
    return { ...spec, paint: { ...spec.paint, 'circle-radius': scaled(spec.paint['circle-radius']) } };
  return spec;
}

/**
 * Hides what the plan places only at a town while the map's `preciseOnly` state is on
 * ("只看精确位置 / Only precisely located"): a global state, so switching it touches no layer.
 */
export const PRECISE_FILTER: ExpressionSpecification = [
  'any',
  ['!', ['global-state', 'preciseOnly']],
  ['!=', ['get', 'geometry_accuracy'], 'town'],
];

/** A layer module's style layer, restricted to the layer's own features (and to precise ones when asked). */
export function withLayerFilter(spec: LayerSpecification, layer: LayerId): LayerSpecification {
  if (spec.type === 'background') return spec;
  const own: FilterSpecification = ['all', ['==', ['get', 'layer'], layer], PRECISE_FILTER];
  const filter = spec.filter ? (['all', own, spec.filter] as FilterSpecification) : own;
  return { ...spec, filter } as LayerSpecification;
}

export function planStyle(
  base: StyleSpecification,
  defs: readonly LayerDefinition[],
  visible: readonly LayerId[],
  data: PlanFeatureCollection,
): PlanStyle {
  const shown = new Set(visible);
  const specs: { def: LayerDefinition; spec: LayerSpecification }[] = [];
  for (const def of defs) {
    for (const spec of def.styleLayers(PLAN_SOURCE))
      specs.push({ def, spec: withMapScale(withLayerFilter(spec, def.id)) });
  }
  specs.sort((a, b) => rank(a.spec) - rank(b.spec) || a.def.order - b.def.order);
  const styleIds = new Map<LayerId, string[]>();
  for (const { def, spec } of specs) styleIds.set(def.id, [...(styleIds.get(def.id) ?? []), spec.id]);
  const labelSource = labelSourceOf(PLAN_SOURCE);
  const withLabels = new Set(
    specs
      .filter(({ spec }) => 'source' in spec && spec.source === labelSource)
      .map(({ def }) => def.id as string),
  );
  const labelled = (layer: string) => withLabels.has(layer);
  const interactiveIds = defs
    .filter((d) => d.interactive)
    .flatMap((d) => (styleIds.get(d.id) ?? []).filter((id) => !id.endsWith('-label')));
  return {
    styleIds,
    interactiveIds,
    specs: specs.map(({ def, spec }) => ({ layer: def.id, spec })),
    labelled,
    style: {
      ...base,
      state: { ...base.state, [MAP_SCALE]: { default: 1 } },
      sources: {
        ...base.sources,
        [PLAN_SOURCE]: {
          type: 'geojson',
          data,
          promoteId: 'id',
          tolerance: 0.2,
          buffer: PLAN_TILE_BUFFER,
        },
        [labelSource]: {
          type: 'geojson',
          data: polygonLabelPoints(data.features, labelled),
          buffer: PLAN_TILE_BUFFER,
        },
        [HERE_SOURCE]: { type: 'geojson', data: EMPTY },
      },
      layers: [
        ...base.layers,
        ...specs.filter(({ def }) => shown.has(def.id)).map(({ spec }) => spec),
        hereMarker,
      ],
    },
  };
}
