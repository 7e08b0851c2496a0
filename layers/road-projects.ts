import dataUrl from '../geodata/road-projects.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers, pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'road-projects',
  group: 'transport',
  order: 275,
  title: { zh: '园区与城市道路项目（专栏5、专栏8）', en: 'Park and city road projects (Boxes 5 and 8)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...lineLayers('road-projects', source, { color: palette.roadProject, width: 2, label: { minzoom: 11 } }),
    ...pointLayers('road-projects-point', source, {
      color: palette.roadProject,
      radius: 5,
      label: { size: 10, minzoom: 12 },
    }),
  ],
  legend: [
    {
      label: { zh: '规划给出两端的道路（示意线）', en: 'Road whose ends the plan gives (indicative line)' },
      swatch: { type: 'line', color: palette.roadProject, width: 2, dashed: true },
    },
    {
      label: {
        zh: '园区或片区内的道路工程（示意点位）；淡色圆盘为镇街级位置',
        en: 'Road works in a park or area (indicative point); faint disc: town level',
      },
      swatch: { type: 'circle', color: palette.roadProject, stroke: palette.roadProject },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
