import dataUrl from '../geodata/sport.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'sport',
  group: 'services',
  order: 252,
  title: { zh: '体育设施', en: 'Sport facilities' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('sport', source, {
      color: palette.sport,
      radius: 5,
      label: { minzoom: 11, size: 11 },
    }),
  legend: [
    {
      label: { zh: '体育设施（示意）', en: 'Sport facility (indicative)' },
      swatch: { type: 'circle', color: '#ffffff', stroke: palette.sport },
    },
    {
      label: {
        zh: '镇街级位置（规划只写明镇街）',
        en: 'Placed at town level (the plan names only the town)',
      },
      swatch: { type: 'circle', color: palette.sport, stroke: palette.sport, radius: 9 },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
