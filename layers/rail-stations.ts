import dataUrl from '../geodata/rail-stations.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'rail-stations',
  group: 'transport',
  order: 140,
  title: { zh: '铁路车站', en: 'Rail stations' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    pointLayers('rail-stations', source, {
      color: palette.station,
      radius: 7,
      stroke: '#ffffff',
      label: { size: 12, priority: 3 },
    }),
  legend: [
    {
      label: { zh: '铁路车站（空心为规划）', en: 'Rail station (hollow: planned)' },
      swatch: { type: 'circle', color: palette.station, stroke: '#ffffff' },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
