/**
 * The two user sources and their style layers, added on top of the plan once the tools
 * open: `user-draw` (shapes being drawn and drawn) and `user-import` (the imported files, the
 * measured outlines and the area labels).
 * The map is never recreated; these layers come and go with setData and visibility.
 */
import {
  addProtocol,
  type ExpressionSpecification,
  type GeoJSONSource,
  type LayerSpecification,
  type Map as MaplibreMap,
} from 'maplibre-gl';
import { FONT } from '../../styles/tokens.ts';
import type { Swatch } from '../layers/types.ts';
import { MEASURED_COLOUR } from '../user-data/user-data-store.ts';

export const DRAW_SOURCE = 'user-draw';
export const IMPORT_SOURCE = 'user-import';
export const DRAW_LABEL_SOURCE = 'user-draw-labels';

export const TOOL_COLOURS = {
  draw: '#0c8599',
  drawVertex: '#ffffff',
  overlap: '#f59f00',
  import: '#d6336c',
  measured: MEASURED_COLOUR,
} as const;

export const DRAW_SWATCH: Swatch = { type: 'fill', color: TOOL_COLOURS.draw, outline: TOOL_COLOURS.draw };
/** The swatch of an imported layer in its colour. */
export function importSwatch(colour: string): Swatch {
  return { type: 'fill', color: colour, outline: colour };
}

export const MEASURED_SWATCH: Swatch = { type: 'line', color: TOOL_COLOURS.measured, width: 3 };

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const POLYGON: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const POINT: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/** Style layer ids drawing the user's shapes, which the draw tool hit-tests. */
export const DRAW_SHAPE_LAYERS = ['user-draw-fill', 'user-draw-line', 'user-draw-point'];
export const DRAW_VERTEX_LAYER = 'user-draw-vertex';
export const IMPORT_LAYERS = [
  'user-area-label',
  'user-measured-line',
  'user-import-fill',
  'user-import-line',
  'user-import-point',
];

export function ensureDrawLayers(map: MaplibreMap): void {
  if (map.getSource(DRAW_SOURCE)) return;
  // The planner tools can open (from the URL) before the style has loaded: add the layers then.
  try {
    map.addSource(DRAW_SOURCE, { type: 'geojson', data: EMPTY });
  } catch {
    map.once('style.load', () => ensureDrawLayers(map));
    return;
  }
  const c = TOOL_COLOURS.draw;
  // `role`: shape | preview | vertex | overlap; `sel`: the selected shape.
  map.addLayer({
    id: 'user-draw-overlap',
    type: 'fill',
    source: DRAW_SOURCE,
    filter: ['==', ['get', 'role'], 'overlap'],
    paint: { 'fill-color': TOOL_COLOURS.overlap, 'fill-opacity': 0.45 },
  });
  map.addLayer({
    id: 'user-draw-fill',
    type: 'fill',
    source: DRAW_SOURCE,
    filter: ['all', ['in', ['get', 'role'], ['literal', ['shape', 'preview']]], POLYGON],
    paint: { 'fill-color': c, 'fill-opacity': ['case', ['get', 'sel'], 0.35, 0.22] },
  });
  map.addLayer({
    id: 'user-draw-line',
    type: 'line',
    source: DRAW_SOURCE,
    filter: ['all', ['in', ['get', 'role'], ['literal', ['shape', 'preview']]], ['!', POINT]],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': ['case', ['get', 'sel'], '#0b7285', c],
      'line-width': ['case', ['get', 'sel'], 3.5, 2.5],
      'line-dasharray': [
        'case',
        ['==', ['get', 'role'], 'preview'],
        ['literal', [2, 1.5]],
        ['literal', [1, 0]],
      ],
    },
  });
  map.addLayer({
    id: 'user-draw-point',
    type: 'circle',
    source: DRAW_SOURCE,
    filter: ['all', ['==', ['get', 'role'], 'shape'], POINT],
    paint: {
      'circle-radius': ['case', ['get', 'sel'], 8, 6],
      'circle-color': c,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
  map.addLayer({
    id: DRAW_VERTEX_LAYER,
    type: 'circle',
    source: DRAW_SOURCE,
    filter: ['==', ['get', 'role'], 'vertex'],
    paint: {
      'circle-radius': 5,
      'circle-color': TOOL_COLOURS.drawVertex,
      'circle-stroke-color': c,
      'circle-stroke-width': 2,
    },
  });
}

export function setDrawData(map: MaplibreMap, data: GeoJSON.FeatureCollection): void {
  (map.getSource(DRAW_SOURCE) as GeoJSONSource | undefined)?.setData(data);
}

/** The area labels of the drawn polygons, in a small source of their own over everything. */
export function setDrawLabels(map: MaplibreMap, data: GeoJSON.FeatureCollection): void {
  const source = map.getSource(DRAW_LABEL_SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    return;
  }
  // The planner tools can open (from the URL) before the style has loaded: add the layer then.
  try {
    map.addSource(DRAW_LABEL_SOURCE, { type: 'geojson', data });
  } catch {
    map.once('style.load', () => setDrawLabels(map, data));
    return;
  }
  map.addLayer(areaLabelLayer('user-draw-label', DRAW_LABEL_SOURCE));
}

/** Areas on the map, always shown: they are what the planner drew or imported them for. */
function areaLabelLayer(id: string, source: string): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    filter: ['==', ['get', 'role'], 'label'],
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [FONT],
      'text-size': 13,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#1b1b1b', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  };
}

/**
 * The user's own data reaches MapLibre's worker through a protocol of the app's own rather than
 * a `blob:` URL, which the Content-Security-Policy (`connect-src 'self'`) refuses: the worker
 * asks, the page answers with the features.
 */
const IMPORT_PROTOCOL = 'atlas-import';
const imports = new Map<string, Blob>();
let protocolAdded = false;
let serial = 0;

function importUrl(blob: Blob): string {
  if (!protocolAdded) {
    addProtocol(IMPORT_PROTOCOL, async ({ url }) => {
      const file = imports.get(url);
      if (!file) throw new Error(`no imported file at ${url}`);
      return { data: JSON.parse(await file.text()) };
    });
    protocolAdded = true;
  }
  // A new URL for every change, so MapLibre never serves an earlier one from its cache.
  const url = `${IMPORT_PROTOCOL}://file-${++serial}`;
  // The one before stays until the next: MapLibre's worker may still be asking for it.
  for (const old of [...imports.keys()].slice(0, -1)) imports.delete(old);
  imports.set(url, blob);
  return url;
}

const ROLE = (role: string): ExpressionSpecification => ['==', ['get', 'role'], role];

/**
 * Shows the user's layers, or none (null): the visible imported files' features (`role`
 * `import`, each with its layer's `colour`), the outlines assigned to plan features (`measured`)
 * and the area labels of the drawn and imported polygons (`label` points with their `label`).
 */
export function setUserData(map: MaplibreMap, collection: GeoJSON.FeatureCollection | null): void {
  const source = map.getSource(IMPORT_SOURCE) as GeoJSONSource | undefined;
  if (collection === null) {
    imports.clear();
    for (const id of IMPORT_LAYERS) if (map.getLayer(id)) map.removeLayer(id);
    if (source) map.removeSource(IMPORT_SOURCE);
    return;
  }
  const url = importUrl(new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }));
  if (source) {
    source.setData(url);
    return;
  }
  const colour: ExpressionSpecification = ['to-color', ['get', 'colour'], TOOL_COLOURS.import];
  // Coarser simplification than the plan's: a file of tens of thousands of parcels makes
  // tiles MapLibre must copy to the main thread and upload; at district scale they are specks.
  // Kept layers come back with the tools, which can open (from the URL) before the style has loaded.
  try {
    map.addSource(IMPORT_SOURCE, { type: 'geojson', data: url, tolerance: 1.5 });
  } catch {
    map.once('style.load', () => setUserData(map, collection));
    return;
  }
  // Under the drawing, over the plan; the labels go on top of everything.
  const before = map.getLayer('user-draw-overlap') ? 'user-draw-overlap' : undefined;
  const layers: LayerSpecification[] = [
    {
      id: 'user-import-fill',
      type: 'fill',
      source: IMPORT_SOURCE,
      filter: ['all', ROLE('import'), POLYGON],
      // The outline comes with the fill: a separate line layer would double what a large file
      // costs to draw.
      paint: { 'fill-color': colour, 'fill-opacity': 0.3, 'fill-outline-color': colour },
    },
    {
      id: 'user-import-line',
      type: 'line',
      source: IMPORT_SOURCE,
      filter: [
        'all',
        ROLE('import'),
        ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
      ],
      paint: { 'line-color': colour, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
    {
      id: 'user-import-point',
      type: 'circle',
      source: IMPORT_SOURCE,
      filter: ['all', ROLE('import'), POINT],
      paint: {
        'circle-radius': 5,
        'circle-color': colour,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      // Solid and dark, unlike the plan's dashed indicative outlines it is drawn beside.
      id: 'user-measured-line',
      type: 'line',
      source: IMPORT_SOURCE,
      filter: ['all', ROLE('measured'), ['!', POINT]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': TOOL_COLOURS.measured, 'line-width': 3 },
    },
  ];
  for (const layer of layers) map.addLayer(layer, before);
  map.addLayer(
    areaLabelLayer('user-area-label', IMPORT_SOURCE),
    map.getLayer('user-draw-label') ? 'user-draw-label' : undefined,
  );
}
