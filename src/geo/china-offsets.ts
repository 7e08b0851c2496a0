/**
 * The offsets of Chinese web maps: GCJ-02 ("Mars" coordinates, used by AMap, Tencent, DataV and
 * echarts maps of China) ⇄ WGS84, and BD-09 (Baidu) ⇄ GCJ-02. One module for the build scripts
 * (the district boundary) and for the planner's imports.
 *
 * The forward transform is the widely published public formula (Krasovsky 1940 ellipsoid
 * parameters and the standard perturbation series). It is only defined inside China's frame;
 * outside it positions pass through unchanged. The inverse has no closed form and is solved
 * by fixed-point iteration to well under a millimetre.
 */

const A = 6378245.0;
const EE = 0.006693421622965943;

/** Positions are [lon, lat] in degrees, as in GeoJSON. */
export type LonLat = [number, number];

/** Whether the GCJ-02 offset applies at this position (a coarse frame around China). */
export function insideChinaFrame(lon: number, lat: number): boolean {
  return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

function perturbLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function perturbLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** WGS84 → GCJ-02. */
export function wgs84ToGcj02([lon, lat]: LonLat): LonLat {
  if (!insideChinaFrame(lon, lat)) return [lon, lat];
  const radLat = (lat / 180) * Math.PI;
  const sinLat = Math.sin(radLat);
  const magic = 1 - EE * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (perturbLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (perturbLon(lon - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** GCJ-02 → WGS84, by iteration until the forward transform reproduces the input to 1e-10° (~0.01 mm). */
export function gcj02ToWgs84([lon, lat]: LonLat): LonLat {
  if (!insideChinaFrame(lon, lat)) return [lon, lat];
  let w: LonLat = [lon, lat];
  for (let i = 0; i < 30; i++) {
    const g = wgs84ToGcj02(w);
    const dLon = g[0] - lon;
    const dLat = g[1] - lat;
    w = [w[0] - dLon, w[1] - dLat];
    if (Math.abs(dLon) < 1e-10 && Math.abs(dLat) < 1e-10) break;
  }
  return w;
}

/** Baidu's rotation-and-scale constant of BD-09 over GCJ-02 (the published formula). */
const X_PI = (Math.PI * 3000) / 180;

/** BD-09 → GCJ-02 (the published closed form). */
export function bd09ToGcj02([lon, lat]: LonLat): LonLat {
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return [z * Math.cos(theta), z * Math.sin(theta)];
}

/** GCJ-02 → BD-09 (the published closed form; the inverse of `bd09ToGcj02` to about 10 cm). */
export function gcj02ToBd09([lon, lat]: LonLat): LonLat {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** The web-map system a file's positions may be in, besides WGS84 (or CGCS2000). */
export type WebOffset = 'gcj02' | 'bd09';

/** A position in `from` to WGS84. */
export function toWgs84(p: LonLat, from: WebOffset): LonLat {
  return gcj02ToWgs84(from === 'bd09' ? bd09ToGcj02(p) : p);
}

/** A WGS84 position to `to`: undoes `toWgs84`. */
export function fromWgs84(p: LonLat, to: WebOffset): LonLat {
  const gcj = wgs84ToGcj02(p);
  return to === 'bd09' ? gcj02ToBd09(gcj) : gcj;
}
