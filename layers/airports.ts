import dataUrl from '../geodata/airports.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'airports',
  group: 'transport',
  order: 130,
  title: { zh: '机场与直升机起降点', en: 'Airport and helipads' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    pointLayers('airports', source, {
      color: palette.airport,
      radius: 7,
      stroke: '#ffffff',
      label: { size: 12, minzoom: 10 },
    }),
  legend: [
    {
      label: { zh: '通用机场；空心为研究中的起降点', en: 'General airport; hollow: helipad under study' },
      swatch: { type: 'circle', color: palette.airport, stroke: '#ffffff' },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
