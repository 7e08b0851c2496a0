import dataUrl from '../geodata/logistics-nodes.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers, polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'logistics-nodes',
  group: 'logistics',
  order: 90,
  title: { zh: '“1+4+N”物流枢纽与中心', en: '“1+4+N” logistics hub and centres' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) => [
    ...polygonLayers('logistics-nodes', source, {
      color: palette.logistics,
      opacity: 0.5,
      dashPlanned: true,
      label: { size: 12, minzoom: 10 },
    }),
    ...pointLayers('logistics-nodes-point', source, {
      color: palette.logistics,
      radius: 7,
      label: { minzoom: 10 },
    }),
  ],
  legend: [
    {
      label: { zh: '物流枢纽与特色物流中心', en: 'Logistics hub and centres' },
      swatch: { type: 'fill', color: palette.logistics, outline: palette.logistics },
    },
  ],
  panelFields: ['role', 'functions'],
  interactive: true,
};

export default layer;
