/**
 * KML and KMZ (zipped KML, as Google Earth and 91卫图 save) to a GeoJSON collection, in the data
 * worker (loaded by a dynamic import: a chunk of its own). A worker has no DOMParser, so
 * `@xmldom/xmldom` parses the XML and `@tmcw/togeojson` turns it into GeoJSON. KML positions are
 * WGS84 longitude/latitude by definition (OGC KML 2.2), so no coordinate system is guessed.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { msg } from '../../i18n/i18n.ts';
import type { FormatRead } from './shapefile.ts';
import { unzipEntries } from './zip.ts';

/** The text of KML bytes, in the encoding its XML declaration names (UTF-8 unless it says otherwise). */
function kmlText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** The KML document of a KMZ: `doc.kml` at its root by convention, else its first `.kml`. */
async function kmzDocument(blob: Blob, limitBytes: number): Promise<Uint8Array | FormatRead> {
  const zip = await unzipEntries(
    new Uint8Array(await blob.arrayBuffer()),
    (n) => /\.kml$/i.test(n),
    limitBytes,
  );
  if ('refusal' in zip) return zip;
  const kmls = [...zip.files.keys()];
  const doc = kmls.find((n) => n.toLowerCase() === 'doc.kml') ?? kmls[0];
  if (doc === undefined) {
    const found = zip.names.slice(0, 8).join(', ') + (zip.names.length > 8 ? ', …' : '');
    return { refusal: msg('import.kmzNoKml', { found: found || '—' }) };
  }
  return zip.files.get(doc) as Uint8Array;
}

export async function readKml(blob: Blob, format: 'kml' | 'kmz', limitBytes: number): Promise<FormatRead> {
  const bytes =
    format === 'kmz' ? await kmzDocument(blob, limitBytes) : new Uint8Array(await blob.arrayBuffer());
  if (!(bytes instanceof Uint8Array)) return bytes;
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    // Recoverable errors are left to the reader's checks; a fatal one refuses the file, without a console line.
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') throw new Error(message);
      },
    });
    doc = parser.parseFromString(kmlText(bytes), 'text/xml');
  } catch (err) {
    return { refusal: msg('import.kmlUnreadable', { message: (err as Error).message.split('\n')[0] ?? '' }) };
  }
  if (doc.documentElement?.localName !== 'kml')
    return { refusal: msg('import.kmlNotKml', { root: doc.documentElement?.nodeName ?? '—' }) };
  const collection = kml(doc) as GeoJSON.FeatureCollection;
  return { collection, options: { crs: { kind: 'geographic' } }, warnings: [] };
}
