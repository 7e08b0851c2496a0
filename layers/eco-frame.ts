import dataUrl from '../geodata/eco-frame.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'eco-frame',
  group: 'ecology',
  order: 20,
  title: { zh: '“五山五河一网”生态格局', en: 'Ecological frame: five mountains' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    polygonLayers('eco-frame', source, {
      color: palette.mountain,
      opacity: 0.18,
      label: { size: 12, minzoom: 10 },
    }),
  legend: [
    {
      label: { zh: '五山（自然山体）', en: 'The five mountain ridges' },
      swatch: { type: 'fill', color: palette.mountain, outline: palette.mountain },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
