import dataUrl from '../geodata/eco-tech-city.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'eco-tech-city',
  group: 'expansion',
  order: 50,
  title: { zh: '城东科技生态城', en: 'East City Eco-Tech New Town' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) =>
    polygonLayers('eco-tech-city', source, {
      color: palette.newTown,
      opacity: 0.12,
      dashPlanned: true,
      label: { size: 14, minzoom: 9 },
    }),
  legend: [
    {
      label: { zh: '城东科技生态城（30平方公里）', en: 'Eco-tech new town (30 km²)' },
      swatch: { type: 'fill', color: palette.newTown, outline: palette.newTown, dashed: true },
    },
  ],
  panelFields: ['role', 'functions'],
  interactive: true,
};

export default layer;
