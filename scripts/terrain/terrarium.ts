/**
 * Terrarium, Mapzen's encoding of heights as PNG colours, which MapLibre's raster-dem sources
 * read (`encoding: 'terrarium'`): height + 32768 m, its whole metres in red (×256) and green, its
 * fraction in blue, to 1/256 m.
 */

const OFFSET = 32768;

/** Writes the colour of `height` (metres) into `rgba` at pixel `i`, fully opaque. */
export function encodeTerrarium(height: number, rgba: Uint8Array, i: number): void {
  const v = Math.max(0, Math.min(65535 + 255 / 256, height + OFFSET));
  const whole = Math.floor(v);
  rgba[i * 4] = whole >> 8;
  rgba[i * 4 + 1] = whole & 255;
  rgba[i * 4 + 2] = Math.floor((v - whole) * 256);
  rgba[i * 4 + 3] = 255;
}

/** The height (metres) a terrarium colour stands for, as MapLibre decodes it. */
export function decodeTerrarium(r: number, g: number, b: number): number {
  return r * 256 + g + b / 256 - OFFSET;
}
