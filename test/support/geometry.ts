/** Small geometry helpers the data tests share. */

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

/** Twice the signed planar area of a ring; positive for counter-clockwise rings in lon/lat. */
export function signedArea2(ring: GeoJSON.Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}
