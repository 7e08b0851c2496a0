/**
 * A GeoTIFF DEM in a geographic coordinate system (WGS84 or CGCS2000, as Copernicus GLO-30 and
 * SRTM GeoTIFFs come), first band, with its no-data value. A projected GeoTIFF is refused: the
 * tiles are cut on longitude and latitude, and reprojecting a raster is GDAL's job
 * (`gdalwarp -t_srs EPSG:4326`).
 */
import { basename } from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import type { DemGrid } from './dem.ts';

/** GeoTIFF's GTModelTypeGeoKey for a geographic (latitude-longitude) system. */
const MODEL_GEOGRAPHIC = 2;
/** GeoTIFF's GTRasterTypeGeoKey when the tie point is a sample's centre, not its corner. */
const PIXEL_IS_POINT = 2;

export async function readGeoTiff(file: string, bytes: Uint8Array): Promise<DemGrid> {
  const name = basename(file);
  const copy = bytes.slice().buffer;
  const image = await (await fromArrayBuffer(copy)).getImage();
  const keys = image.getGeoKeys() ?? {};
  if (keys.GTModelTypeGeoKey !== MODEL_GEOGRAPHIC || keys.ProjectedCSTypeGeoKey !== undefined)
    throw new Error(
      `${name}: not in a geographic coordinate system; reproject it first (gdalwarp -t_srs EPSG:4326)`,
    );
  const [dx, dyNeg] = image.getResolution();
  const [originX, originY] = image.getOrigin();
  if (dx === undefined || dyNeg === undefined || originX === undefined || originY === undefined)
    throw new Error(`${name}: no georeference (tie point and pixel scale)`);
  const dy = Math.abs(dyNeg);
  // A tie point on a sample's corner puts its centre half a sample in.
  const half = keys.GTRasterTypeGeoKey === PIXEL_IS_POINT ? 0 : 0.5;
  const [band] = (await image.readRasters({ samples: [0] })) as unknown as ArrayLike<number>[];
  if (!band) throw new Error(`${name}: no raster band`);
  const noData = image.getGDALNoData();
  const heights = Float32Array.from(band, (h) => (h === noData || !Number.isFinite(h) ? Number.NaN : h));
  const width = image.getWidth();
  const height = image.getHeight();
  if (width < 2 || height < 2) throw new Error(`${name}: ${width}×${height} samples is too few`);
  return { name, width, height, west: originX + half * dx, north: originY - half * dy, dx, dy, heights };
}
