import dataUrl from '../geodata/protected-areas.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers, polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'protected-areas',
  group: 'ecology',
  order: 226,
  title: { zh: '自然保护地', en: 'Protected areas' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...polygonLayers('protected-areas', source, {
      color: palette.protectedArea,
      opacity: 0.22,
      label: { size: 11, minzoom: 11 },
    }),
    ...lineLayers('protected-areas-river', source, {
      color: palette.protectedArea,
      width: 4,
      label: { minzoom: 11 },
    }),
  ],
  legend: [
    {
      label: { zh: '自然保护地（范围待划定，示意）', en: 'Protected area (bounds to be fixed; indicative)' },
      swatch: { type: 'fill', color: palette.protectedArea, outline: palette.protectedArea },
    },
    {
      label: {
        zh: '长江珍稀特有鱼类保护区（沿江示意）',
        en: 'Yangtze rare fish reserve (along the river, indicative)',
      },
      swatch: { type: 'line', color: palette.protectedArea, width: 4 },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
