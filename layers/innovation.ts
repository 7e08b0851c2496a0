import dataUrl from '../geodata/innovation.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'innovation',
  group: 'industry',
  order: 267,
  title: { zh: '创新载体', en: 'Innovation platforms' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('innovation', source, {
      color: palette.innovation,
      radius: 6,
      label: { size: 11, minzoom: 11 },
    }),
  legend: [
    {
      label: {
        zh: '创新载体、众创空间（示意点位）',
        en: 'Innovation platform, maker space (indicative point)',
      },
      swatch: { type: 'circle', color: palette.innovation, stroke: palette.innovation },
    },
  ],
  panelFields: ['role', 'functions', 'parent'],
  interactive: true,
};

export default layer;
