import dataUrl from '../geodata/park-infrastructure.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'park-infrastructure',
  group: 'industry',
  order: 269,
  title: { zh: '园区楼宇与市政设施（专栏5）', en: 'Park buildings and utilities (Box 5)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('park-infrastructure', source, {
      color: palette.parkInfrastructure,
      radius: 5,
      label: { size: 10, minzoom: 12 },
    }),
  legend: [
    {
      label: {
        zh: '园区楼宇、污水厂、给水厂等（园内示意点位）',
        en: 'Park buildings, sewage and water works (indicative point in the park)',
      },
      swatch: { type: 'circle', color: palette.parkInfrastructure, stroke: palette.parkInfrastructure },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
