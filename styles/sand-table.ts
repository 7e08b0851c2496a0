/**
 * The kiosk's "sand table" look (沙盘): the plan's main areas raised as blocks under a pitched,
 * slowly turning camera. The heights only tell the areas apart in 3D; they stand for no figure of
 * the plan, and the tour's caption says the view is indicative.
 */
import type { FillExtrusionLayerSpecification } from 'maplibre-gl';
import { palette } from './tokens.ts';

/** Which layers rise, how high (m) and in which colour: the structure of the city, lowest first. */
const RAISED = [
  { layer: 'industrial-parks', height: 250, color: palette.park },
  { layer: 'expansion-zones', height: 400, color: palette.expansion },
  { layer: 'eco-tech-city', height: 550, color: palette.newTown },
] as const;

/** The camera's pitch while the sand-table tour plays, in degrees. */
export const SAND_TABLE_PITCH = 55;
/** How far the camera turns during one tour step, in degrees. */
export const SAND_TABLE_TURN = 30;

export function sandTableLayers(source: string): FillExtrusionLayerSpecification[] {
  return RAISED.map(({ layer, height, color }) => ({
    id: `sand-table-${layer}`,
    type: 'fill-extrusion',
    source,
    filter: ['all', ['==', ['get', 'layer'], layer], ['==', ['geometry-type'], 'Polygon']],
    paint: {
      'fill-extrusion-color': color,
      'fill-extrusion-height': height,
      'fill-extrusion-opacity': 0.55,
    },
  }));
}
