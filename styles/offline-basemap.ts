/**
 * The offline basemap's style layers (`npm run basemap`, docs/decisions/0022-offline-basemap.md):
 * land cover, water, roads by class, rail, buildings and place names from the OpenMapTiles-schema
 * tiles that scripts/basemap/tilemaker/ writes. Muted greys and pale colours, thin lines and small
 * grey names, so that every plan layer drawn over it keeps its colour and stays the thing read.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT, palette } from './tokens.ts';

/** The id of the basemap's vector source; every basemap style layer id starts with it. */
export const OFFLINE_BASEMAP_SOURCE = 'offline-basemap';

/** Pale colours of their own, well away from the plan's (styles/tokens.ts). */
export const basemapPalette = {
  wood: '#dfe5d6',
  grass: '#e5e9da',
  farmland: '#ecebdd',
  wetland: '#dfe7e3',
  sand: '#efebdf',
  residential: '#e9e6e1',
  industrial: '#e6e2e5',
  landuse: '#eae8e3',
  water: '#cbd9e5',
  building: '#dcd8d1',
  motorway: '#c4beb5',
  mainRoad: '#cfcac2',
  minorRoad: '#dbd7d0',
  rail: '#a9adb3',
  name: '#6c727c',
} as const;

/**
 * The style's global state that shows or hides every basemap layer (the layer panel's switch,
 * `offline-basemap=0`): a switch that touches no layer.
 */
export const BASEMAP_SHOWN = 'offlineBasemap';
const shown: ExpressionSpecification = ['case', ['global-state', BASEMAP_SHOWN], 'visible', 'none'];

const id = (name: string) => `${OFFLINE_BASEMAP_SOURCE}-${name}`;
const from = (sourceLayer: string) => ({ source: OFFLINE_BASEMAP_SOURCE, 'source-layer': sourceLayer });
type Width = number | ExpressionSpecification;
/** A line width that grows with the zoom, from `z8` at zoom 8 to `z14` at 14: a zoom curve must be outermost. */
const widthByZoom = (z8: Width, z14: Width): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.5],
  ['zoom'],
  8,
  z8,
  14,
  z14,
];
const classIs = (...classes: string[]): ExpressionSpecification => [
  'in',
  ['get', 'class'],
  ['literal', classes],
];

/** The place's name in the map's language, or its local name (Chinese here) when it has none in that language. */
export const basemapName: ExpressionSpecification = [
  'case',
  ['==', ['global-state', 'lang'], 'en'],
  ['coalesce', ['get', 'name_en'], ['get', 'name']],
  ['coalesce', ['get', 'name_zh'], ['get', 'name']],
];

const road = (
  name: string,
  classes: string[],
  color: string,
  z8: number,
  z14: number,
): LayerSpecification => ({
  id: id(name),
  type: 'line',
  ...from('transportation'),
  filter: classIs(...classes),
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': color, 'line-width': widthByZoom(z8, z14) },
});

/** The basemap's style layers, bottom first, each shown while BASEMAP_SHOWN is. */
export function offlineBasemapLayers(): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: id('landcover'),
      type: 'fill',
      ...from('landcover'),
      paint: {
        'fill-color': [
          'match',
          ['get', 'class'],
          'wood',
          basemapPalette.wood,
          'farmland',
          basemapPalette.farmland,
          'wetland',
          basemapPalette.wetland,
          'sand',
          basemapPalette.sand,
          basemapPalette.grass,
        ],
      },
    },
    {
      id: id('landuse'),
      type: 'fill',
      ...from('landuse'),
      paint: {
        'fill-color': [
          'match',
          ['get', 'class'],
          'residential',
          basemapPalette.residential,
          ['industrial', 'commercial', 'retail'],
          basemapPalette.industrial,
          basemapPalette.landuse,
        ],
      },
    },
    { id: id('water'), type: 'fill', ...from('water'), paint: { 'fill-color': basemapPalette.water } },
    {
      id: id('waterway'),
      type: 'line',
      ...from('waterway'),
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': basemapPalette.water,
        'line-width': widthByZoom(
          ['match', ['get', 'class'], ['river', 'canal'], 1, 0.5],
          ['match', ['get', 'class'], ['river', 'canal'], 5, 1.5],
        ),
      },
    },
    {
      id: id('building'),
      type: 'fill',
      ...from('building'),
      minzoom: 13,
      paint: { 'fill-color': basemapPalette.building },
    },
    road('minor-road', ['minor', 'service', 'tertiary'], basemapPalette.minorRoad, 0.3, 2.5),
    road('main-road', ['primary', 'secondary', 'trunk'], basemapPalette.mainRoad, 0.6, 4),
    road('motorway', ['motorway'], basemapPalette.motorway, 0.8, 5),
    {
      id: id('rail'),
      type: 'line',
      ...from('transportation'),
      filter: classIs('rail', 'transit'),
      paint: {
        'line-color': basemapPalette.rail,
        'line-width': widthByZoom(0.6, 1.5),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: id('place'),
      type: 'symbol',
      ...from('place'),
      filter: ['has', 'name'],
      layout: {
        'text-field': basemapName,
        'text-font': [FONT],
        'text-size': ['match', ['get', 'class'], ['city', 'town'], 12, 10.5],
        'text-max-width': 8,
        'text-padding': 6,
        'text-optional': true,
      },
      paint: { 'text-color': basemapPalette.name, 'text-halo-color': palette.halo, 'text-halo-width': 1.2 },
    },
  ];
  return layers.map((l) => ({ ...l, layout: { ...l.layout, visibility: shown } }) as LayerSpecification);
}
