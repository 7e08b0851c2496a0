/** Small geometry helpers the data tests share. */
import geographiclib from 'geographiclib-geodesic';

/** Every position of a geometry, flattened. */
export function positions(g: GeoJSON.Geometry): GeoJSON.Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

export { signedArea2 } from '../../src/geo/rings.ts';

/** The ellipsoidal area (m², GRS80: CGCS2000's ellipsoid) of a ring given by its corners as lon/lat. */
export function grs80AreaM2(corners: readonly (readonly [number, number])[]): number {
  const poly = new geographiclib.Geodesic.Geodesic(6378137, 1 / 298.257222101).Polygon(false);
  for (const [lon, lat] of corners) poly.AddPoint(lat, lon);
  return Math.abs(poly.Compute(false, true).area ?? 0);
}
