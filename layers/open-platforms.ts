import dataUrl from '../geodata/open-platforms.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { pointLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'open-platforms',
  group: 'industry',
  order: 262,
  title: { zh: '对外开放平台', en: 'Opening-up platforms' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    pointLayers('open-platforms', source, {
      color: palette.openPlatform,
      radius: 6,
      label: { size: 11, minzoom: 11 },
    }),
  legend: [
    {
      label: {
        zh: '海关监管场所等开放平台（示意点位）',
        en: 'Customs site and other opening platforms (indicative)',
      },
      swatch: { type: 'circle', color: palette.openPlatform, stroke: palette.openPlatform },
    },
  ],
  panelFields: ['role', 'parent'],
  interactive: true,
};

export default layer;
