import dataUrl from '../geodata/district-boundary.geojson?url';
import type { LayerDefinition } from '../src/layers/types.ts';
import { LAND_FILL_LAYER } from '../styles/base-style.ts';
import { perFeature } from '../styles/layer-styles.ts';
import { palette } from '../styles/tokens.ts';

/** The district drawn as bright land on the dimmed world, so everything outside recedes. */
const layer: LayerDefinition = {
  id: 'district-boundary',
  group: 'context',
  order: 1,
  title: { zh: '永川区界', en: 'District boundary' },
  dataUrl,
  defaultVisible: true,
  styleLayers: (source) => [
    {
      id: LAND_FILL_LAYER,
      type: 'fill',
      source,
      // The boundary line draws the edge: no antialiased outline pass, and one shader program fewer.
      paint: { 'fill-color': palette.land, 'fill-opacity': perFeature(1), 'fill-antialias': false },
    },
    {
      id: 'district-boundary-line',
      type: 'line',
      source,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.boundary, 'line-width': 2.2, 'line-opacity': 0.85 },
    },
  ],
  legend: [
    {
      label: { zh: '永川区行政区界（近似）', en: 'Yongchuan District boundary (approximate)' },
      swatch: { type: 'fill', color: palette.land, outline: palette.boundary },
    },
  ],
  panelFields: ['code'],
  interactive: false,
};

export default layer;
