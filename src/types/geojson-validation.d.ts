/**
 * Types for `geojson-validation` 1.0.2, which ships none. Only the calls the validator
 * makes are declared. With `trace` true each check returns its messages (empty when valid);
 * without it, a boolean. The checks throw a TypeError on an empty ring (`[[]]`).
 */
declare module 'geojson-validation' {
  type Check = {
    (value: unknown, trace: true): string[];
    (value: unknown, trace?: false): boolean;
  };
  interface GeoJSONValidation {
    /** Any GeoJSON object (alias of `isGeoJSONObject`). */
    valid: Check;
    isGeoJSONObject: Check;
    isFeature: Check;
    isFeatureCollection: Check;
    isGeometryObject: Check;
    isPosition: Check;
  }
  const gjv: GeoJSONValidation;
  export default gjv;
}
