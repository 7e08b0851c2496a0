/**
 * The baseline for the startup benchmark: one MapLibre map at the atlas's home view, with the
 * atlas's base style and label glyphs and the base map the issue defines: the district boundary
 * (fill and line), the towns (seats and names) and the rivers (lines and names). It records in
 * `window.__bench` the time of the first `idle` after the base is on the map.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import boundaryUrl from '../../geodata/district-boundary.geojson?url';
import riversUrl from '../../geodata/rivers.geojson?url';
import townshipsUrl from '../../geodata/townships.geojson?url';
import { browserLang } from '../../src/i18n/i18n.ts';
import { installMapGlyphs } from '../../src/map/install-glyphs.ts';
import { baseStyle } from '../../styles/base-style.ts';
import { FONT, palette } from '../../styles/tokens.ts';

interface BareMarks {
  load?: number;
  boundaryAdded?: number;
  idle?: number;
  error?: string;
}

declare global {
  interface Window {
    __bench: BareMarks;
    __map: MaplibreMap;
  }
}

setWorkerUrl(workerUrl);
const marks: BareMarks = {};
window.__bench = marks;

// Fetched while the map starts, as the atlas fetches its data while its map starts.
const load = (url: string) =>
  fetch(url).then((res) => {
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json() as Promise<GeoJSON.FeatureCollection>;
  });
const boundary = load(boundaryUrl);
const townships = load(townshipsUrl);
const rivers = load(riversUrl);

// The same `view=lon,lat,zoom` query parameter as the atlas, so both pages open on one view.
const [lon, lat, zoom] = (new URLSearchParams(location.search).get('view') ?? '105.9,29.29,9.35')
  .split(',')
  .map(Number);

const map = new MaplibreMap({
  container: 'map',
  style: baseStyle(installMapGlyphs().url, browserLang()),
  localIdeographFontFamily: false,
  center: [lon, lat],
  zoom,
  attributionControl: false,
});
window.__map = map;

map.once('load', async () => {
  marks.load = performance.now();
  try {
    map.addSource('boundary', { type: 'geojson', data: await boundary });
    map.addLayer({
      id: 'boundary-fill',
      type: 'fill',
      source: 'boundary',
      paint: { 'fill-color': palette.land },
    });
    map.addLayer({
      id: 'boundary-line',
      type: 'line',
      source: 'boundary',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.boundary, 'line-width': 2.2, 'line-opacity': 0.85 },
    });
    map.addSource('rivers', { type: 'geojson', data: await rivers });
    map.addLayer({
      id: 'rivers-line',
      type: 'line',
      source: 'rivers',
      paint: { 'line-color': palette.water, 'line-width': 1.8 },
    });
    map.addLayer({
      id: 'rivers-label',
      type: 'symbol',
      source: 'rivers',
      // As in the atlas (layers/rivers.ts): river names from zoom 10.5.
      minzoom: 10.5,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name_zh'],
        'text-font': [FONT],
        'text-size': 11,
      },
      paint: { 'text-color': palette.water, 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
    });
    map.addSource('townships', { type: 'geojson', data: await townships });
    map.addLayer({
      id: 'townships-circle',
      type: 'circle',
      source: 'townships',
      paint: {
        'circle-radius': 4,
        'circle-color': palette.township,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.5,
      },
    });
    map.addLayer({
      id: 'townships-label',
      type: 'symbol',
      source: 'townships',
      layout: {
        'text-field': ['get', 'name_zh'],
        'text-font': [FONT],
        'text-size': 11,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
      },
      paint: { 'text-color': palette.label, 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
    });
    marks.boundaryAdded = performance.now();
    map.once('idle', () => {
      marks.idle = performance.now();
    });
  } catch (err) {
    marks.error = String(err);
  }
});
