import dataUrl from '../geodata/industrial-parks.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'industrial-parks',
  group: 'industry',
  order: 70,
  title: { zh: '产业园区', en: 'Industrial parks' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    polygonLayers('industrial-parks', source, {
      color: palette.park,
      opacity: 0.22,
      dashPlanned: true,
      label: { size: 13, priority: 2 },
    }),
  legend: [
    {
      label: { zh: '产业园区', en: 'Industrial park' },
      swatch: { type: 'fill', color: palette.park, outline: palette.park },
    },
  ],
  panelFields: ['role', 'industries', 'functions'],
  interactive: true,
};

export default layer;
