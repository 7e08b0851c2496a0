/**
 * Which plan features a click or tap means: every interactive feature within a few pixels of the
 * point, the one the finger most likely meant first.
 */
import type { MapGeoJSONFeature, Map as MaplibreMap, Point } from 'maplibre-gl';

/** How far (px) around the pointer a feature still counts as hit: a fingertip, not a pixel. */
export const HIT_PAD_PX = 6;

/** Points before lines before polygons: a station inside a park is what the finger meant. */
const weight = (f: MapGeoJSONFeature) => (f.layer.type === 'circle' ? 0 : f.layer.type === 'line' ? 1 : 2);

/** A feature under the pointer: its id, and whether it is drawn as a point, a line or an area. */
export interface Hit {
  id: string;
  shape: 'point' | 'line' | 'area';
}

/** The interactive features at a point, topmost first (points, then lines, then areas), each once. */
export function hitTest(map: MaplibreMap, point: Point, layers: readonly string[]): Hit[] {
  const shown = layers.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  if (shown.length === 0) return [];
  const features = map.queryRenderedFeatures(
    [
      [point.x - HIT_PAD_PX, point.y - HIT_PAD_PX],
      [point.x + HIT_PAD_PX, point.y + HIT_PAD_PX],
    ],
    { layers: shown },
  );
  const hits: Hit[] = [];
  const shape = (f: MapGeoJSONFeature) =>
    f.layer.type === 'circle' ? 'point' : f.layer.type === 'line' ? 'line' : 'area';
  for (const f of [...features].sort((a, b) => weight(a) - weight(b))) {
    const id = String(f.id ?? f.properties.id);
    if (!hits.some((h) => h.id === id)) hits.push({ id, shape: shape(f) });
  }
  return hits;
}
