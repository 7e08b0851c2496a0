import dataUrl from '../geodata/urban-structure.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers, polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'urban-structure',
  group: 'expansion',
  order: 40,
  title: { zh: '主城区空间结构', en: 'Main city structure' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) => [
    ...polygonLayers('urban-structure', source, {
      color: palette.urban,
      opacity: 0.1,
      dashPlanned: true,
      label: { size: 12, minzoom: 10 },
    }),
    ...pointLayers('urban-structure-centre', source, {
      color: palette.urban,
      radius: 6,
      label: { size: 12, minzoom: 10.5 },
    }),
  ],
  legend: [
    {
      label: { zh: '两带、四心、六片与组团', en: 'Two belts, four centres, six districts, clusters' },
      swatch: { type: 'fill', color: palette.urban, outline: palette.urban, dashed: true },
    },
  ],
  panelFields: ['role', 'functions', 'parent'],
  interactive: true,
};

export default layer;
