import dataUrl from '../geodata/trunk-roads.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'trunk-roads',
  group: 'transport',
  order: 95,
  title: { zh: '干线公路改造', en: 'Trunk road upgrades' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    lineLayers('trunk-roads', source, { color: palette.trunkRoad, width: 2, label: { minzoom: 11 } }),
  legend: [
    {
      label: { zh: '国省道改造（专栏8）', en: 'National/provincial road upgrade (Box 8)' },
      swatch: { type: 'line', color: palette.trunkRoad, width: 2, dashed: true },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
