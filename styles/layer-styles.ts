/**
 * Builders for the style layers that several plan layers share: a polygon layer, a line
 * layer, a point layer. Existing things draw solid, planned ones dashed; hover and selection
 * come from feature state, so highlighting never rewrites the style.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT, palette } from './tokens.ts';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** Set on features a filter leaves out (MapController.setDimmed): drawn faintly, still there. */
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
/**
 * Every plan line and outline fades when dimmed. Sharing one opacity expression also lets them
 * share MapLibre's shader programs (a program per mix of constant and data-driven properties),
 * each of which costs tens of ms to compile at start-up in software rendering.
 */
const lineOpacity: ExpressionSpecification = ['case', dimmed, 0.25, 1];

/**
 * The same value for every feature, written as a per-feature expression, so that a layer drawn
 * alike everywhere (the neighbours' outline, the district's land) shares the plan layers' shader
 * program rather than compiling one of its own at start-up.
 */
export const perFeature = (value: number | string | number[]): ExpressionSpecification => {
  const v = Array.isArray(value) ? ['literal', value] : value;
  return ['case', dimmed, v, v] as ExpressionSpecification;
};

/** True for features that exist today; everything else (under construction, planned, proposed) is dashed. */
export const isExisting: ExpressionSpecification = ['==', ['get', 'status'], 'existing'];

/**
 * True for features the plan places only at a town: they stand at the town's seat and are drawn
 * as a wide, faint disc, so that nobody takes them for a site.
 */
export const isTownLevel: ExpressionSpecification = ['==', ['get', 'geometry_accuracy'], 'town'];

/** The feature's name in the language held in the map's global state. */
export const localName: ExpressionSpecification = [
  'case',
  ['==', ['global-state', 'lang'], 'en'],
  ['get', 'name_en'],
  ['get', 'name_zh'],
];

export const PLANNED_DASH = [2, 1.5];

/**
 * Solid where the feature exists, dashed otherwise, in one style layer: a layer per status
 * doubled the line layers the map lays out and draws at start-up.
 */
const plannedDash: ExpressionSpecification = [
  'case',
  isExisting,
  ['literal', [1, 0]],
  ['literal', PLANNED_DASH],
];

/**
 * Polygons are labelled from a companion source holding one point per polygon, because a
 * polygon labelled directly gets a label in every tile it crosses.
 */
export const labelSourceOf = (source: string) => `${source}-labels`;

interface LabelOptions {
  minzoom?: number;
  size?: number;
  color?: string;
  placement?: 'point' | 'line';
  /** Offset below a point symbol, in ems. */
  offset?: number;
  priority?: number;
}

const POLYGONS = ['Polygon', 'MultiPolygon'];
const LINES = ['LineString', 'MultiLineString'];
const POINTS = ['Point', 'MultiPoint'];

const ofGeometry = (types: string[]): ExpressionSpecification => [
  'in',
  ['geometry-type'],
  ['literal', types],
];

/** Labels the features of the given geometry types with their name in the current language. */
export function labelLayer(
  id: string,
  source: string,
  types: string[],
  opts: LabelOptions = {},
): LayerSpecification {
  return {
    id: `${id}-label`,
    type: 'symbol',
    source,
    minzoom: opts.minzoom ?? 0,
    filter: ofGeometry(types),
    layout: {
      'text-field': localName,
      'text-font': [FONT],
      'text-size': opts.size ?? 12,
      'symbol-placement': opts.placement ?? 'point',
      'text-offset': [0, opts.offset ?? 0],
      'text-anchor': opts.offset ? 'top' : 'center',
      'text-max-width': 8,
      'text-padding': 4,
      'symbol-sort-key': opts.priority ?? 0,
      'text-optional': true,
    },
    paint: {
      'text-color': opts.color ?? palette.label,
      'text-halo-color': palette.halo,
      'text-halo-width': 1.6,
    },
  };
}

interface PolygonOptions {
  color: string;
  opacity?: number;
  outline?: string;
  /** Dash the outline of features that do not exist yet. */
  dashPlanned?: boolean;
  label?: LabelOptions | false;
  minzoom?: number;
}

export function polygonLayers(id: string, source: string, opts: PolygonOptions): LayerSpecification[] {
  const outline = opts.outline ?? opts.color;
  const width: ExpressionSpecification = ['case', selected, 3.5, hovered, 2.5, 1.4];
  const lineColor: ExpressionSpecification = [
    'case',
    selected,
    palette.selected,
    hovered,
    palette.highlight,
    outline,
  ];
  const layers: LayerSpecification[] = [
    {
      id: `${id}-fill`,
      type: 'fill',
      source,
      minzoom: opts.minzoom ?? 0,
      filter: ofGeometry(POLYGONS),
      paint: {
        'fill-color': opts.color,
        // The outline layer draws the edge. MapLibre's antialiased edge is a second draw of every
        // polygon with a shader program of its own, compiled at start-up (software rendering).
        'fill-antialias': false,
        'fill-opacity': ['case', selected, (opts.opacity ?? 0.25) + 0.15, dimmed, 0.04, opts.opacity ?? 0.25],
      },
    },
  ];
  layers.push({
    id: `${id}-outline`,
    type: 'line',
    source,
    filter: ofGeometry(POLYGONS),
    paint: {
      'line-color': lineColor,
      'line-width': width,
      'line-opacity': lineOpacity,
      ...(opts.dashPlanned ? { 'line-dasharray': plannedDash } : {}),
    },
  });
  if (opts.label !== false) {
    layers.push(labelLayer(id, labelSourceOf(source), POINTS, opts.label));
  }
  return layers;
}

interface LineOptions {
  color: string;
  width?: number;
  casing?: string;
  label?: LabelOptions | false;
}

/** A line layer drawn solid where the feature exists and dashed where it is planned. */
export function lineLayers(id: string, source: string, opts: LineOptions): LayerSpecification[] {
  const base = opts.width ?? 2.5;
  const width: ExpressionSpecification = ['case', selected, base + 2.5, hovered, base + 1.5, base];
  const color: ExpressionSpecification = [
    'case',
    selected,
    palette.selected,
    hovered,
    palette.highlight,
    opts.color,
  ];
  const layers: LayerSpecification[] = [];
  if (opts.casing) {
    layers.push({
      id: `${id}-casing`,
      type: 'line',
      source,
      filter: ofGeometry(LINES),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': opts.casing, 'line-width': base + 2 },
    });
  }
  layers.push({
    id: `${id}-line`,
    type: 'line',
    source,
    filter: ofGeometry(LINES),
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': color,
      'line-width': width,
      'line-opacity': lineOpacity,
      'line-dasharray': plannedDash,
    },
  });
  if (opts.label !== false) {
    layers.push(
      labelLayer(id, source, LINES, { placement: 'line', color: opts.color, size: 11, ...opts.label }),
    );
  }
  return layers;
}

interface PointOptions {
  color: string;
  radius?: number;
  stroke?: string;
  label?: LabelOptions | false;
  minzoom?: number;
}

/** Circles for point features: filled where they exist, hollow where they are planned. */
export function pointLayers(id: string, source: string, opts: PointOptions): LayerSpecification[] {
  const r = opts.radius ?? 6;
  const layers: LayerSpecification[] = [
    {
      id: `${id}-circle`,
      type: 'circle',
      source,
      minzoom: opts.minzoom ?? 0,
      filter: ofGeometry(POINTS),
      paint: {
        'circle-radius': ['case', selected, r + 6, hovered, r + 5, isTownLevel, r + 4, r],
        'circle-color': ['case', isTownLevel, opts.color, isExisting, opts.color, palette.halo],
        // A dimmed (filtered out, or not yet there in the chosen plan year) point fades, still hollow if planned.
        'circle-opacity': ['case', dimmed, 0.2, isTownLevel, 0.28, 1],
        // A hollow (planned) point is its ring: drawn in the layer's colour whatever the stroke of a
        // filled one, or a white-stroked layer's planned points would vanish into white discs.
        'circle-stroke-color': [
          'case',
          selected,
          palette.selected,
          hovered,
          palette.highlight,
          ['any', isExisting, isTownLevel],
          opts.stroke ?? opts.color,
          opts.color,
        ],
        'circle-stroke-width': ['case', isTownLevel, 1, isExisting, 1.5, 2.5],
        'circle-stroke-opacity': ['case', dimmed, 0.35, isTownLevel, 0.7, 1],
      },
    },
  ];
  if (opts.label !== false) {
    layers.push(labelLayer(id, source, POINTS, { offset: 0.9, minzoom: opts.minzoom, ...opts.label }));
  }
  return layers;
}
