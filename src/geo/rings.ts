/**
 * Twice the signed planar area of a ring in lon/lat: positive when counter-clockwise.
 * Works for closed rings (first position repeated) and open ones alike.
 */
export function signedArea2(ring: readonly GeoJSON.Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    s += x1 * y2 - x2 * y1;
  }
  return s;
}
