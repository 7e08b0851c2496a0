/**
 * SRTM's .hgt tiles: a square of big-endian 16-bit heights in metres covering one degree, named
 * after its south-west corner (N29E105.hgt), rows from the north, the edge rows and columns on
 * whole degrees and shared with the neighbouring tiles; −32768 marks a void. The side follows
 * from the file's length: 3601 at 1 arc-second, 1201 at 3 arc-seconds, any other for a test's
 * small tile.
 */
import { basename } from 'node:path';
import type { DemGrid } from './dem.ts';

const VOID = -32768;

/** The south-west corner a .hgt file's name gives, or an error naming the file. */
export function hgtCorner(file: string): { lon: number; lat: number } {
  const m = /^([NS])(\d{2})([EW])(\d{3})/i.exec(basename(file));
  if (!m)
    throw new Error(`${basename(file)}: an .hgt file is named after its south-west corner, as N29E105.hgt`);
  const lat = Number(m[2]) * (m[1]!.toUpperCase() === 'S' ? -1 : 1);
  const lon = Number(m[4]) * (m[3]!.toUpperCase() === 'W' ? -1 : 1);
  return { lon, lat };
}

export function readHgt(file: string, bytes: Uint8Array): DemGrid {
  const name = basename(file);
  const side = Math.round(Math.sqrt(bytes.length / 2));
  if (side < 2 || side * side * 2 !== bytes.length)
    throw new Error(`${name}: ${bytes.length} bytes is not a square of 16-bit heights`);
  const { lon, lat } = hgtCorner(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const heights = new Float32Array(side * side);
  for (let i = 0; i < heights.length; i++) {
    const h = view.getInt16(i * 2, false);
    heights[i] = h === VOID ? Number.NaN : h;
  }
  const step = 1 / (side - 1);
  return { name, width: side, height: side, west: lon, north: lat + 1, dx: step, dy: step, heights };
}
