import dataUrl from '../geodata/tourism.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'tourism',
  group: 'culture',
  order: 30,
  title: { zh: '“一心四区”旅游布局', en: 'Tourism: one centre, four areas' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    polygonLayers('tourism', source, {
      color: palette.tourism,
      opacity: 0.15,
      dashPlanned: true,
      label: { size: 12, minzoom: 10 },
    }),
  legend: [
    {
      label: { zh: '旅游中心与旅游区', en: 'Tourism centre and areas' },
      swatch: { type: 'fill', color: palette.tourism, outline: palette.tourism, dashed: true },
    },
  ],
  panelFields: ['role', 'functions'],
  interactive: true,
};

export default layer;
