import dataUrl from '../geodata/delivery-stations.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'delivery-stations',
  group: 'logistics',
  order: 91,
  title: { zh: '乡镇物流配送站点（N）', en: 'Town delivery stations (N)' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('delivery-stations', source, {
      color: palette.delivery,
      radius: 5,
      label: { minzoom: 11, size: 11 },
    }),
  legend: [
    {
      label: { zh: '乡镇物流配送站点（示意）', en: 'Town delivery station (indicative)' },
      swatch: { type: 'circle', color: palette.delivery, stroke: palette.delivery },
    },
  ],
  panelFields: ['role', 'functions'],
  interactive: true,
};

export default layer;
