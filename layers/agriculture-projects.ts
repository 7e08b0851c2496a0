import dataUrl from '../geodata/agriculture-projects.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers, pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'agriculture-projects',
  group: 'agriculture',
  order: 210,
  title: { zh: '农业示范走廊与项目', en: 'Agricultural corridor and projects' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...lineLayers('agriculture-projects', source, {
      color: palette.agriProject,
      width: 3,
      label: { minzoom: 9 },
    }),
    ...pointLayers('agriculture-projects-point', source, {
      color: palette.agriProject,
      radius: 6,
      label: { size: 11, minzoom: 11 },
    }),
  ],
  legend: [
    {
      label: { zh: '农业示范走廊（示意）', en: 'Agricultural demonstration corridor (indicative)' },
      swatch: { type: 'line', color: palette.agriProject, width: 3, dashed: true },
    },
    {
      label: { zh: '农业项目（镇街级位置）', en: 'Agricultural project (town level)' },
      swatch: { type: 'circle', color: palette.agriProject, stroke: palette.agriProject, radius: 8 },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
