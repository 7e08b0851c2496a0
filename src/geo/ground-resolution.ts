/** Web-Mercator ground resolution (m per CSS pixel) at a latitude, for MapLibre's 512 px tiles. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40075016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}
