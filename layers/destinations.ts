import type { ExpressionSpecification } from 'maplibre-gl';
import dataUrl from '../geodata/destinations.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { localName, pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const localRole: ExpressionSpecification = [
  'case',
  ['==', ['global-state', 'lang'], 'en'],
  ['get', 'role_en'],
  ['get', 'role_zh'],
];

/**
 * The regional destinations beyond the district (重庆主城, 成都, the international airports,
 * 泸州港), each labelled with its straight-line distance from the district centre.
 */
const layer: LayerDefinition = {
  id: 'destinations',
  group: 'context',
  order: 3,
  title: { zh: '区域目的地', en: 'Regional destinations' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    pointLayers('destinations', source, {
      color: palette.destination,
      radius: 5,
      stroke: '#ffffff',
      label: { size: 12 },
    }).map((spec) =>
      spec.type === 'symbol'
        ? {
            ...spec,
            layout: {
              ...spec.layout,
              'text-field': ['format', localName, {}, '\n', {}, localRole, { 'font-scale': 0.85 }],
              'text-max-width': 14,
            },
          }
        : spec,
    ),
  legend: [
    {
      label: {
        zh: '区域目的地：城市中心、国际机场（民航）、港口；注直线距离',
        en: 'Regional destination: city centre, international (civil) airport, port; with straight-line distance',
      },
      swatch: { type: 'circle', color: palette.destination, stroke: '#ffffff', radius: 5 },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
