import dataUrl from '../geodata/industry-subparks.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'industry-subparks',
  group: 'industry',
  order: 80,
  title: { zh: '特色产业园', en: 'Industry sub-parks' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    polygonLayers('industry-subparks', source, {
      color: palette.subpark,
      opacity: 0.35,
      dashPlanned: true,
      label: { size: 11, minzoom: 11 },
    }),
  legend: [
    {
      label: { zh: '园中园（产业园）', en: 'Sub-park within a park' },
      swatch: { type: 'fill', color: palette.subpark, outline: palette.subpark, dashed: true },
    },
  ],
  panelFields: ['role', 'industries', 'parent'],
  interactive: true,
};

export default layer;
