/**
 * Douglas–Peucker simplification of a closed ring that keeps chosen vertices exactly, so that a
 * neighbour's outline still meets the district boundary where the two share vertices.
 */
type Ring = [number, number][];

const key = (p: [number, number]) => `${p[0]},${p[1]}`;

/** Squared distance (in degrees², longitude scaled by cos(lat)) from p to the segment a–b. */
function segmentDistance2(p: [number, number], a: [number, number], b: [number, number], k: number): number {
  const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
}

/** Marks the vertices Douglas–Peucker keeps between first and last (both kept). */
function mark(ring: Ring, first: number, last: number, tol2: number, k: number, keep: boolean[]): void {
  let worst = -1;
  let at = -1;
  for (let i = first + 1; i < last; i++) {
    const d = segmentDistance2(ring[i], ring[first], ring[last], k);
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst > tol2) {
    keep[at] = true;
    mark(ring, first, at, tol2, k, keep);
    mark(ring, at, last, tol2, k, keep);
  }
}

/**
 * The ring with vertices closer than `toleranceDeg` to the simplified line dropped; vertices in
 * `locked` (as "lon,lat") are always kept, and the ring stays closed.
 */
export function simplifyRing(ring: Ring, toleranceDeg: number, locked: ReadonlySet<string>): Ring {
  if (ring.length <= 4) return ring;
  const k = Math.cos((ring[0][1] * Math.PI) / 180);
  const keep = ring.map((p, i) => i === 0 || i === ring.length - 1 || locked.has(key(p)));
  // Without a locked vertex the farthest point from the start anchors the split.
  if (keep.filter(Boolean).length === 2) {
    let far = 1;
    for (let i = 1; i < ring.length - 1; i++)
      if (segmentDistance2(ring[i], ring[0], ring[0], k) > segmentDistance2(ring[far], ring[0], ring[0], k))
        far = i;
    keep[far] = true;
  }
  const anchors = keep.flatMap((kept, i) => (kept ? [i] : []));
  for (let j = 0; j + 1 < anchors.length; j++)
    mark(ring, anchors[j], anchors[j + 1], toleranceDeg ** 2, k, keep);
  return ring.filter((_, i) => keep[i]);
}

/** Every vertex of a geometry, as "lon,lat" keys for `simplifyRing`'s `locked`. */
export function vertexKeys(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): Set<string> {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return new Set(polygons.flat(2).map((p) => key(p as [number, number])));
}
