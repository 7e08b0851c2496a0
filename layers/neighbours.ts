import dataUrl from '../geodata/neighbours.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { labelLayer, labelSourceOf, perFeature } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

/**
 * The seven districts and counties around Yongchuan, so that the plan's lines do not end in
 * nothing at the boundary. Drawn muted, under every plan layer, with one outline and one label
 * style layer: each style layer on at start costs start-up time.
 */
const layer: LayerDefinition = {
  id: 'neighbours',
  group: 'context',
  order: 0,
  title: { zh: '周边区县', en: 'Neighbouring districts' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) => [
    {
      id: 'neighbours-outline',
      type: 'line',
      source,
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
      paint: {
        'line-color': perFeature(palette.neighbour),
        'line-width': perFeature(1.2),
        'line-opacity': perFeature(1),
        'line-dasharray': perFeature([3, 2]),
      },
    },
    labelLayer('neighbours', labelSourceOf(source), ['Point'], { size: 13, color: palette.neighbour }),
  ],
  legend: [
    {
      label: { zh: '周边区县界（近似）', en: 'Neighbouring district or county (approximate)' },
      swatch: { type: 'line', color: palette.neighbour, width: 1.2, dashed: true },
    },
  ],
  panelFields: ['code'],
  interactive: false,
};

export default layer;
