/**
 * Where the rings of a polygon cross themselves or each other, by a sweep over segments
 * sorted by their west edge (docs/decisions/0018-segment-sweep-for-crossings.md). Each
 * segment is tested only against those whose longitude range overlaps its own, so a ring of
 * 100,000 vertices is checked in well under a second where testing every pair (turf's kinks)
 * took minutes and overflowed the stack. The tests per pair follow @turf/kinks: within a ring,
 * neighbouring segments are not compared and parallel segments never count; between rings
 * only a proper crossing counts (a hole may touch its outer ring at a point).
 *
 * Degenerate input (every segment spanning the whole ring's width) can still make pairs
 * quadratic: past `budget` candidate pairs the sweep stops and says so.
 */

export type Position = readonly [number, number] | readonly number[];

export interface Crossing {
  x: number;
  y: number;
  /** Indices of the two rings (equal for a ring crossing itself). */
  ringA: number;
  ringB: number;
}

export interface CrossingResult {
  crossings: Crossing[];
  /** True when the sweep stopped at its budget: the result is then incomplete. */
  exhausted: boolean;
}

/** Candidate pairs tested at most (about a second of work). */
export const CROSSING_BUDGET = 50_000_000;

/**
 * Crossings among closed rings (first position repeated last, no repeated consecutive
 * positions). Stops after `limit` crossings (they are only shown, a few at a time).
 */
export function findCrossings(
  rings: readonly (readonly Position[])[],
  options: { limit?: number; budget?: number } = {},
): CrossingResult {
  const limit = options.limit ?? 1000;
  const budget = options.budget ?? CROSSING_BUDGET;
  let n = 0;
  for (const r of rings) n += Math.max(0, r.length - 1);
  const x1 = new Float64Array(n);
  const y1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y2 = new Float64Array(n);
  const ring = new Int32Array(n);
  const index = new Int32Array(n);
  const last = new Int32Array(rings.length);
  let s = 0;
  rings.forEach((r, k) => {
    last[k] = r.length - 2;
    for (let i = 0; i + 1 < r.length; i++, s++) {
      x1[s] = r[i][0];
      y1[s] = r[i][1];
      x2[s] = r[i + 1][0];
      y2[s] = r[i + 1][1];
      ring[s] = k;
      index[s] = i;
    }
  });
  const minX = new Float64Array(n);
  for (let i = 0; i < n; i++) minX[i] = Math.min(x1[i], x2[i]);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => minX[a] - minX[b]);

  const crossings: Crossing[] = [];
  let pairs = 0;
  for (let p = 0; p < n; p++) {
    const a = order[p];
    const aMaxX = Math.max(x1[a], x2[a]);
    const aMinY = Math.min(y1[a], y2[a]);
    const aMaxY = Math.max(y1[a], y2[a]);
    for (let q = p + 1; q < n; q++) {
      const b = order[q];
      if (minX[b] > aMaxX) break;
      if (++pairs > budget) return { crossings, exhausted: true };
      if (Math.max(y1[b], y2[b]) < aMinY || Math.min(y1[b], y2[b]) > aMaxY) continue;
      const same = ring[a] === ring[b];
      if (same) {
        const d = Math.abs(index[a] - index[b]);
        // Neighbours share a vertex; so do the first and last segment of a closed ring.
        if (d === 1 || d === last[ring[a]]) continue;
      }
      const hit = intersect(x1[a], y1[a], x2[a], y2[a], x1[b], y1[b], x2[b], y2[b], !same);
      if (!hit) continue;
      crossings.push({
        x: hit[0],
        y: hit[1],
        ringA: Math.min(ring[a], ring[b]),
        ringB: Math.max(ring[a], ring[b]),
      });
      if (crossings.length >= limit) return { crossings, exhausted: false };
    }
  }
  return { crossings, exhausted: false };
}

/** The point where two segments meet (endpoints included unless `proper`); parallel ones never do. */
function intersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
  proper: boolean,
): [number, number] | undefined {
  const den = (dy - cy) * (bx - ax) - (dx - cx) * (by - ay);
  if (den === 0) return undefined;
  const ua = ((dx - cx) * (ay - cy) - (dy - cy) * (ax - cx)) / den;
  const ub = ((bx - ax) * (ay - cy) - (by - ay) * (ax - cx)) / den;
  const inside = proper ? ua > 0 && ua < 1 && ub > 0 && ub < 1 : ua >= 0 && ua <= 1 && ub >= 0 && ub <= 1;
  return inside ? [ax + ua * (bx - ax), ay + ua * (by - ay)] : undefined;
}

/**
 * Where a point lies against a closed ring (planar, in lon/lat): 1 inside, -1 outside,
 * 0 on its boundary. Even-odd rule.
 */
export function pointInRing(p: Position, r: readonly Position[]): 1 | 0 | -1 {
  const [px, py] = p;
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i];
    const [xj, yj] = r[j];
    const cross = (xj - xi) * (py - yi) - (yj - yi) * (px - xi);
    if (
      cross === 0 &&
      px >= Math.min(xi, xj) &&
      px <= Math.max(xi, xj) &&
      py >= Math.min(yi, yj) &&
      py <= Math.max(yi, yj)
    )
      return 0;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}
