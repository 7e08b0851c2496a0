import dataUrl from '../geodata/public-safety.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'public-safety',
  group: 'services',
  order: 257,
  title: { zh: '平安建设与应急', en: 'Public safety and emergency' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('public-safety', source, {
      color: palette.publicSafety,
      radius: 5,
      label: { minzoom: 11, size: 11 },
    }),
  legend: [
    {
      label: { zh: '派出所等治安设施（示意）', en: 'Police station or safety facility (indicative)' },
      swatch: { type: 'circle', color: '#ffffff', stroke: palette.publicSafety },
    },
    {
      label: {
        zh: '镇街级位置（规划只写明镇街）',
        en: 'Placed at town level (the plan names only the town)',
      },
      swatch: { type: 'circle', color: palette.publicSafety, stroke: palette.publicSafety, radius: 9 },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
