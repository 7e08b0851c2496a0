/**
 * One label point per polygon feature. Labelling a polygon source directly makes MapLibre
 * place a label in every tile the polygon crosses, so a large zone showed its name two or
 * three times; a point per feature shows it once.
 */
import type { PlanFeature } from '../data/schema.ts';

type Ring = GeoJSON.Position[];

function insideRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Squared, in plain numbers and no tuples: this runs for every grid point and edge, on the start's
// critical path, and only compares distances.
function squaredSegmentDistance(
  x: number,
  y: number,
  a: GeoJSON.Position,
  b: GeoJSON.Position,
  k: number,
): number {
  const ax = a[0] * k;
  const ay = a[1];
  const dx = b[0] * k - ax;
  const dy = b[1] - ay;
  const px = x * k;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
  const ex = px - (ax + t * dx);
  const ey = y - (ay + t * dy);
  return ex * ex + ey * ey;
}

/** Roughly the point deepest inside the polygon (holes respected), found on a grid. */
export function labelPoint(rings: Ring[]): GeoJSON.Position {
  const outer = rings[0];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  let best: GeoJSON.Position = [(w + e) / 2, (s + n) / 2];
  // Depths are compared squared: the deepest point is the same.
  let bestDepth = -1;
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = w + ((e - w) * i) / steps;
      const y = s + ((n - s) * j) / steps;
      if (!insideRing(x, y, outer) || rings.slice(1).some((h) => insideRing(x, y, h))) continue;
      let depth = Infinity;
      // The depth only falls as edges are visited: once it is no deeper than the best, this point loses.
      for (let r = 0; r < rings.length && depth > bestDepth; r++) {
        const ring = rings[r];
        for (let m = 1; m < ring.length && depth > bestDepth; m++)
          depth = Math.min(depth, squaredSegmentDistance(x, y, ring[m - 1], ring[m], k));
      }
      if (depth > bestDepth) {
        bestDepth = depth;
        best = [x, y];
      }
    }
  }
  return best;
}

/** Label points already found, by feature id: a feature's geometry does not change while the page lives. */
const found = new Map<string, GeoJSON.Position>();

/**
 * A point feature, with the polygon's properties, for each polygon feature of the layers that
 * label their polygons (`labelled`); other geometries and layers are skipped: finding the point
 * costs a grid search over every vertex, which for the district boundary alone is tens of ms.
 */
export function polygonLabelPoints(
  features: readonly PlanFeature[],
  labelled: (layer: string) => boolean = () => true,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const points: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (const f of features) {
    if (!labelled(f.properties.layer)) continue;
    const known = found.get(f.properties.id);
    if (known) {
      points.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: known },
        properties: f.properties,
      });
      continue;
    }
    const g = f.geometry;
    let rings: Ring[] | undefined;
    if (g.type === 'Polygon') rings = g.coordinates;
    else if (g.type === 'MultiPolygon') {
      // The largest part by its bounding box carries the label.
      // A loop, not Math.max(...xs): a spread of 100,000 arguments overflows the stack.
      const size = (p: Ring[]) => {
        let [w, south, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const [x, y] of p[0]) {
          w = Math.min(w, x);
          e = Math.max(e, x);
          south = Math.min(south, y);
          n = Math.max(n, y);
        }
        return (e - w) * (n - south);
      };
      rings = [...g.coordinates].sort((a, b) => size(b) - size(a))[0];
    }
    if (rings?.[0]?.length) {
      const at = labelPoint(rings);
      found.set(f.properties.id, at);
      points.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: at },
        properties: f.properties,
      });
    }
  }
  return { type: 'FeatureCollection', features: points };
}
