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

/**
 * The interactive features at a point, topmost first (points, then lines, then areas), each once.
 * Point features count within `pointPad` px of the finger (a kiosk gives them a 48 px tap area),
 * the nearest first; lines and areas within HIT_PAD_PX.
 */
export function hitTest(
  map: MaplibreMap,
  point: Point,
  layers: readonly string[],
  pointPad = HIT_PAD_PX,
): Hit[] {
  const shown = layers.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  if (shown.length === 0) return [];
  const box = (pad: number): [[number, number], [number, number]] => [
    [point.x - pad, point.y - pad],
    [point.x + pad, point.y + pad],
  ];
  const isCircle = (id: string) => map.getLayer(id)?.type === 'circle';
  const circles = shown.filter(isCircle);
  const others = shown.filter((id) => !isCircle(id));
  const features = [
    ...(circles.length > 0
      ? map.queryRenderedFeatures(box(Math.max(pointPad, HIT_PAD_PX)), { layers: circles })
      : []),
    ...(others.length > 0 ? map.queryRenderedFeatures(box(HIT_PAD_PX), { layers: others }) : []),
  ];
  const distance = (f: MapGeoJSONFeature) => {
    if (f.geometry.type !== 'Point') return 0;
    const p = map.project(f.geometry.coordinates as [number, number]);
    return Math.hypot(p.x - point.x, p.y - point.y);
  };
  const hits: Hit[] = [];
  const shape = (f: MapGeoJSONFeature) =>
    f.layer.type === 'circle' ? 'point' : f.layer.type === 'line' ? 'line' : 'area';
  const ranked = features
    .map((f) => ({ f, w: weight(f), d: weight(f) === 0 ? distance(f) : 0 }))
    .sort((a, b) => a.w - b.w || a.d - b.d);
  for (const { f } of ranked) {
    const id = String(f.id ?? f.properties.id);
    if (!hits.some((h) => h.id === id)) hits.push({ id, shape: shape(f) });
  }
  return hits;
}
