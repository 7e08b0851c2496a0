import dataUrl from '../geodata/agriculture-bases.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'agriculture-bases',
  group: 'agriculture',
  order: 200,
  title: { zh: '现代特色高效农业产业布局', en: 'Speciality farming bases (Box 11)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('agriculture-bases', source, {
      color: palette.agriBase,
      radius: 6,
      label: { size: 11, minzoom: 12 },
    }),
  legend: [
    {
      label: {
        zh: '产业重点镇街（专栏11，镇街级位置）',
        en: 'Key town of a farming industry (Box 11, town level)',
      },
      swatch: { type: 'circle', color: palette.agriBase, stroke: palette.agriBase, radius: 8 },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
