import dataUrl from '../geodata/expansion-zones.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'expansion-zones',
  group: 'expansion',
  order: 60,
  title: { zh: '重点拓展区域', en: 'Expansion zones' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    polygonLayers('expansion-zones', source, {
      color: palette.expansion,
      opacity: 0.3,
      dashPlanned: true,
      label: { size: 13, priority: 1 },
    }),
  legend: [
    {
      label: { zh: '“双百城市”重点拓展区域（专栏1）', en: 'Priority expansion zone (Box 1)' },
      swatch: { type: 'fill', color: palette.expansion, outline: palette.expansion, dashed: true },
    },
  ],
  panelFields: ['role', 'functions'],
  interactive: true,
};

export default layer;
