/**
 * The coordinate system of an imported GeoJSON file (pure): read from its `crs` member, or
 * guessed from the coordinate ranges, and the reprojection of CGCS2000 3° Gauss–Krüger files
 * to WGS84 with proj4. CGCS2000 geographic (EPSG:4490) differs from WGS84 by well under a
 * metre here, so it is taken as it is (issue 12, Import → Coordinate systems).
 */
import proj4 from 'proj4';
import { DISTRICT_ZONE_EPSG, type GaussKrugerZone, gaussKrugerZone } from './gauss-kruger-zones.ts';

/** How the file's positions are to be read. */
export type CrsDetection =
  /** Longitude/latitude in degrees: WGS84, CRS84, CGCS2000 geographic, or a file that names none. */
  | { kind: 'geographic' }
  /**
   * `from`: the file's `crs` member or `.prj`, the zone prefix of its eastings, the district's
   * zone (a guess), or the zone the user chose in place of a guess.
   */
  | { kind: 'gauss-kruger'; zone: GaussKrugerZone; from: 'crs' | 'prj' | 'prefix' | 'default' | 'chosen' }
  /** A shapefile's `.prj` names another projected system, which proj4 reads from the WKT itself. */
  | { kind: 'proj4'; name: string; definition: string }
  /** The `crs` member names a system this import does not read (Web Mercator, Xian 80…). */
  | { kind: 'unsupported'; name: string }
  /** No `crs` member, and positions in metres of no zone recognised (one of them as `sample`). */
  | { kind: 'unknown-projected'; sample: [number, number] };

/** Geographic systems read as WGS84. */
const GEOGRAPHIC = new Set(['4326', '4490', 'CRS84']);

/** The EPSG code (or `CRS84`) a `crs` name gives: `urn:ogc:def:crs:EPSG::4545`, `EPSG:4545`, `…OGC:1.3:CRS84`. */
export function crsCode(name: string): string | undefined {
  const n = name.trim().toUpperCase();
  if (/(^|:)CRS84$/.test(n)) return 'CRS84';
  return /^(?:URN:OGC:DEF:CRS:)?EPSG:(?:[\d.]*:)?(\d+)$/.exec(n)?.[1];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `crs.properties.name` of a parsed file, if it has one. */
function crsName(file: unknown): string | undefined {
  if (!isRecord(file) || !isRecord(file.crs) || !isRecord(file.crs.properties)) return undefined;
  const name = file.crs.properties.name;
  return typeof name === 'string' ? name : undefined;
}

/** Calls `visit` on every position (an array starting with two finite numbers), without recursion. */
function eachPosition(file: unknown, visit: (p: number[]) => void): void {
  const stack: unknown[] = [];
  if (isRecord(file) && Array.isArray(file.features))
    for (const f of file.features) if (isRecord(f)) stack.push(f.geometry);
  while (stack.length > 0) {
    const v = stack.pop();
    if (isRecord(v)) {
      if (Array.isArray(v.geometries)) for (const g of v.geometries) stack.push(g);
      else stack.push(v.coordinates);
    } else if (Array.isArray(v)) {
      if (Number.isFinite(v[0]) && Number.isFinite(v[1])) visit(v as number[]);
      else for (const c of v) stack.push(c);
    }
  }
}

/** Metres beyond this are no plausible projected coordinate: left to the range check. */
const MAX_METRES = 1e8;

/** A guess from the positions' ranges, for a file that names no coordinate system. */
function guessFromRanges(file: unknown): CrsDetection {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  let sample: [number, number] | undefined;
  let inDegrees = false;
  eachPosition(file, ([x, y]) => {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
    if (Math.abs(x) <= 180 && Math.abs(y) <= 90) inDegrees = true;
    else if (!sample && Math.max(Math.abs(x), Math.abs(y)) > 360) sample = [x, y];
  });
  const [w, s, e, n] = box;
  // A file with any position in degrees, or whose odd values are degrees (swapped, a typo), is no projected file.
  if (inDegrees || !sample || Math.max(-w, e, -s, n) > MAX_METRES) return { kind: 'geographic' };
  const northingsInChina = s >= 1e6 && n <= 6e6;
  const zone = Math.floor(w / 1e6);
  if (northingsInChina && zone >= 25 && zone <= 45 && Math.floor(e / 1e6) === zone)
    return {
      kind: 'gauss-kruger',
      zone: gaussKrugerZone(zone - 25 + 4513) as GaussKrugerZone,
      from: 'prefix',
    };
  if (northingsInChina && w >= 0 && e <= 1e6)
    return {
      kind: 'gauss-kruger',
      zone: gaussKrugerZone(DISTRICT_ZONE_EPSG) as GaussKrugerZone,
      from: 'default',
    };
  return { kind: 'unknown-projected', sample };
}

/** How to read the positions of a parsed file: its `crs` member first, then its ranges. */
export function detectCrs(file: unknown): CrsDetection {
  const name = crsName(file);
  if (name === undefined) return guessFromRanges(file);
  const code = crsCode(name);
  if (code !== undefined && GEOGRAPHIC.has(code)) return { kind: 'geographic' };
  const zone = code === undefined ? undefined : gaussKrugerZone(Number(code));
  return zone ? { kind: 'gauss-kruger', zone, from: 'crs' } : { kind: 'unsupported', name };
}

/** The zone's transverse Mercator on the GRS80 ellipsoid (CGCS2000's), as a proj4 definition. */
export function tmercDefinition(zone: GaussKrugerZone): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${zone.centralMeridian} +k=1 +x_0=${zone.falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/**
 * Rewrites every position of the parsed file from the zone's easting/northing (or the system a
 * proj4 definition or WKT describes) to WGS84 lon/lat, in place.
 */
export function reprojectToWgs84(file: unknown, from: GaussKrugerZone | string): void {
  const converter = proj4(typeof from === 'string' ? from : tmercDefinition(from), 'WGS84');
  eachPosition(file, (p) => {
    const [lon, lat] = converter.forward([p[0], p[1]]);
    p[0] = lon;
    p[1] = lat;
  });
  if (isRecord(file)) delete file.crs;
}
