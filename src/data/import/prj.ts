/**
 * The coordinate system a shapefile's `.prj` (ESRI WKT) describes (pure, but for proj4 reading
 * WKT it does not map itself). A CGCS2000 3° Gauss–Krüger zone is mapped to its EPSG zone, so that
 * it is reprojected and named as a GeoJSON `crs` would be; a geographic system is read as WGS84;
 * any other projected system is handed to proj4 as the WKT itself, and refused if proj4 cannot
 * read it.
 */
import proj4 from 'proj4';
import type { CrsDetection } from './crs.ts';
import { gaussKrugerZone } from './gauss-kruger-zones.ts';

/** The value of a WKT `PARAMETER["name", value]`, case-insensitive. */
function parameter(wkt: string, name: string): number | undefined {
  const m = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : undefined;
}

/** The first quoted name after `keyword[`, e.g. the PROJCS or GEOGCS name. */
function wktName(wkt: string, keyword: string): string | undefined {
  return new RegExp(`${keyword}\\s*\\[\\s*"([^"]*)"`, 'i').exec(wkt)?.[1];
}

/** CGCS2000's datum, as ArcGIS, QGIS and the EPSG WKT spell it. */
const CGCS2000 = /CGCS.?2000|China.?Geodetic.?Coordinate.?System.?2000|China.?2000/i;

/** The EPSG code of a CGCS2000 3° Gauss–Krüger zone the WKT's parameters describe, if they do. */
function zoneOf(wkt: string): number | undefined {
  const authority = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt.trim())?.[1];
  if (authority && gaussKrugerZone(Number(authority))) return Number(authority);
  const geogcs = wkt.slice(wkt.search(/GEOGCS/i));
  if (!CGCS2000.test(geogcs) || !/Transverse_Mercator|Gauss_Kruger/i.test(wkt)) return undefined;
  const cm = parameter(wkt, 'central_meridian');
  const fe = parameter(wkt, 'false_easting');
  const k = parameter(wkt, 'scale_factor') ?? 1;
  if (cm === undefined || fe === undefined || cm % 3 !== 0 || k !== 1) return undefined;
  if ((parameter(wkt, 'false_northing') ?? 0) !== 0 || (parameter(wkt, 'latitude_of_origin') ?? 0) !== 0)
    return undefined;
  if (fe === 500_000) return 4534 + (cm - 75) / 3;
  if (fe === (cm / 3) * 1e6 + 500_000) return 4513 + cm / 3 - 25;
  return undefined;
}

/** How to read a shapefile's positions, from the text of its `.prj`. */
export function detectPrj(wkt: string): CrsDetection {
  const text = wkt.trim();
  const projcs = wktName(text, 'PROJCS');
  if (projcs === undefined) {
    // A geographic system: CGCS2000 and WGS84 differ by well under a metre here.
    if (/^GEOGCS/i.test(text)) return { kind: 'geographic' };
    return { kind: 'unsupported', name: text.slice(0, 80) || '(empty .prj)' };
  }
  const epsg = zoneOf(text);
  const zone = epsg === undefined ? undefined : gaussKrugerZone(epsg);
  if (zone) return { kind: 'gauss-kruger', zone, from: 'prj' };
  try {
    proj4(text, 'WGS84');
    return { kind: 'proj4', name: projcs, definition: text };
  } catch {
    return { kind: 'unsupported', name: projcs };
  }
}
