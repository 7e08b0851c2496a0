import dataUrl from '../geodata/transport-projects.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers, pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'transport-projects',
  group: 'transport',
  order: 278,
  title: { zh: '第二机场通道与临空经济', en: 'Second airport corridor and airport economy' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...lineLayers('transport-projects', source, {
      color: palette.transportProject,
      width: 3,
      label: { minzoom: 10 },
    }),
    ...pointLayers('transport-projects-point', source, {
      color: palette.transportProject,
      radius: 7,
      label: { size: 11, minzoom: 10 },
    }),
  ],
  legend: [
    {
      label: {
        zh: '至重庆第二机场的集疏运通道（方向示意）',
        en: 'Access corridor to the second airport (direction only)',
      },
      swatch: { type: 'line', color: palette.transportProject, width: 3, dashed: true },
    },
    {
      label: { zh: '临空经济产业园（示意点位）', en: 'Airport economy park (indicative point)' },
      swatch: { type: 'circle', color: palette.transportProject, stroke: palette.transportProject },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
