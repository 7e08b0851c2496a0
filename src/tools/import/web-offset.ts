/**
 * An imported layer read anew as the user says its file came from: WGS84 as it is, or GCJ-02
 * (AMap, Tencent) or BD-09 (Baidu) converted to WGS84 (src/geo/china-offsets.ts). The layer keeps
 * its features converted, so that the map, Compare and the measured outlines all see WGS84; a
 * change of mind first undoes the conversion it had. The measures and box follow the features.
 */
import { featureBounds, unionBounds } from '../../geo/bounds.ts';
import { fromWgs84, type LonLat, toWgs84, type WebOffset } from '../../geo/china-offsets.ts';
import { geodesicAreaM2, geodesicLengthM } from '../../geo/measure.ts';
import type { StoredImport } from '../../user-data/user-data-store.ts';

type Patch = Pick<StoredImport, 'features' | 'rows' | 'totals' | 'bbox' | 'offset'>;

/** Calls `move` on every position of a geometry (arrays starting with two numbers), in place. */
function eachPosition(geometry: GeoJSON.Geometry, move: (p: number[]) => void): void {
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') move(c as number[]);
    else for (const inner of c) visit(inner);
  };
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) eachPosition(g, move);
  else visit(geometry.coordinates);
}

/** The layer as if its file were in `offset` (undefined: WGS84 as it is). */
export function withOffset(layer: StoredImport, offset: WebOffset | undefined): Patch {
  const features = structuredClone(layer.features);
  const from = layer.offset;
  const geometries = features.features
    .map((f) => f.geometry)
    .filter((g): g is GeoJSON.Geometry => g !== null);
  for (const g of geometries)
    eachPosition(g, (p) => {
      let q: LonLat = [p[0] as number, p[1] as number];
      if (from) q = fromWgs84(q, from);
      if (offset) q = toWgs84(q, offset);
      p[0] = q[0];
      p[1] = q[1];
    });
  // As the import measures: a feature with an area has no length.
  const measures = features.features.map((f) => {
    const areaM2 = f.geometry ? geodesicAreaM2(f.geometry) : 0;
    return { areaM2, lengthM: f.geometry && areaM2 === 0 ? geodesicLengthM(f.geometry) : 0 };
  });
  const totals = measures.reduce(
    (t, m) => ({ areaM2: t.areaM2 + m.areaM2, lengthM: t.lengthM + m.lengthM }),
    {
      areaM2: 0,
      lengthM: 0,
    },
  );
  return {
    features,
    rows: layer.rows.map((row, i) => ({ ...row, ...measures[i] })),
    totals,
    bbox: geometries.length > 0 ? unionBounds(geometries.map(featureBounds)) : undefined,
    offset,
  };
}
