/**
 * The baseline for the startup benchmark: one MapLibre map at the atlas's home view, with the
 * atlas's base style and font faces and the district boundary (fill and line). It records in
 * `window.__bench` the time of the first `idle` after the boundary is on the map.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import boundaryUrl from '../../geodata/district-boundary.geojson?url';
import { mapFontFaces } from '../../src/fonts/font-faces.ts';
import { browserLang } from '../../src/i18n/i18n.ts';
import { baseStyle } from '../../styles/base-style.ts';
import { palette } from '../../styles/tokens.ts';

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
const boundary = fetch(boundaryUrl).then((res) => {
  if (!res.ok) throw new Error(`boundary: HTTP ${res.status}`);
  return res.json() as Promise<GeoJSON.FeatureCollection>;
});

// The same `view=lon,lat,zoom` query parameter as the atlas, so both pages open on one view.
const [lon, lat, zoom] = (new URLSearchParams(location.search).get('view') ?? '105.9,29.29,9.35')
  .split(',')
  .map(Number);

const map = new MaplibreMap({
  container: 'map',
  style: baseStyle(mapFontFaces(), browserLang()),
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
    marks.boundaryAdded = performance.now();
    map.once('idle', () => {
      marks.idle = performance.now();
    });
  } catch (err) {
    marks.error = String(err);
  }
});
