import dataUrl from '../geodata/eco-tech-city-structure.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { lineLayers, pointLayers, polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'eco-tech-city-structure',
  group: 'expansion',
  order: 55,
  title: { zh: '城东科技生态城空间结构', en: 'Eco-tech new town structure' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...polygonLayers('eco-tech-city-structure', source, {
      color: palette.newTownStructure,
      opacity: 0.3,
      dashPlanned: true,
      label: { size: 11, minzoom: 11 },
    }),
    ...lineLayers('eco-tech-city-structure-axis', source, {
      color: palette.newTownStructure,
      width: 2.5,
      label: { minzoom: 11 },
    }),
    ...pointLayers('eco-tech-city-structure-point', source, {
      color: palette.newTownStructure,
      radius: 6,
      label: { minzoom: 11 },
    }),
  ],
  legend: [
    {
      label: { zh: '两轴、四岛、一环、智芯（专栏2）', en: 'Two axes, four islands, ring, core (Box 2)' },
      swatch: {
        type: 'fill',
        color: palette.newTownStructure,
        outline: palette.newTownStructure,
        dashed: true,
      },
    },
  ],
  panelFields: ['role', 'functions', 'parent'],
  interactive: true,
};

export default layer;
