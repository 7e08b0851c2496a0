import dataUrl from '../geodata/culture-tourism.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'culture-tourism',
  group: 'culture',
  order: 240,
  title: { zh: '文化事业和文旅产业项目', en: 'Culture and tourism projects' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('culture-tourism', source, {
      color: palette.cultureTourism,
      radius: 5,
      label: { minzoom: 11, size: 11 },
    }),
  legend: [
    {
      label: { zh: '文化和旅游项目（示意）', en: 'Culture and tourism project (indicative)' },
      swatch: { type: 'circle', color: '#ffffff', stroke: palette.cultureTourism },
    },
    {
      label: {
        zh: '镇街级位置（规划只写明镇街）',
        en: 'Placed at town level (the plan names only the town)',
      },
      swatch: { type: 'circle', color: palette.cultureTourism, stroke: palette.cultureTourism, radius: 9 },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
