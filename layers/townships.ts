import dataUrl from '../geodata/townships.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'townships',
  group: 'context',
  order: 18,
  title: { zh: '镇街驻地', en: 'Town and subdistrict seats' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('townships', source, {
      color: palette.township,
      radius: 3.5,
      label: { size: 10, minzoom: 10, color: palette.township },
    }),
  legend: [
    {
      label: { zh: '镇/街道驻地（23个）', en: 'Town or subdistrict seat (23)' },
      swatch: { type: 'circle', color: palette.township, stroke: palette.township, radius: 3.5 },
    },
  ],
  panelFields: ['code'],
  interactive: true,
};

export default layer;
