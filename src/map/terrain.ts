/**
 * The build's terrain on the map, when it has some (src/data/terrain.ts): the hillshade in the
 * style the map starts with, and the 3D relief under the kiosk's sand table. Without terrain
 * both leave the map as it is.
 */
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { SAND_TABLE_EXAGGERATION, TERRAIN_SOURCE, withHillshade } from '../../styles/hillshade.ts';
import { TERRAIN, terrainTilesUrl } from '../data/terrain.ts';

export function withTerrain(style: StyleSpecification): StyleSpecification {
  if (!TERRAIN) return style;
  return withHillshade(style, TERRAIN, terrainTilesUrl(location.origin, import.meta.env.BASE_URL));
}

/** Stands the map on its relief, or lays it flat again. */
export function setRelief(map: MaplibreMap, on: boolean): void {
  if (!TERRAIN) return;
  map.setTerrain(on ? { source: TERRAIN_SOURCE, exaggeration: SAND_TABLE_EXAGGERATION } : null);
}
