/**
 * Zipped shapefiles through the data worker's check (`checkImportFile`): the sample site in
 * EPSG:4544 with a GBK name (test/fixtures/shapefile/), its .prj and .cpg honoured, and what
 * happens when parts are missing; the .prj reader against WKT as ArcGIS and QGIS write it; and the
 * formats the import refuses, with what to do instead.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { importFormat } from '../../src/data/import/formats.ts';
import { checkImportFile } from '../../src/data/import/import-task.ts';
import { detectPrj } from '../../src/data/import/prj.ts';
import { say } from '../../src/i18n/i18n.ts';
import { dbf, zip } from '../fixtures/shapefile/shapefile-writer.ts';
import { CORNERS, PRJ_4544, SITE_NAME, siteFiles } from '../fixtures/shapefile/site-4544.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/shapefile/site-epsg4544-gbk.zip');

function cornersAreaM2(corners: [number, number][]): number {
  const poly = new geographiclib.Geodesic.Geodesic(6378137, 1 / 298.257222101).Polygon(false);
  for (const [lon, lat] of corners) poly.AddPoint(lat, lon);
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

/** The sample site zipped without (or with other) parts. */
function variant(change: (files: Record<string, Uint8Array | string>) => void, zoneEpsg?: number) {
  const files = siteFiles();
  change(files);
  return checkImportFile(new Blob([zip(files)]), 'variant.zip', undefined, zoneEpsg);
}

const keys = (r: { warnings: { says?: { key: string } }[] }) => r.warnings.map((w) => w.says?.key);

describe('a zipped shapefile', () => {
  it('reads the sample: its GBK name by the .cpg, its zone by the .prj, its ellipsoidal area', async () => {
    const r = await checkImportFile(new Blob([readFileSync(FIXTURE)]), 'site-epsg4544-gbk.zip');
    expect(r.refused).toBe(false);
    expect(r.issues).toEqual([]);
    expect(r.valid).toHaveLength(1);
    expect(r.valid[0]?.properties).toEqual({ NAME: SITE_NAME, CODE: 1 });
    expect(r.rows[0]?.name).toBe(SITE_NAME);
    const expected = cornersAreaM2(CORNERS);
    expect(expected).toBeGreaterThan(4e6);
    expect(Math.abs(r.totals.areaM2 - expected) / expected).toBeLessThan(0.001);
    expect(r.bbox?.map((v) => Number(v.toFixed(5)))).toEqual([105.86, 29.3, 105.88, 29.32]);
    expect(r.zone).toEqual({ epsg: 4544, from: 'prj' });
    expect(r.warnings.map((w) => [w.path, w.says?.key])).toEqual([
      ['site.cpg', 'import.dbfEncodingCpg'],
      ['site.prj', 'import.reprojected'],
    ]);
    expect(say('zh', r.warnings[0]?.says as never)).toBe('属性按 .cpg 所述的 GBK 编码读取');
  });

  it('without a .prj guesses the district zone, and reads another zone when the user chooses it', async () => {
    const guessed = await variant((f) => delete f['site.prj']);
    expect(guessed.zone).toEqual({ epsg: 4544, from: 'default' });
    expect(keys(guessed)).toContain('import.reprojectedGuessed');
    expect(guessed.bbox?.[0]).toBeCloseTo(105.86, 5);

    const chosen = await variant((f) => delete f['site.prj'], 4545);
    expect(chosen.zone).toEqual({ epsg: 4545, from: 'chosen' });
    expect(keys(chosen)).toContain('import.reprojectedChosen');
    // The same eastings 3° further east, give or take the convergence of the meridians.
    expect(chosen.bbox?.[0]).toBeGreaterThan(108.8);
    expect(chosen.bbox?.[0]).toBeLessThan(108.9);

    // A zone named by the .prj is no guess: the user's choice does not override it.
    const named = await variant(() => {}, 4545);
    expect(named.zone).toEqual({ epsg: 4544, from: 'prj' });
  });

  it('reads GBK attributes without a .cpg, and UTF-8 ones as they are, saying which', async () => {
    const noCpg = await variant((f) => delete f['site.cpg']);
    expect(noCpg.valid[0]?.properties?.NAME).toBe(SITE_NAME);
    expect(keys(noCpg)).toContain('import.dbfEncodingGuessed');

    const utf8 = await variant((f) => {
      f['site.dbf'] = dbf([{ name: 'NAME', type: 'C', length: 40 }], [[SITE_NAME]], (s) =>
        new TextEncoder().encode(s),
      );
      f['site.cpg'] = 'UTF-8';
    });
    expect(utf8.valid[0]?.properties?.NAME).toBe(SITE_NAME);
    expect(keys(utf8)).toEqual(['import.reprojected']);

    const unknown = await variant((f) => {
      f['site.cpg'] = 'EBCDIC-XYZ';
    });
    expect(unknown.valid[0]?.properties?.NAME).toBe(SITE_NAME);
    expect(keys(unknown)).toContain('import.cpgUnknown');
  });

  it('says what is missing from a zip without a .shp, and imports one without a .dbf bare', async () => {
    const noShp = await variant((f) => delete f['site.shp']);
    expect(noShp.refused).toBe(true);
    expect(noShp.issues[0]?.says?.key).toBe('import.zipNoShp');
    expect(noShp.issues[0]?.problem).toContain('found site.shx, site.dbf, site.prj, site.cpg');
    expect(say('zh', noShp.issues[0]?.says as never)).toContain('该 zip 中没有 Shapefile（.shp）');

    const noDbf = await variant((f) => delete f['site.dbf']);
    expect(noDbf.valid).toHaveLength(1);
    expect(noDbf.valid[0]?.properties).toEqual({});
    expect(keys(noDbf)).toContain('import.shpNoDbf');

    const notZip = await checkImportFile(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2])]), 'broken.zip');
    expect(notZip.refused).toBe(true);
    expect(notZip.issues[0]?.says?.key).toBe('import.zipUnreadable');
  });
});

describe('a zip of several shapefiles', () => {
  /** The sample site, and a copy of it as "parcels" without a .cpg, in one zip. */
  const both = () => {
    const files = siteFiles();
    for (const [name, bytes] of Object.entries(siteFiles()))
      if (!name.endsWith('.cpg')) files[name.replace('site.', 'parcels/parcels.')] = bytes;
    return new Blob([zip(files)]);
  };

  it('reads the first by name, names them all, and reads each other when asked', async () => {
    const first = await checkImportFile(both(), 'two.zip');
    expect(first.part).toEqual({
      shapefile: 'parcels/parcels.shp',
      shapefiles: ['parcels/parcels.shp', 'site.shp'],
    });
    expect(first.valid).toHaveLength(1);
    // Its own parts only: no .cpg of its own, so its encoding is guessed, not the site's.
    expect(keys(first)).toContain('import.dbfEncodingGuessed');
    expect(first.rows[0]?.name).toBe(SITE_NAME);

    const site = await checkImportFile(both(), 'two.zip', undefined, undefined, 'site.shp');
    expect(site.part?.shapefile).toBe('site.shp');
    expect(keys(site)).toContain('import.dbfEncodingCpg');
    expect(site.valid[0]?.properties).toEqual({ NAME: SITE_NAME, CODE: 1 });

    // One shapefile alone is just the file.
    expect((await variant(() => {})).part).toBeUndefined();
  });

  it('refuses a shapefile the zip does not hold, in both languages', async () => {
    const gone = await checkImportFile(both(), 'two.zip', undefined, undefined, 'roads.shp');
    expect(gone.refused).toBe(true);
    expect(gone.issues[0]?.problem).toContain('the zip no longer holds roads.shp');
    expect(say('zh', gone.issues[0]?.says as never)).toContain('该 zip 中已没有 roads.shp');
  });
});

describe('a .prj', () => {
  it('maps CGCS2000 Gauss–Krüger WKT to its zone, with and without the zone prefix', () => {
    expect(detectPrj(PRJ_4544)).toMatchObject({ kind: 'gauss-kruger', from: 'prj', zone: { epsg: 4544 } });
    const prefixed = PRJ_4544.replace('"False_Easting",500000.0', '"False_Easting",35500000.0');
    expect(detectPrj(prefixed)).toMatchObject({ zone: { epsg: 4523, falseEasting: 35_500_000 } });
    const cm108 = PRJ_4544.replace('"Central_Meridian",105.0', '"Central_Meridian",108.0');
    expect(detectPrj(cm108)).toMatchObject({ zone: { epsg: 4545, centralMeridian: 108 } });
  });

  it('reads geographic WKT as degrees, hands other projections to proj4, and refuses what proj4 cannot read', () => {
    expect(
      detectPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]]]'),
    ).toEqual({ kind: 'geographic' });
    // Xian 1980 on its own ellipsoid is not CGCS2000: proj4 reads it from the WKT.
    const xian = PRJ_4544.replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Xian_1980')
      .replace('D_China_2000', 'D_Xian_1980')
      .replace('SPHEROID["CGCS2000",6378137.0,298.257222101]', 'SPHEROID["Xian_1980",6378140.0,298.257]')
      .replace('CGCS2000_3_Degree_GK_CM_105E', 'Xian_1980_3_Degree_GK_CM_105E');
    expect(detectPrj(xian)).toMatchObject({ kind: 'proj4', name: 'Xian_1980_3_Degree_GK_CM_105E' });
    expect(detectPrj('PROJCS["Nowhere",GEOGCS["x"],PROJECTION["No_Such_Projection"]]')).toMatchObject({
      kind: 'unsupported',
      name: 'Nowhere',
    });
  });
});

describe('formats the import does not read', () => {
  const refusal = (name: string, head: number[] = []) => {
    const f = importFormat(name, new Uint8Array(head));
    if (!('refusal' in f)) throw new Error(`${name} was taken as ${f.format}`);
    return { en: say('en', f.refusal), zh: say('zh', f.refusal) };
  };

  it('tells a CAD drawing to come as a shapefile with a coordinate system, in both languages', () => {
    const dxf = refusal('plan.dxf');
    expect(dxf.en).toContain('export it from CAD as a shapefile with a coordinate system');
    expect(dxf.zh).toContain('请在 CAD 中将其导出为带坐标系的 Shapefile');
    // A DWG is known by its first bytes ("AC10…") whatever its name.
    expect(refusal('drawing.bin', [0x41, 0x43, 0x31, 0x30]).en).toMatch(/^DWG \(a CAD drawing\)/);
    expect(refusal('route.gpx').en).toContain('GPX files are not read');
    expect(refusal('site.shp').en).toContain('into one .zip');
    expect(refusal('data.xyz').zh).toContain('不读取 .xyz 文件');
  });

  it('takes GeoJSON under any name by its first byte, and a zip by its signature', () => {
    expect(importFormat('export.data', new TextEncoder().encode('  {"type"'))).toEqual({ format: 'geojson' });
    expect(importFormat('site', new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual({ format: 'shapefile-zip' });
    expect(importFormat('a.KMZ', new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual({ format: 'kmz' });
  });
});
