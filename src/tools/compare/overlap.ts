/**
 * A drawn polygon set against the plan's polygons: where they overlap, how much of each zone
 * that is, and how much of the zone's area target. Areas are ellipsoidal (GeographicLib);
 * the clipping (clip.ts) is planar in lon/lat, which at these sizes moves the edges by far
 * less than the drawing's own precision.
 */
import { areaTargetOf } from '../../data/figures.ts';
import type { PlanFeature } from '../../data/schema.ts';
import { featureBounds } from '../../geo/bounds.ts';
import { intersectAreal } from '../../geo/clip.ts';
import { geodesicAreaM2, M2_PER_UNIT } from '../../geo/measure.ts';

type Areal = GeoJSON.Polygon | GeoJSON.MultiPolygon;

export interface ZoneOverlap {
  id: string;
  layer: string;
  name_zh: string;
  name_en: string;
  zoneAreaM2: number;
  overlapM2: number;
  /** overlap / zone area, 0–1. */
  shareOfZone: number;
  /** The zone's area target in m², when the plan gives one. */
  targetM2?: number;
  /** overlap / target. */
  shareOfTarget?: number;
  /** The overlap itself, to draw or export. */
  geometry: Areal;
}

/** Layers whose polygons are not plan zones to compare against. */
const NOT_ZONES = new Set(['district-boundary']);

export function isZone(f: PlanFeature): f is PlanFeature & { geometry: Areal } {
  return (
    (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
    !NOT_ZONES.has(f.properties.layer)
  );
}

/** The overlap of two areal geometries, or null when they do not overlap. */
export function overlapGeometry(a: Areal, b: Areal): Areal | null {
  const [aw, as, ae, an] = featureBounds(a);
  const [bw, bs, be, bn] = featureBounds(b);
  if (aw > be || bw > ae || as > bn || bs > an) return null;
  return intersectAreal(a, b);
}

/** Every zone the polygon overlaps, largest overlap first. */
export function overlapWithZones(polygon: Areal, features: readonly PlanFeature[]): ZoneOverlap[] {
  const rows: ZoneOverlap[] = [];
  for (const f of features) {
    if (!isZone(f)) continue;
    const geometry = overlapGeometry(polygon, f.geometry);
    if (!geometry) continue;
    const overlapM2 = geodesicAreaM2(geometry);
    // Shapes that only touch along an edge leave slivers without area.
    if (overlapM2 < 0.01) continue;
    const zoneAreaM2 = geodesicAreaM2(f.geometry);
    const p = f.properties;
    const target = areaTargetOf(p);
    const targetM2 =
      target && (target.unit === 'km2' || target.unit === 'ha')
        ? target.value * M2_PER_UNIT[target.unit]
        : undefined;
    rows.push({
      id: p.id,
      layer: p.layer,
      name_zh: p.name_zh,
      name_en: p.name_en,
      zoneAreaM2,
      overlapM2,
      shareOfZone: zoneAreaM2 > 0 ? overlapM2 / zoneAreaM2 : 0,
      targetM2,
      shareOfTarget: targetM2 ? overlapM2 / targetM2 : undefined,
      geometry,
    });
  }
  return rows.sort((a, b) => b.overlapM2 - a.overlapM2);
}
