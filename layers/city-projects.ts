import dataUrl from '../geodata/city-projects.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'city-projects',
  group: 'expansion',
  order: 272,
  title: { zh: '城市提升重点项目（专栏3）', en: 'City improvement projects (Box 3)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('city-projects', source, {
      color: palette.cityProject,
      radius: 6,
      label: { size: 11, minzoom: 11 },
    }),
  legend: [
    {
      label: {
        zh: '城市基础设施与有机更新项目；淡色圆盘为镇街级位置',
        en: 'City infrastructure and renewal project; faint disc: placed at town level',
      },
      swatch: { type: 'circle', color: palette.cityProject, stroke: palette.cityProject },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
