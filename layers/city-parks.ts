import dataUrl from '../geodata/city-parks.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'city-parks',
  group: 'ecology',
  order: 223,
  title: { zh: '城市公园与湿地公园', en: 'City and wetland parks' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('city-parks', source, {
      color: palette.cityPark,
      radius: 6,
      label: { minzoom: 12, size: 11 },
    }),
  legend: [
    {
      label: { zh: '建设和提档改造的城市公园（示意）', en: 'City park to build or upgrade (indicative)' },
      swatch: { type: 'circle', color: palette.cityPark, stroke: palette.cityPark },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
