import dataUrl from '../geodata/vocational-base.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'vocational-base',
  group: 'services',
  order: 35,
  title: { zh: '西部职教基地', en: 'Western Vocational Education Base' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    polygonLayers('vocational-base', source, {
      color: palette.vocational,
      opacity: 0.2,
      dashPlanned: true,
      label: { size: 12, minzoom: 10.5 },
    }),
  legend: [
    {
      label: { zh: '一核一片一圈一镇', en: 'One core, one area, one ring, one town' },
      swatch: { type: 'fill', color: palette.vocational, outline: palette.vocational, dashed: true },
    },
  ],
  panelFields: ['role', 'functions', 'parent'],
  interactive: true,
};

export default layer;
