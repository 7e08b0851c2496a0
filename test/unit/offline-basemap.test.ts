import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { tileRange } from '../../scripts/basemap/offline-basemap-files.ts';
import type { OfflineBasemap } from '../../src/basemap/offline-basemap.ts';
import { withOfflineBasemap } from '../../src/map/offline-basemap.ts';
import { baseStyle } from '../../styles/base-style.ts';
import { BASEMAP_SHOWN, OFFLINE_BASEMAP_SOURCE, offlineBasemapLayers } from '../../styles/offline-basemap.ts';

const BASEMAP: OfflineBasemap = {
  tiles: '/basemap/tiles/{z}/{x}/{y}.pbf',
  bounds: [105.5275, 28.8387, 106.1859, 29.6742],
  minzoom: 8,
  maxzoom: 14,
  attribution: '© OpenStreetMap contributors (ODbL)',
  source: 'sample.osm.pbf',
  builtAt: '2026-12-03T06:00:00.000Z',
};

/** The base style with a land fill and a plan line above it, as planStyle builds them. */
function planLike() {
  const style = baseStyle('http://127.0.0.1/fonts/glyphs/{fontstack}/{range}.pbf', 'zh');
  style.sources.plan = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  style.layers.push(
    { id: 'district-boundary-land', type: 'fill', source: 'plan', paint: { 'fill-color': '#fff' } },
    { id: 'rail-lines-line', type: 'line', source: 'plan' },
  );
  return style;
}

describe('the offline basemap style', () => {
  it('is valid MapLibre style: the map does not check it at start-up, and one bad layer drops every layer after it', () => {
    const style = withOfflineBasemap(planLike(), BASEMAP, 'http://127.0.0.1:5173');
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('goes right above the land fill and below the plan, from the page’s own server', () => {
    const style = withOfflineBasemap(planLike(), BASEMAP, 'http://127.0.0.1:5173');
    const ids = style.layers.map((l) => l.id);
    const own = offlineBasemapLayers().map((l) => l.id);
    expect(ids).toEqual(['background', 'district-boundary-land', ...own, 'rail-lines-line']);
    expect(style.sources[OFFLINE_BASEMAP_SOURCE]).toMatchObject({
      type: 'vector',
      tiles: ['http://127.0.0.1:5173/basemap/tiles/{z}/{x}/{y}.pbf'],
      attribution: BASEMAP.attribution,
    });
    expect(style.state?.[BASEMAP_SHOWN]).toEqual({ default: true });
  });

  it('draws every kind of feature the tiles hold, each hidden with the switch', () => {
    const layers = offlineBasemapLayers();
    const sourceLayers = new Set(layers.map((l) => ('source-layer' in l ? l['source-layer'] : '')));
    expect([...sourceLayers].sort()).toEqual(
      ['building', 'landcover', 'landuse', 'place', 'transportation', 'water', 'waterway'].sort(),
    );
    for (const l of layers)
      expect(l.layout?.visibility, l.id).toEqual([
        'case',
        ['global-state', BASEMAP_SHOWN],
        'visible',
        'none',
      ]);
  });

  it('leaves the style untouched when the build carries no basemap', () => {
    const style = planLike();
    expect(withOfflineBasemap(style, null, 'http://127.0.0.1:5173')).toBe(style);
  });
});

describe('tile ranges', () => {
  it('covers the box at each zoom, north row first', () => {
    // Yongchuan's centre is in 13/6506/3396, one of the tiles tilemaker writes for the fixture.
    expect(tileRange([105.93, 29.36, 105.93, 29.36], 13)).toEqual({ x: [6506, 6506], y: [3396, 3396] });
    const { x, y } = tileRange(BASEMAP.bounds, 8);
    expect(x[0]).toBeLessThanOrEqual(x[1]);
    expect(y[0]).toBeLessThanOrEqual(y[1]);
  });
});
