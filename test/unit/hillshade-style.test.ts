/** The relief in the map's style (styles/hillshade.ts), when a build has terrain tiles. */
import { describe, expect, it } from 'vitest';
import { terrainTilesUrl } from '../../src/data/terrain.ts';
import type { TerrainManifest } from '../../src/data/terrain-manifest.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { withOfflineBasemap } from '../../src/map/offline-basemap.ts';
import { baseStyle } from '../../styles/base-style.ts';
import { HILLSHADE_LAYER, HILLSHADE_SOURCE, TERRAIN_SOURCE, withHillshade } from '../../styles/hillshade.ts';
import { OFFLINE_BASEMAP_SOURCE } from '../../styles/offline-basemap.ts';

const manifest: TerrainManifest = {
  encoding: 'terrarium',
  tileSize: 256,
  bounds: [105.5, 28.8, 106.2, 29.7],
  minzoom: 8,
  maxzoom: 12,
  tiles: 158,
  bytes: 3_500_000,
  credit: 'SRTM: NASA/USGS',
  licence: 'Public domain (USGS)',
  sources: ['N29E105.hgt'],
  builtAt: '2026-12-03T00:00:00.000Z',
};
const url = terrainTilesUrl('http://127.0.0.1:5173', '/');

function planLikeStyle() {
  const style = baseStyle('http://127.0.0.1/fonts/glyphs/{fontstack}/{range}.pbf', 'zh');
  style.sources.plan = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  style.sources['plan-labels'] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  style.layers.push(...LAYERS.flatMap((l) => l.styleLayers('plan')));
  return style;
}

describe('the hillshade', () => {
  it('lies right above the land fill, under every plan layer, in a valid style', async () => {
    const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
    const before = planLikeStyle();
    const style = withHillshade(before, manifest, url);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(HILLSHADE_LAYER)).toBe(ids.indexOf('district-boundary-land') + 1);
    expect(ids.filter((id) => id !== HILLSHADE_LAYER)).toEqual(before.layers.map((l) => l.id));
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('reads the tiles the command wrote, from this site, only within their extent and zooms', () => {
    const style = withHillshade(planLikeStyle(), manifest, url);
    for (const id of [HILLSHADE_SOURCE, TERRAIN_SOURCE])
      expect(style.sources[id]).toEqual({
        type: 'raster-dem',
        tiles: ['http://127.0.0.1:5173/terrain/{z}/{x}/{y}.png'],
        tileSize: 256,
        encoding: 'terrarium',
        bounds: manifest.bounds,
        minzoom: 8,
        maxzoom: 12,
      });
  });

  it('lies on the offline basemap’s land cover, land use and water, under its lines and names', () => {
    const basemap = {
      tiles: '/basemap/tiles/{z}/{x}/{y}.pbf',
      bounds: manifest.bounds,
      minzoom: 8,
      maxzoom: 14,
      attribution: '© OSM',
      source: 'sample.osm.pbf',
      builtAt: '2026-12-03T00:00:00.000Z',
    };
    const withBasemap = withOfflineBasemap(planLikeStyle(), basemap, 'http://127.0.0.1:5173');
    const layers = withHillshade(withBasemap, manifest, url).layers;
    const at = layers.findIndex((l) => l.id === HILLSHADE_LAYER);
    const above = (l: (typeof layers)[number]) => 'source' in l && l.source === OFFLINE_BASEMAP_SOURCE;
    expect(
      layers
        .slice(0, at)
        .filter(above)
        .map((l) => l.type),
    ).toEqual(['fill', 'fill', 'fill']);
    expect(layers[at + 1]!.type).not.toBe('fill');
    expect(above(layers[at + 1]!)).toBe(true);
  });

  it('goes above the background when the land is not in the style at start', () => {
    const style = withHillshade(baseStyle('atlas-glyphs://{fontstack}/{range}', 'zh'), manifest, url);
    expect(style.layers.map((l) => l.id)).toEqual(['background', HILLSHADE_LAYER]);
  });
});
