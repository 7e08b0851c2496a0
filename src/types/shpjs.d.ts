/**
 * Types for `shpjs` 6.2.0, which ships none. Only the two parsers the shapefile import calls are
 * declared: the geometries of a `.shp` (reprojected only when a proj4 WKT is passed) and the
 * records of a `.dbf` in the encoding named (a TextDecoder label).
 */
declare module 'shpjs' {
  export function parseShp(
    shp: ArrayBufferView | ArrayBuffer,
    prj?: string | false,
  ): (GeoJSON.Geometry | null)[];
  export function parseDbf(dbf: ArrayBufferView | ArrayBuffer, cpg?: string): Record<string, unknown>[];
}
