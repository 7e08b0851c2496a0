import dataUrl from '../geodata/health.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'health',
  group: 'services',
  order: 249,
  title: { zh: '医疗卫生项目', en: 'Health projects' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('health', source, {
      color: palette.health,
      radius: 5,
      label: { minzoom: 11, size: 11 },
    }),
  legend: [
    {
      label: { zh: '医院与卫生机构（示意）', en: 'Hospital or health facility (indicative)' },
      swatch: { type: 'circle', color: '#ffffff', stroke: palette.health },
    },
    {
      label: {
        zh: '镇街级位置（规划只写明镇街）',
        en: 'Placed at town level (the plan names only the town)',
      },
      swatch: { type: 'circle', color: palette.health, stroke: palette.health, radius: 9 },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
