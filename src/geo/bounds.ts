export type Bounds = [west: number, south: number, east: number, north: number];

/** The lon/lat bounding box of any geometry. */
export function featureBounds(geometry: GeoJSON.Geometry): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
      return;
    }
    for (const inner of c) visit(inner);
  };
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) visit(coordsOf(g));
  else visit(geometry.coordinates);
  return b;
}

/** The box around several boxes. */
export function unionBounds(boxes: readonly Bounds[]): Bounds {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

function coordsOf(g: GeoJSON.Geometry): unknown {
  return g.type === 'GeometryCollection' ? g.geometries.map(coordsOf) : g.coordinates;
}
