/**
 * The CGCS2000 3° Gauss–Krüger zones (pure, no projection library): what the import panel needs to
 * offer a zone, apart from crs.ts, which reprojects with proj4 in the data worker.
 */

/** A CGCS2000 3° Gauss–Krüger zone: EPSG:4513–4533 (zone prefix in the easting) or 4534–4554. */
export interface GaussKrugerZone {
  epsg: number;
  /** Zone number: central meridian / 3. */
  zone: number;
  /** Degrees east. */
  centralMeridian: number;
  /** Metres: zone × 10⁶ + 500 000 with the prefix, 500 000 without. */
  falseEasting: number;
}

/** Yongchuan lies in the zone of 105° E (103.5–106.5° E): CGCS2000 / 3-degree Gauss–Kruger CM 105E. */
export const DISTRICT_ZONE_EPSG = 4544;

/** The zone of an EPSG code, if it is one of CGCS2000's 3° Gauss–Krüger zones. */
export function gaussKrugerZone(epsg: number): GaussKrugerZone | undefined {
  if (epsg >= 4513 && epsg <= 4533) {
    const zone = epsg - 4513 + 25;
    return { epsg, zone, centralMeridian: zone * 3, falseEasting: zone * 1e6 + 500_000 };
  }
  if (epsg >= 4534 && epsg <= 4554) {
    const centralMeridian = 75 + (epsg - 4534) * 3;
    return { epsg, zone: centralMeridian / 3, centralMeridian, falseEasting: 500_000 };
  }
  return undefined;
}
