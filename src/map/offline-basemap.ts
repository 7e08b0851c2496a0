/**
 * Puts the offline basemap, when the build carries one (`npm run basemap`), into the map's first
 * style: its vector source from the site's own tiles, and its layers right above the district's
 * land fill, so that it shows inside the district and every other plan layer draws over it.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { LAND_FILL_LAYER } from '../../styles/base-style.ts';
import { BASEMAP_SHOWN, OFFLINE_BASEMAP_SOURCE, offlineBasemapLayers } from '../../styles/offline-basemap.ts';
import type { OfflineBasemap } from '../basemap/offline-basemap.ts';

/**
 * The style with the basemap in it; the style itself when there is none.
 * @param origin - the page's origin: MapLibre takes only absolute tile URLs.
 */
export function withOfflineBasemap(
  style: StyleSpecification,
  basemap: OfflineBasemap | null,
  origin: string,
): StyleSpecification {
  if (!basemap) return style;
  const layers = [...style.layers];
  const land = layers.findIndex((l) => l.id === LAND_FILL_LAYER);
  const at = land >= 0 ? land + 1 : layers.findIndex((l) => l.type !== 'background');
  layers.splice(at < 0 ? layers.length : at, 0, ...offlineBasemapLayers());
  return {
    ...style,
    state: { ...style.state, [BASEMAP_SHOWN]: { default: true } },
    sources: {
      ...style.sources,
      [OFFLINE_BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: [`${origin}${basemap.tiles}`],
        bounds: basemap.bounds,
        minzoom: basemap.minzoom,
        maxzoom: basemap.maxzoom,
        attribution: basemap.attribution,
      },
    },
    layers,
  };
}
