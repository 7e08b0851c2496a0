import dataUrl from '../geodata/education.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'education',
  group: 'services',
  order: 245,
  title: { zh: '教育项目', en: 'Education projects' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('education', source, {
      color: palette.education,
      radius: 5,
      label: { minzoom: 11, size: 11 },
    }),
  legend: [
    {
      label: { zh: '学校与院校（示意）', en: 'School or college (indicative)' },
      swatch: { type: 'circle', color: '#ffffff', stroke: palette.education },
    },
    {
      label: {
        zh: '镇街级位置（规划只写明镇街）',
        en: 'Placed at town level (the plan names only the town)',
      },
      swatch: { type: 'circle', color: palette.education, stroke: palette.education, radius: 9 },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
