/**
 * The relief, when the build has terrain tiles (`npm run terrain`): a muted hillshade on the
 * land, under every plan layer, and the elevation the kiosk's sand table stands the map on.
 * Pure, so that it can be tested without a map.
 */
import type {
  HillshadeLayerSpecification,
  RasterDEMSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { TerrainManifest } from '../src/data/terrain-manifest.ts';
import { LAND_FILL_LAYER } from './base-style.ts';
import { OFFLINE_BASEMAP_SOURCE } from './offline-basemap.ts';
import { palette } from './tokens.ts';

/**
 * Two sources of the same tiles, as MapLibre advises: the 3D terrain asks for its tiles at other
 * zooms than the hillshade does.
 */
export const HILLSHADE_SOURCE = 'hillshade-dem';
export const TERRAIN_SOURCE = 'terrain-dem';
export const HILLSHADE_LAYER = 'hillshade';

/**
 * How much the sand table raises the relief: the district's hills (200–1000 m) read as hills
 * under the tilted camera without the plan's blocks (styles/sand-table.ts) sinking into them.
 */
export const SAND_TABLE_EXAGGERATION = 1.5;

export function demSource(m: TerrainManifest, tilesUrl: string): RasterDEMSourceSpecification {
  return {
    type: 'raster-dem',
    tiles: [tilesUrl],
    tileSize: m.tileSize,
    encoding: m.encoding,
    // No request for a tile the command did not write.
    bounds: m.bounds,
    minzoom: m.minzoom,
    maxzoom: m.maxzoom,
  };
}

/** Soft grey shading, lit from the north-west, that leaves the plan's colours as they are. */
export const hillshadeLayer: HillshadeLayerSpecification = {
  id: HILLSHADE_LAYER,
  type: 'hillshade',
  source: HILLSHADE_SOURCE,
  paint: {
    'hillshade-exaggeration': 0.35,
    'hillshade-illumination-direction': 315,
    'hillshade-shadow-color': palette.boundary,
    'hillshade-highlight-color': palette.halo,
    'hillshade-accent-color': palette.boundary,
  },
};

/** An offline basemap's fill (land cover, land use, water), which would hide a hillshade under it. */
const basemapFill = (l: StyleSpecification['layers'][number]) =>
  l.type === 'fill' && l.source === OFFLINE_BASEMAP_SOURCE;

/**
 * The style with both terrain sources and the hillshade right above the land fill (above the
 * background if the land is not in the style at start) and the offline basemap's fills on it,
 * under the basemap's lines and names and every plan layer.
 */
export function withHillshade(
  style: StyleSpecification,
  m: TerrainManifest,
  tilesUrl: string,
): StyleSpecification {
  const layers = [...style.layers];
  const land = layers.findIndex((l) => l.id === LAND_FILL_LAYER);
  let at =
    Math.max(
      land,
      layers.findIndex((l) => l.type === 'background'),
    ) + 1;
  while (at < layers.length && basemapFill(layers[at]!)) at++;
  layers.splice(at, 0, hillshadeLayer);
  const source = demSource(m, tilesUrl);
  return {
    ...style,
    sources: { ...style.sources, [HILLSHADE_SOURCE]: source, [TERRAIN_SOURCE]: { ...source } },
    layers,
  };
}
