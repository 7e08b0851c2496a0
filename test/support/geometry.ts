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

export { signedArea2 } from '../../src/geo/rings.ts';
