/**
 * Drawn shapes and their geometry. Pure: the draw tool, the panel, the exports and the unit
 * tests all go through here; their measures are in shape-measures.ts.
 */

import { signedArea2 } from './rings.ts';

export type ShapeKind = 'polygon' | 'line' | 'point';

/** A shape as drawn: a polygon's ring is kept open (the first position is not repeated). */
export interface DrawnShape {
  id: string;
  kind: ShapeKind;
  coords: GeoJSON.Position[];
}

/** A closed, counter-clockwise ring (RFC 7946) from an open one. */
export function closedRing(open: readonly GeoJSON.Position[]): GeoJSON.Position[] {
  const ring = signedArea2(open) < 0 ? [...open].reverse() : [...open];
  return [...ring, ring[0]];
}

/** The shape as GeoJSON, or null while it has too few positions to be one. */
export function shapeGeometry(shape: Pick<DrawnShape, 'kind' | 'coords'>): GeoJSON.Geometry | null {
  const c = shape.coords;
  switch (shape.kind) {
    case 'polygon':
      return c.length >= 3 ? { type: 'Polygon', coordinates: [closedRing(c)] } : null;
    case 'line':
      return c.length >= 2 ? { type: 'LineString', coordinates: [...c] } : null;
    case 'point':
      return c.length >= 1 ? { type: 'Point', coordinates: c[0] } : null;
  }
}
