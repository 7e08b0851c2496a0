/** The offline basemap a build carries when a user made one (`npm run basemap`, docs/decisions/0022-offline-basemap.md). */
export interface OfflineBasemap {
  /** The tile URL template under the site's base: `/basemap/tiles/{z}/{x}/{y}.pbf`. */
  tiles: string;
  bounds: [number, number, number, number];
  minzoom: number;
  maxzoom: number;
  /** The credit the attribution line carries while the basemap is drawn. */
  attribution: string;
  /** The extract it was built from (file name only) and when (ISO 8601), for the sources dialog. */
  source: string;
  builtAt: string;
}
