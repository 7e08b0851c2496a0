import dataUrl from '../geodata/regional-cooperation.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'regional-cooperation',
  group: 'expansion',
  order: 218,
  title: { zh: '成渝地区双城经济圈区域协同', en: 'Chengdu–Chongqing regional integration' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    lineLayers('regional-cooperation', source, {
      color: palette.regional,
      width: 3.5,
      label: { minzoom: 8 },
    }),
  legend: [
    {
      label: {
        zh: '成渝主轴（示意，连接城区）',
        en: 'Chengdu–Chongqing main axis (indicative, joins city centres)',
      },
      swatch: { type: 'line', color: palette.regional, width: 3.5 },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
