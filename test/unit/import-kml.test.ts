/**
 * KML and KMZ through the data worker's check (`checkImportFile`): the sample KML (a square and a
 * point, Chinese names), the same zipped as a KMZ, and what is refused: a KMZ without a KML, XML
 * that does not parse, XML that is not KML.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { checkImportFile } from '../../src/data/import/import-task.ts';
import { say } from '../../src/i18n/i18n.ts';
import { zip } from '../fixtures/shapefile/shapefile-writer.ts';

const KML = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/kml/site.kml')));
/** The square's corners in the fixture. */
const CORNERS = [
  [105.9, 29.28],
  [105.92, 29.28],
  [105.92, 29.3],
  [105.9, 29.3],
] as const;

function cornersAreaM2(): number {
  const poly = new geographiclib.Geodesic.Geodesic(6378137, 1 / 298.257223563).Polygon(false);
  for (const [lon, lat] of CORNERS) poly.AddPoint(lat, lon);
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

const check = (bytes: Uint8Array<ArrayBuffer> | string, name: string) =>
  checkImportFile(new Blob([bytes]), name);

describe('KML and KMZ', () => {
  it('reads the sample KML: names, geometries and the square’s ellipsoidal area, with no reprojection', async () => {
    const r = await check(KML, 'site.kml');
    expect(r.refused).toBe(false);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => [row.name, row.type])).toEqual([
      ['样例地块·KML', 'Polygon'],
      ['样例点', 'Point'],
    ]);
    const expected = cornersAreaM2();
    expect(Math.abs(r.totals.areaM2 - expected) / expected).toBeLessThan(0.001);
    expect(r.zone).toBeUndefined();
    expect(r.warnings).toEqual([]);
  });

  it('reads a KMZ’s doc.kml, and the first KML of a KMZ that has no doc.kml', async () => {
    const doc = await check(
      zip({ 'doc.kml': KML, 'files/icon.png': new Uint8Array([137, 80, 78, 71]) }),
      'site.kmz',
    );
    expect(doc.rows.map((row) => row.name)).toEqual(['样例地块·KML', '样例点']);
    const other = await check(zip({ 'layers/site.kml': KML }), 'site.kmz');
    expect(other.valid).toHaveLength(2);
  });

  it('refuses a KMZ without a KML, broken XML and XML that is not KML, saying which in both languages', async () => {
    const empty = await check(zip({ 'readme.txt': 'x' }), 'empty.kmz');
    expect(empty.refused).toBe(true);
    expect(empty.issues[0]?.problem).toBe('the KMZ holds no .kml document: found readme.txt');
    expect(say('zh', empty.issues[0]?.says as never)).toBe('该 KMZ 中没有 .kml 文档：其中有 readme.txt');

    const broken = await check('<kml><Placemark><name>a</name></Placem', 'broken.kml');
    expect(broken.refused).toBe(true);
    expect(broken.issues[0]?.says?.key).toBe('import.kmlUnreadable');

    const gpxAsKml = await check(
      '<?xml version="1.0"?><gpx version="1.1"><wpt lat="29" lon="105"/></gpx>',
      'x.kml',
    );
    expect(gpxAsKml.issues[0]?.problem).toBe('not a KML document: its root element is <gpx>, not <kml>');
  });
});
