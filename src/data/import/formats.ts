/**
 * Which reader an imported file goes to, from its name and first bytes (pure). What the import
 * does not read gets a message saying what to do instead: a planner's DXF or DWG comes from CAD,
 * which can export a shapefile with its coordinate system.
 */
import { type Message, msg } from '../../i18n/i18n.ts';

export type ImportFormat = 'geojson' | 'shapefile-zip' | 'kml' | 'kmz';

/** The message for a format that is not read, by extension. */
const UNSUPPORTED: Record<string, Message> = {
  dxf: msg('import.unsupportedCad', { format: 'DXF' }),
  dwg: msg('import.unsupportedCad', { format: 'DWG' }),
  dgn: msg('import.unsupportedCad', { format: 'DGN' }),
  shp: msg('import.unsupportedShpAlone'),
  shx: msg('import.unsupportedShpAlone'),
  dbf: msg('import.unsupportedShpAlone'),
  prj: msg('import.unsupportedShpAlone'),
  gpx: msg('import.unsupportedConvert', { format: 'GPX' }),
  gml: msg('import.unsupportedConvert', { format: 'GML' }),
  gpkg: msg('import.unsupportedConvert', { format: 'GeoPackage' }),
  mif: msg('import.unsupportedConvert', { format: 'MapInfo MIF' }),
  tab: msg('import.unsupportedConvert', { format: 'MapInfo TAB' }),
  mdb: msg('import.unsupportedConvert', { format: 'Personal Geodatabase' }),
  gdb: msg('import.unsupportedConvert', { format: 'File Geodatabase' }),
  csv: msg('import.unsupportedConvert', { format: 'CSV' }),
  xlsx: msg('import.unsupportedConvert', { format: 'Excel' }),
  xls: msg('import.unsupportedConvert', { format: 'Excel' }),
  rar: msg('import.unsupportedArchive', { format: 'RAR' }),
  '7z': msg('import.unsupportedArchive', { format: '7z' }),
};

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** The format of a file (`head`: its first 64 bytes or so), or the message refusing it. */
export function importFormat(
  fileName: string,
  head: Uint8Array,
): { format: ImportFormat } | { refusal: Message } {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const zip = startsWith(head, [0x50, 0x4b]);
  if (ext === 'kmz') return { format: 'kmz' };
  if (ext === 'kml') return { format: 'kml' };
  if (zip) return { format: 'shapefile-zip' };
  // AutoCAD's binary drawings start with "AC10" whatever their name.
  if (startsWith(head, [0x41, 0x43, 0x31, 0x30])) return { refusal: UNSUPPORTED.dwg };
  const known = UNSUPPORTED[ext];
  if (known) return { refusal: known };
  if (ext === '' || ext === 'geojson' || ext === 'json' || ext === 'txt') return { format: 'geojson' };
  // A GeoJSON file under another name still starts with "{", past any byte-order mark or UTF-16 zeros.
  const first = head.find((b) => ![0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0x20, 0x09, 0x0a, 0x0d].includes(b));
  if (first === 0x7b) return { format: 'geojson' };
  return { refusal: msg('import.unsupportedOther', { ext: `.${ext}` }) };
}
