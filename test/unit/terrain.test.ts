/**
 * `npm run terrain` (scripts/terrain/): the DEM readers, the terrarium encoding, the tiles that
 * cover an extent, and a whole run on a tiny .hgt, down to the height in one written pixel.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTerrain } from '../../scripts/terrain/build-terrain.ts';
import { gridBounds, heightAt } from '../../scripts/terrain/dem.ts';
import { knownProduct } from '../../scripts/terrain/dem-credit.ts';
import { readGeoTiff } from '../../scripts/terrain/read-geotiff.ts';
import { hgtCorner, readHgt } from '../../scripts/terrain/read-hgt.ts';
import { decodeTerrarium, encodeTerrarium } from '../../scripts/terrain/terrarium.ts';
import { lonLatOf, tileBounds, tilesCovering, tileXY } from '../../scripts/terrain/tiles.ts';
import { checkManifest } from '../../scripts/terrain/vite-plugin-terrain.ts';
import { SAMPLE, sampleHeight } from '../fixtures/terrain/make-sample.ts';

/** A .hgt of `side`² big-endian heights, the value at (row, col) from `f`. */
function hgt(side: number, f: (row: number, col: number) => number): Uint8Array {
  const bytes = new Uint8Array(side * side * 2);
  const view = new DataView(bytes.buffer);
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) view.setInt16((r * side + c) * 2, f(r, c), false);
  return bytes;
}

describe('reading SRTM .hgt', () => {
  it('places the first sample on the north-west corner and reads big-endian heights', () => {
    const g = readHgt(
      'N29E105.hgt',
      hgt(3, (r, c) => 100 * r + c + (r === 2 && c === 1 ? 1000 : 0)),
    );
    expect(gridBounds(g)).toEqual([105, 29, 106, 30]);
    expect(g.heights[2 * 3 + 1]).toBe(1201);
    // The sample at row 2 (the south edge), column 1 (the middle) is at 105.5° E, 29° N.
    expect(heightAt([g], 105.5, 29)).toBe(1201);
    expect(heightAt([g], 105.25, 30)).toBeCloseTo(0.5, 6);
    expect(heightAt([g], 104.9, 29.5)).toBeUndefined();
  });

  it('leaves voids out of the interpolation', () => {
    const g = readHgt(
      'N29E105.hgt',
      hgt(2, (r, c) => (r === 0 && c === 0 ? -32768 : 300)),
    );
    expect(Number.isNaN(g.heights[0])).toBe(true);
    expect(heightAt([g], 105.1, 29.9)).toBeCloseTo(300, 6);
  });

  it('takes the corner from the name, south and west included, and refuses a file that is no square', () => {
    expect(hgtCorner('/data/S08W035.hgt')).toEqual({ lon: -35, lat: -8 });
    expect(() => readHgt('N29E105.hgt', new Uint8Array(10))).toThrow(/not a square/);
    expect(() =>
      readHgt(
        'dem.hgt',
        hgt(2, () => 0),
      ),
    ).toThrow(/south-west corner/);
  });
});

describe('reading a GeoTIFF', () => {
  it('reads the sample DEM with its georeference, sample centres half a cell in', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/terrain/sample-dem.tif'));
    const g = await readGeoTiff('sample-dem.tif', bytes);
    expect([g.width, g.height]).toEqual([SAMPLE.width, SAMPLE.height]);
    expect(g.west).toBeCloseTo(SAMPLE.west + SAMPLE.step / 2, 9);
    expect(g.north).toBeCloseTo(SAMPLE.north - SAMPLE.step / 2, 9);
    for (const [col, row] of [
      [0, 0],
      [24, 70],
      [70, 90],
      [140, 180],
    ] as const) {
      const [lon, lat] = [g.west + col * g.dx, g.north - row * g.dy];
      expect(heightAt([g], lon, lat)).toBeCloseTo(sampleHeight(lon, lat), 6);
    }
    // Half a cell off, the slope at column 24 (a ridge's flank) reads another height.
    expect(
      Math.abs(
        sampleHeight(g.west + 24.5 * g.dx, g.north - 70 * g.dy) -
          sampleHeight(g.west + 24 * g.dx, g.north - 70 * g.dy),
      ),
    ).toBeGreaterThan(5);
  });
});

describe('terrarium', () => {
  it('round-trips heights to 1/256 m, below sea level too', () => {
    const rgba = new Uint8Array(4);
    for (const h of [0, 1, 255.5, 256, 1234.25, -10.75, 8848]) {
      encodeTerrarium(h, rgba, 0);
      expect(decodeTerrarium(rgba[0]!, rgba[1]!, rgba[2]!)).toBeCloseTo(h, 2);
      expect(rgba[3]).toBe(255);
    }
    encodeTerrarium(0, rgba, 0);
    expect([...rgba]).toEqual([128, 0, 0, 255]);
  });
});

describe('tiles', () => {
  it('gives a tile its extent and a place its tile', () => {
    expect(tileBounds({ z: 1, x: 1, y: 0 }).map((v) => Number(v.toFixed(6)))).toEqual([0, 0, 180, 85.051129]);
    const [x, y] = tileXY(105.9, 29.35, 12);
    expect([Math.floor(x), Math.floor(y)]).toEqual([3252, 1698]);
    const [lon, lat] = lonLatOf(x, y, 12);
    expect(lon).toBeCloseTo(105.9, 9);
    expect(lat).toBeCloseTo(29.35, 9);
  });

  it('covers an extent with every tile that overlaps it, and no more', () => {
    const tiles = tilesCovering([105.6, 28.9, 106.1, 29.6], 10);
    const boxes = tiles.map(tileBounds);
    expect(Math.min(...boxes.map((b) => b[0]))).toBeLessThanOrEqual(105.6);
    expect(Math.max(...boxes.map((b) => b[2]))).toBeGreaterThanOrEqual(106.1);
    expect(Math.min(...boxes.map((b) => b[1]))).toBeLessThanOrEqual(28.9);
    expect(Math.max(...boxes.map((b) => b[3]))).toBeGreaterThanOrEqual(29.6);
    for (const b of boxes) expect(b[0] < 106.1 && b[2] > 105.6 && b[1] < 29.6 && b[3] > 28.9).toBe(true);
    // An extent ending on a tile's edge takes not the tile beyond it.
    expect(tilesCovering(tileBounds({ z: 9, x: 406, y: 213 }), 9)).toEqual([{ z: 9, x: 406, y: 213 }]);
  });
});

describe('the terrain command', () => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-terrain-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the tiles over the extent and a manifest the build accepts', async () => {
    const file = join(out, 'N29E105.hgt');
    // Heights rising 10 m a row southwards: 0 m on 30° N, 1000 m on 29° N.
    writeFileSync(
      file,
      hgt(101, (r) => 10 * r),
    );
    const manifest = await buildTerrain({
      files: [file],
      outDir: join(out, 'terrain'),
      minzoom: 8,
      maxzoom: 9,
      tileSize: 256,
      bounds: [105.6, 29.2, 105.9, 29.5],
    });
    expect(checkManifest(manifest, 'terrain.json')).toEqual(manifest);
    expect(manifest).toMatchObject({
      encoding: 'terrarium',
      credit: 'SRTM: NASA/USGS',
      licence: 'Public domain (USGS)',
      sources: ['N29E105.hgt'],
    });
    expect(manifest.tiles).toBe(
      tilesCovering(manifest.bounds, 8).length + tilesCovering(manifest.bounds, 9).length,
    );
    expect(JSON.parse(readFileSync(join(out, 'terrain', 'terrain.json'), 'utf8'))).toEqual(manifest);

    // The pixel at 105.75° E, 29.35° N holds that place's height: 650 m, to the metre.
    const [tx, ty] = tileXY(105.75, 29.35, 9);
    const png = PNG.sync.read(
      readFileSync(join(out, 'terrain', '9', String(Math.floor(tx)), `${Math.floor(ty)}.png`)),
    );
    const [px, py] = [Math.floor((tx % 1) * 256), Math.floor((ty % 1) * 256)];
    const i = (py * 256 + px) * 4;
    const h = decodeTerrarium(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!);
    expect(Math.abs(h - 650)).toBeLessThanOrEqual(3);
  });

  it('refuses DEM files that miss the extent, and data whose credit it cannot tell', async () => {
    const file = join(out, 'N10E010.hgt');
    writeFileSync(
      file,
      hgt(2, () => 0),
    );
    await expect(
      buildTerrain({ files: [file], outDir: join(out, 'x'), minzoom: 8, maxzoom: 8, tileSize: 256 }),
    ).rejects.toThrow(/do not cover/);
    expect(knownProduct(['dem.tif'])).toBeUndefined();
    expect(knownProduct(['n29_e105_1arc_v3.tif', 'N28E105.hgt'])).toEqual({
      credit: 'SRTM: NASA/USGS',
      licence: 'Public domain (USGS)',
    });
    expect(knownProduct(['N29E105.hgt', 'dem.tif'])).toBeUndefined();
    expect(knownProduct(['N29E105.hgt', 'Copernicus_DSM_COG_10_N29_00_E106_00_DEM.tif'])?.credit).toMatch(
      /^SRTM: NASA\/USGS; Copernicus DEM GLO-30/,
    );
  });

  it('refuses a manifest that would break the map', () => {
    expect(() => checkManifest({ encoding: 'mapbox', tileSize: 300 }, 'terrain.json')).toThrow(
      /encoding is not "terrarium"; tileSize is not 256 or 512/,
    );
  });
});
