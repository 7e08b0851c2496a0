import dataUrl from '../geodata/rivers.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'rivers',
  group: 'ecology',
  order: 15,
  title: { zh: '长江与“五河”', en: 'Yangtze and the five rivers' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    lineLayers('rivers', source, {
      color: palette.water,
      width: 1.8,
      label: { size: 11, minzoom: 10.5, color: palette.waterway },
    }),
  legend: [
    {
      label: { zh: '河流（示意）', en: 'River (indicative)' },
      swatch: { type: 'line', color: palette.water, width: 2 },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
