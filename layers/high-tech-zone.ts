import dataUrl from '../geodata/high-tech-zone.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { polygonLayers } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

const layer: LayerDefinition = {
  id: 'high-tech-zone',
  group: 'industry',
  order: 260,
  title: { zh: '永川国家高新区', en: 'Yongchuan National High-Tech Zone' },
  dataUrl,
  defaultVisible: false,
  styleLayers: (source) =>
    polygonLayers('high-tech-zone', source, {
      color: palette.highTechZone,
      opacity: 0.06,
      dashPlanned: true,
      label: { size: 12, minzoom: 9 },
    }),
  legend: [
    {
      label: {
        zh: '高新区：核心凤凰湖园区、南翼港桥、北翼三教（示意）',
        en: 'High-tech zone: Fenghuanghu core, Gangqiao and Sanjiao wings (indicative)',
      },
      swatch: { type: 'fill', color: palette.highTechZone, outline: palette.highTechZone },
    },
  ],
  panelFields: ['role', 'functions'],
  interactive: true,
};

export default layer;
