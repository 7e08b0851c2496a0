import dataUrl from '../geodata/waterway-port.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers, pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'waterway-port',
  group: 'transport',
  order: 120,
  title: { zh: '长江航道与港口', en: 'Yangtze waterway and port' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) => [
    ...lineLayers('waterway-port', source, {
      color: palette.waterway,
      width: 4,
      label: { size: 12, minzoom: 10 },
    }),
    ...pointLayers('waterway-port-point', source, {
      color: palette.waterway,
      radius: 8,
      stroke: '#ffffff',
      label: { minzoom: 10 },
    }),
  ],
  legend: [
    {
      label: { zh: '长江航道（二级）', en: 'Yangtze waterway (Class II)' },
      swatch: { type: 'line', color: palette.waterway, width: 4 },
    },
    {
      label: { zh: '朱沱作业区', en: 'Zhutuo port terminal' },
      swatch: { type: 'circle', color: palette.waterway, stroke: '#ffffff' },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
