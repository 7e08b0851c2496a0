/**
 * "What is here": every plan feature at a point, in every layer, visible or not: the areas that
 * contain it, and the lines and points within a fingertip of it. Pure, so it is tested in Node.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { PlanFeature } from '../data/schema.ts';
import { geodesicAreaM2, geodesicDistanceM } from '../geo/measure.ts';

export interface HereItem {
  feature: PlanFeature;
  /** How it is at the point: inside an area, near a line or near a point (metres away). */
  how: 'inside' | 'near';
  distanceM: number;
}

function lines(g: GeoJSON.Geometry): GeoJSON.Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

function points(g: GeoJSON.Geometry): GeoJSON.Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint') return g.coordinates;
  return [];
}

/**
 * The features at `at`: areas containing it, smallest first (the most particular place first),
 * then lines and points within `reachM`, nearest first, points before lines.
 */
export function featuresAt(
  features: readonly PlanFeature[],
  at: [number, number],
  reachM: number,
): HereItem[] {
  const areas: { item: HereItem; size: number }[] = [];
  const near: HereItem[] = [];
  for (const feature of features) {
    const g = feature.geometry;
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      if (booleanPointInPolygon(at, g))
        areas.push({ item: { feature, how: 'inside', distanceM: 0 }, size: geodesicAreaM2(g) });
      continue;
    }
    const d = Math.min(
      ...points(g).map((p) => geodesicDistanceM(p, at)),
      ...lines(g).map((l) =>
        pointToLineDistance(at, { type: 'LineString', coordinates: l }, { units: 'meters' }),
      ),
    );
    if (d <= reachM) near.push({ feature, how: 'near', distanceM: d });
  }
  const isPoint = (i: HereItem) =>
    i.feature.geometry.type === 'Point' || i.feature.geometry.type === 'MultiPoint';
  near.sort((a, b) => Number(isPoint(b)) - Number(isPoint(a)) || a.distanceM - b.distanceM);
  return [...near, ...areas.sort((a, b) => a.size - b.size).map((a) => a.item)];
}
