import dataUrl from '../geodata/city-lakes.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'city-lakes',
  group: 'ecology',
  order: 220,
  title: { zh: '“九湖美景”城区湖泊', en: 'City lakes (“nine lakes”)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    polygonLayers('city-lakes', source, {
      color: palette.cityLake,
      opacity: 0.45,
      label: { size: 11, minzoom: 12, color: palette.waterway },
    }),
  legend: [
    {
      label: { zh: '城区湖泊（位置与形状示意）', en: 'City lake (position and shape indicative)' },
      swatch: { type: 'fill', color: palette.cityLake, outline: palette.cityLake },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
