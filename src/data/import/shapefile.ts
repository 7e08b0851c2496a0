/**
 * A zipped shapefile to a GeoJSON collection, in the data worker (loaded by a dynamic import, so
 * that `shpjs` is a chunk of its own): `.shp` geometries as they are stored, `.dbf` attributes in
 * the encoding the `.cpg` names (GBK/cp936 is common), else the one the `.dbf`'s language driver
 * names, else UTF-8 if they read as such, else GBK, said so. The `.prj` becomes a coordinate
 * system (`detectPrj`); without one, the positions' ranges decide as for GeoJSON.
 */
import { parseDbf, parseShp } from 'shpjs';
import { type Message, msg, say } from '../../i18n/i18n.ts';
import { firstInvalidUtf8 } from './decode.ts';
import type { CrsOptions, ImportIssueRow, ZipPart } from './import-check.ts';
import { detectPrj } from './prj.ts';
import { unzipEntries } from './zip.ts';

/** A file of another format read into a collection for `checkCollection`, or refused. */
export type FormatRead =
  | { collection: GeoJSON.FeatureCollection; options: CrsOptions; warnings: ImportIssueRow[]; part?: ZipPart }
  | { refusal: Message };

const note = (says: Message, path = ''): ImportIssueRow => ({
  feature: '',
  path,
  problem: say('en', says),
  says,
});

/** TextDecoder labels for what `.cpg` files say: ArcGIS writes code page numbers. */
function cpgLabel(cpg: string): string | undefined {
  const c = cpg.trim().toLowerCase();
  if (/^(?:cp|windows-|ansi\s*)?936$/.test(c)) return 'gbk';
  if (/^(?:cp|windows-)?65001$/.test(c) || c === 'utf8') return 'utf-8';
  if (/^(?:cp|windows-|ansi\s*)?(125\d)$/.test(c)) return `windows-${/(125\d)/.exec(c)?.[1]}`;
  if (/^(?:cp|windows-)?950$/.test(c)) return 'big5';
  try {
    return new TextDecoder(c).encoding;
  } catch {
    return undefined;
  }
}

/** dBase language-driver ids that name GBK (code page 936). */
const GBK_DRIVERS = new Set([0x4d, 0x7a]);

/** The encoding of a `.dbf`'s text, and a note when it is not plain UTF-8. */
function dbfEncoding(
  dbf: Uint8Array,
  cpg: string | undefined,
  cpgPath: string,
): { label: string; note?: ImportIssueRow } {
  if (cpg !== undefined) {
    const label = cpgLabel(cpg);
    if (label === 'utf-8') return { label };
    if (label)
      return { label, note: note(msg('import.dbfEncodingCpg', { encoding: label.toUpperCase() }), cpgPath) };
  }
  const unknownCpg =
    cpg === undefined ? undefined : note(msg('import.cpgUnknown', { name: cpg.trim() }), cpgPath);
  if (GBK_DRIVERS.has(dbf[29]))
    return { label: 'gbk', note: unknownCpg ?? note(msg('import.dbfEncodingDriver')) };
  const headerLength = dbf[8] | (dbf[9] << 8);
  if (firstInvalidUtf8(dbf.subarray(headerLength)) === -1) return { label: 'utf-8', note: unknownCpg };
  return { label: 'gbk', note: unknownCpg ?? note(msg('import.dbfEncodingGuessed')) };
}

/** A `.dbf` value as JSON can hold it: dates as `YYYY-MM-DD`, empty numbers and dates as null. */
function jsonValue(v: unknown): unknown {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

const PARTS = /\.(shp|dbf|prj|cpg)$/i;

/**
 * Reads one shapefile of a zip: `shapefile` (its `.shp` path), else the first by name. A zip that
 * holds several says which it read and what they all are, so that each becomes a layer.
 */
export async function readShapefileZip(
  blob: Blob,
  limitBytes: number,
  zoneEpsg?: number,
  shapefile?: string,
): Promise<FormatRead> {
  const zip = await unzipEntries(new Uint8Array(await blob.arrayBuffer()), (n) => PARTS.test(n), limitBytes);
  if ('refusal' in zip) return zip;
  const shps = zip.names.filter((n) => /\.shp$/i.test(n)).sort();
  if (shps.length === 0) {
    const found = zip.names.slice(0, 8).join(', ') + (zip.names.length > 8 ? ', …' : '');
    return { refusal: msg('import.zipNoShp', { found: found || '—' }) };
  }
  const shpPath = shapefile ?? (shps[0] as string);
  if (!shps.includes(shpPath)) return { refusal: msg('import.zipShpGone', { file: shpPath }) };
  const base = shpPath.slice(0, -4).toLowerCase();
  const part = (ext: string) => {
    const path = zip.names.find((n) => n.toLowerCase() === `${base}.${ext}`);
    return path === undefined ? undefined : { path, bytes: zip.files.get(path) as Uint8Array };
  };
  const warnings: ImportIssueRow[] = [];
  const dbf = part('dbf');
  const cpg = part('cpg');
  const prj = part('prj');
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  let geometries: (GeoJSON.Geometry | null)[];
  try {
    geometries = parseShp(zip.files.get(shpPath) as Uint8Array);
  } catch (err) {
    return { refusal: msg('import.shpUnreadable', { file: shpPath, message: (err as Error).message }) };
  }
  let records: Record<string, unknown>[] = [];
  if (dbf) {
    const encoding = dbfEncoding(dbf.bytes, cpg && text(cpg.bytes), cpg?.path ?? '');
    if (encoding.note) warnings.push(encoding.note);
    records = parseDbf(dbf.bytes, encoding.label);
  } else warnings.push(note(msg('import.shpNoDbf', { file: shpPath })));
  const features = geometries.map(
    (geometry, i): GeoJSON.Feature => ({
      type: 'Feature',
      properties: Object.fromEntries(Object.entries(records[i] ?? {}).map(([k, v]) => [k, jsonValue(v)])),
      geometry: geometry as GeoJSON.Geometry,
    }),
  );
  const options: CrsOptions = { zoneEpsg };
  if (prj) {
    options.crs = detectPrj(text(prj.bytes));
    options.crsPath = prj.path;
  }
  const ofSeveral = shps.length > 1 ? { shapefile: shpPath, shapefiles: shps } : undefined;
  return { collection: { type: 'FeatureCollection', features }, options, warnings, part: ofSeveral };
}
