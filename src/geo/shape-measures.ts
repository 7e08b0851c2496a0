/**
 * Measures of drawn shapes on the WGS84 ellipsoid (GeographicLib): each shape's area, perimeter or
 * length, the running totals, and the shapes with their measures for export. Apart from
 * shapes.ts so that the map's drawing does not bring the measuring code into the first page.
 */
import { findCrossings } from './crossings.ts';
import { geodesicAreaM2, geodesicLengthM } from './measure.ts';
import { type DrawnShape, shapeGeometry } from './shapes.ts';

export interface ShapeMeasure {
  /** m², polygons only; 0 for a polygon that crosses itself, whose area means nothing. */
  areaM2: number;
  /** m: a polygon's perimeter or a line's length. */
  lengthM: number;
  /** A polygon whose edges cross (a bow-tie): flagged, never given an area. */
  selfIntersecting: boolean;
}

export function measureShape(shape: Pick<DrawnShape, 'kind' | 'coords'>): ShapeMeasure {
  if (shape.kind === 'polygon' && shape.coords.length === 2)
    return {
      areaM2: 0,
      lengthM: geodesicLengthM({ type: 'LineString', coordinates: shape.coords }),
      selfIntersecting: false,
    };
  const g = shapeGeometry(shape);
  if (!g) return { areaM2: 0, lengthM: 0, selfIntersecting: false };
  const selfIntersecting = g.type === 'Polygon' && crossesItself(g);
  return { areaM2: selfIntersecting ? 0 : geodesicAreaM2(g), lengthM: geodesicLengthM(g), selfIntersecting };
}

/** Whether a drawn polygon's edges cross (the validator's sweep, on the ring without repeated vertices). */
export function crossesItself(polygon: GeoJSON.Polygon): boolean {
  const ring: GeoJSON.Position[] = [];
  for (const p of polygon.coordinates[0]) {
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
  }
  return ring.length > 4 && findCrossings([ring], { limit: 1 }).crossings.length > 0;
}

export interface RunningTotals {
  polygons: number;
  lines: number;
  points: number;
  /** Sum of the polygons' areas (overlaps counted twice, as drawn; crossed polygons left out). */
  areaM2: number;
  /** Sum of the polygons' perimeters. */
  perimeterM: number;
  /** Sum of the lines' lengths. */
  lengthM: number;
}

export function runningTotals(shapes: readonly DrawnShape[]): RunningTotals {
  const t: RunningTotals = { polygons: 0, lines: 0, points: 0, areaM2: 0, perimeterM: 0, lengthM: 0 };
  for (const s of shapes) {
    const m = measureShape(s);
    if (s.kind === 'polygon') {
      t.polygons++;
      t.areaM2 += m.areaM2;
      t.perimeterM += m.lengthM;
    } else if (s.kind === 'line') {
      t.lines++;
      t.lengthM += m.lengthM;
    } else t.points++;
  }
  return t;
}

/** The drawn shapes as a FeatureCollection, each with its measures, for export. */
export function shapesCollection(shapes: readonly DrawnShape[]): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (const s of shapes) {
    const geometry = shapeGeometry(s);
    if (!geometry) continue;
    const m = measureShape(s);
    const properties: Record<string, string | number> = { id: s.id, kind: s.kind };
    if (s.kind === 'polygon' && m.selfIntersecting) properties.self_intersecting = 'true';
    else if (s.kind === 'polygon') {
      properties.area_m2 = round(m.areaM2, 1);
      properties.perimeter_m = round(m.lengthM, 2);
    } else if (s.kind === 'line') properties.length_m = round(m.lengthM, 2);
    features.push({ type: 'Feature', properties, geometry });
  }
  return { type: 'FeatureCollection', features };
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
