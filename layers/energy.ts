import dataUrl from '../geodata/energy.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers, pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'energy',
  group: 'water-energy',
  order: 236,
  title: { zh: '能源保障项目（专栏10）', en: 'Energy projects (Box 10)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...lineLayers('energy-pipeline', source, {
      color: palette.energy,
      width: 2.5,
      label: { minzoom: 11 },
    }),
    ...pointLayers('energy-point', source, {
      color: palette.energy,
      radius: 5,
      label: { minzoom: 11.5, size: 11 },
    }),
  ],
  legend: [
    {
      label: {
        zh: '变电站、热电联产、能源站、充电桩、加油站（示意或镇街级）',
        en: 'Substations, CHP, energy and filling stations, charging piles (indicative or town level)',
      },
      swatch: { type: 'circle', color: palette.energy, stroke: palette.energy },
    },
    {
      label: { zh: '油气管道（走向示意）', en: 'Gas pipeline (route indicative)' },
      swatch: { type: 'line', color: palette.energy, width: 2.5, dashed: true },
    },
  ],
  panelFields: ['role'],
  interactive: true,
};

export default layer;
