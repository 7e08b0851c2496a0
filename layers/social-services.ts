import dataUrl from '../geodata/social-services.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'social-services',
  group: 'services',
  order: 254,
  title: { zh: '社会保障与养老服务', en: 'Social security and elderly care' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('social-services', source, {
      color: palette.socialServices,
      radius: 5,
      label: { minzoom: 11, size: 11 },
    }),
  legend: [
    {
      label: { zh: '养老与社会服务机构（示意）', en: 'Elderly care or social service facility (indicative)' },
      swatch: { type: 'circle', color: '#ffffff', stroke: palette.socialServices },
    },
    {
      label: {
        zh: '镇街级位置（规划只写明镇街）',
        en: 'Placed at town level (the plan names only the town)',
      },
      swatch: { type: 'circle', color: palette.socialServices, stroke: palette.socialServices, radius: 9 },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
