import dataUrl from '../geodata/expressways.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'expressways',
  group: 'transport',
  order: 100,
  title: { zh: '高速公路', en: 'Expressways' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    lineLayers('expressways', source, {
      color: palette.expressway,
      width: 2.5,
      casing: '#ffffff',
      label: { minzoom: 10.5 },
    }),
  legend: [
    {
      label: { zh: '既有高速公路', en: 'Existing expressway' },
      swatch: { type: 'line', color: palette.expressway, width: 3 },
    },
    {
      label: { zh: '规划/在建高速公路', en: 'Planned or building expressway' },
      swatch: { type: 'line', color: palette.expressway, width: 3, dashed: true },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
