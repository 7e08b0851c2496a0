import dataUrl from '../geodata/water-works.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers, pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'water-works',
  group: 'water-energy',
  order: 232,
  title: { zh: '水利基础设施（专栏9）', en: 'Water infrastructure (Box 9)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...lineLayers('water-works', source, {
      color: palette.waterWorks,
      width: 3,
      label: { minzoom: 11 },
    }),
    ...pointLayers('water-works-point', source, {
      color: palette.waterWorks,
      radius: 5,
      label: { minzoom: 11.5, size: 11 },
    }),
  ],
  legend: [
    {
      label: { zh: '调水干线（走向示意）', en: 'Water transfer main (route indicative)' },
      swatch: { type: 'line', color: palette.waterWorks, width: 3, dashed: true },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
