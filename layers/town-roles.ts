import dataUrl from '../geodata/town-roles.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'town-roles',
  group: 'towns',
  order: 150,
  title: { zh: '镇域发展方向', en: 'Town roles' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    pointLayers('town-roles', source, {
      color: palette.town,
      radius: 6,
      stroke: '#ffffff',
      label: { size: 12 },
    }),
  legend: [
    {
      label: { zh: '镇（专栏13主导方向）', en: 'Town (role, Box 13)' },
      swatch: { type: 'circle', color: palette.town, stroke: '#ffffff' },
    },
  ],
  panelFields: ['role', 'specialities', 'parent', 'code'],
  interactive: true,
};

export default layer;
