/**
 * Measures on the WGS84 ellipsoid with GeographicLib. Official Chinese land statistics
 * use ellipsoidal areas; turf's spherical area reads about 0.13% high at Yongchuan's
 * latitude (docs/decisions/0001-geodesic-area.md).
 */
// The package is CommonJS: a default import loads it under both Vite and Node.
import geographiclib from 'geographiclib-geodesic';

const wgs84 = geographiclib.Geodesic.WGS84;

function ringArea(ring: GeoJSON.Position[]): number {
  const poly = wgs84.Polygon(false);
  // GeoJSON rings repeat the first position at the end; GeographicLib closes rings itself.
  const n = ring.length > 1 && samePosition(ring[0], ring[ring.length - 1]) ? ring.length - 1 : ring.length;
  for (let i = 0; i < n; i++) poly.AddPoint(ring[i][1], ring[i][0]);
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

function samePosition(a: GeoJSON.Position, b: GeoJSON.Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function polygonArea(rings: GeoJSON.Position[][]): number {
  const [outer, ...holes] = rings;
  if (!outer) return 0;
  // Holes outside their outer ring are refused by the validator; never let them make an area negative.
  return Math.max(
    0,
    holes.reduce((sum, hole) => sum - ringArea(hole), ringArea(outer)),
  );
}

/** Ellipsoidal area in m² of a (Multi)Polygon; 0 for other geometries. */
export function geodesicAreaM2(geometry: GeoJSON.Geometry): number {
  switch (geometry.type) {
    case 'Polygon':
      return polygonArea(geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, p) => sum + polygonArea(p), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, g) => sum + geodesicAreaM2(g), 0);
    default:
      return 0;
  }
}

function pathLength(path: GeoJSON.Position[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const [lon1, lat1] = path[i - 1];
    const [lon2, lat2] = path[i];
    total += wgs84.Inverse(lat1, lon1, lat2, lon2).s12 ?? 0;
  }
  return total;
}

/** Ellipsoidal length in m of a line, or the perimeter of a polygon (outer rings only). */
export function geodesicLengthM(geometry: GeoJSON.Geometry): number {
  switch (geometry.type) {
    case 'LineString':
      return pathLength(geometry.coordinates);
    case 'MultiLineString':
      return geometry.coordinates.reduce((sum, l) => sum + pathLength(l), 0);
    case 'Polygon':
      return pathLength(geometry.coordinates[0] ?? []);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, p) => sum + pathLength(p[0] ?? []), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, g) => sum + geodesicLengthM(g), 0);
    default:
      return 0;
  }
}

/** Ellipsoidal distance in m between two lon/lat positions. */
export function geodesicDistanceM(a: GeoJSON.Position, b: GeoJSON.Position): number {
  return wgs84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? 0;
}

export const M2_PER_UNIT = { km2: 1e6, ha: 1e4 } as const;
export type AreaUnit = keyof typeof M2_PER_UNIT;

export function areaIn(geometry: GeoJSON.Geometry, unit: AreaUnit): number {
  return geodesicAreaM2(geometry) / M2_PER_UNIT[unit];
}
