import dataUrl from '../geodata/line-exits.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { labelLayer } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

/**
 * Where the rail lines, expressways and the Yangtze leave the district, and where they go
 * (“→ 成都”): one label style layer, text only, at the boundary crossing.
 */
const layer: LayerDefinition = {
  id: 'line-exits',
  group: 'context',
  order: 2,
  title: { zh: '出境方向', en: 'Where lines lead' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) => [
    labelLayer('line-exits', source, ['Point'], { size: 11, color: palette.neighbour, minzoom: 8.5 }),
  ],
  legend: [
    {
      label: {
        zh: '线路出区方向（如“→ 成都”）',
        en: 'Where a line leads beyond the district (e.g. “→ Chengdu”)',
      },
      swatch: { type: 'line', color: palette.neighbour, width: 1 },
    },
  ],
  panelFields: [],
  interactive: false,
};

export default layer;
