import dataUrl from '../geodata/rail-lines.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'rail-lines',
  group: 'transport',
  order: 110,
  title: { zh: '铁路', en: 'Railways' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    lineLayers('rail-lines', source, {
      color: palette.rail,
      width: 2.5,
      casing: '#ffffff',
      label: { minzoom: 10.5 },
    }),
  legend: [
    {
      label: { zh: '既有铁路', en: 'Existing railway' },
      swatch: { type: 'line', color: palette.rail, width: 3, casing: '#ffffff' },
    },
    {
      label: { zh: '规划/在建铁路', en: 'Planned or building railway' },
      swatch: { type: 'line', color: palette.rail, width: 3, dashed: true },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
