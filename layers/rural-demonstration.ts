import dataUrl from '../geodata/rural-demonstration.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'rural-demonstration',
  group: 'agriculture',
  order: 215,
  title: { zh: '农村人居环境整治示范片', en: 'Rural living-environment demonstration areas' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('rural-demonstration', source, {
      color: palette.ruralDemo,
      radius: 6,
      label: { size: 11, minzoom: 12 },
    }),
  legend: [
    {
      label: { zh: '示范片所含镇街（镇街级位置）', en: 'Town of a demonstration area (town level)' },
      swatch: { type: 'circle', color: palette.ruralDemo, stroke: palette.ruralDemo, radius: 8 },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
