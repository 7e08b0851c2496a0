import dataUrl from '../geodata/environment-works.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'environment-works',
  group: 'ecology',
  order: 229,
  title: { zh: '生态环境治理工程（专栏15）', en: 'Environmental works (Box 15)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('environment-works', source, {
      color: palette.environmentWorks,
      radius: 5,
      label: { minzoom: 11.5, size: 11 },
    }),
  legend: [
    {
      label: { zh: '治理工程（镇街级位置）', en: 'Environmental works (placed at town level)' },
      swatch: { type: 'circle', color: palette.environmentWorks, stroke: palette.environmentWorks },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
