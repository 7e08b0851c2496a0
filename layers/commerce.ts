import dataUrl from '../geodata/commerce.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers, polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'commerce',
  group: 'industry',
  order: 264,
  title: {
    zh: '消费中心：商圈、街区与市场',
    en: 'Consumption centre: shopping districts, streets and markets',
  },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...polygonLayers('commerce', source, {
      color: palette.commerce,
      opacity: 0.18,
      dashPlanned: true,
      label: { size: 11, minzoom: 12 },
    }),
    ...pointLayers('commerce-point', source, {
      color: palette.commerce,
      radius: 6,
      label: { size: 11, minzoom: 12 },
    }),
  ],
  legend: [
    {
      label: { zh: '商圈（示意范围）', en: 'Shopping district (indicative extent)' },
      swatch: { type: 'fill', color: palette.commerce, outline: palette.commerce, dashed: true },
    },
    {
      label: {
        zh: '商圈、特色街区、专业市场、会展中心（示意点位）',
        en: 'Shopping district, street, market, exhibition centre (indicative point)',
      },
      swatch: { type: 'circle', color: palette.commerce, stroke: palette.commerce },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
