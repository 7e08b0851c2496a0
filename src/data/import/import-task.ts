/**
 * Reads, parses, validates and measures a user's file (GeoJSON, a zipped shapefile, KML or KMZ),
 * in the data worker
 * (src/data/data.worker.ts), off the main thread. The file
 * is read in chunks so that the panel can show how far it got; the valid features go back
 * as a Blob (passed by reference, not copied), which the map's own worker then loads by URL,
 * so a file of tens of MB is never parsed on the main thread.
 */

import { say } from '../../i18n/i18n.ts';
import { decodeFile } from './decode.ts';
import { importFormat } from './formats.ts';
import { checkCollection, checkImport, type ImportCheck, refusedCheck } from './import-check.ts';
import { IMPORT_LIMITS } from './import-limits.ts';
import type { ImportProgress, ImportResponse } from './import-protocol.ts';

/** The panel lists this many rows at most; the totals count them all. */
const MAX_ROWS = 200;

const MB = 1024 * 1024;

/**
 * The whole check of one file, from its bytes: size limit, format, then the format's reader and
 * the check. `zoneEpsg` is the Gauss–Krüger zone the user chose in place of a guessed one;
 * `shapefile` is which of a zip's shapefiles to read.
 */
export async function checkImportFile(
  file: Blob,
  fileName: string,
  onProgress?: (p: ImportProgress) => void,
  zoneEpsg?: number,
  shapefile?: string,
): Promise<ImportCheck> {
  if (file.size > IMPORT_LIMITS.bytes) {
    const params = { size: (file.size / MB).toFixed(0), limit: IMPORT_LIMITS.bytes / MB };
    return refusedCheck(
      `file is ${params.size} MB: the limit is ${params.limit} MB (split the file or simplify it)`,
      0,
      { key: 'import.tooBig', params },
    );
  }
  const format = importFormat(fileName, new Uint8Array(await file.slice(0, 64).arrayBuffer()));
  if ('refusal' in format) return refusedCheck(say('en', format.refusal), 0, format.refusal);
  if (format.format !== 'geojson') {
    onProgress?.({ type: 'progress', phase: 'parsing' });
    // Each reader is a chunk of its own, loaded only when a file of its kind arrives.
    const read =
      format.format === 'shapefile-zip'
        ? await (await import('./shapefile.ts')).readShapefileZip(
            file,
            IMPORT_LIMITS.bytes,
            zoneEpsg,
            shapefile,
          )
        : await (await import('./kml.ts')).readKml(file, format.format, IMPORT_LIMITS.bytes);
    if ('refusal' in read) return refusedCheck(say('en', read.refusal), 0, read.refusal);
    const check = checkCollection(
      read.collection,
      read.part ? partName(fileName, read.part.shapefile) : fileName,
      (phase) => onProgress?.({ type: 'progress', phase }),
      read.options,
    );
    check.warnings.unshift(...read.warnings);
    if (read.part) check.part = read.part;
    return check;
  }
  const decoded = await decodeFile(file, (ratio) =>
    onProgress?.({ type: 'progress', phase: 'reading', ratio }),
  );
  if (decoded.text === undefined)
    return refusedCheck(decoded.problem ?? 'file could not be read as text', 0, decoded.message);
  const check = checkImport(decoded.text, fileName, (phase) => onProgress?.({ type: 'progress', phase }), {
    zoneEpsg,
  });
  if (decoded.note)
    check.warnings.unshift(
      decoded.message
        ? { feature: '', path: '', problem: decoded.note, says: decoded.message }
        : { feature: '', path: '', problem: decoded.note },
    );
  return check;
}

/** The name a shapefile of a zip holding several goes by: the zip's, then the shapefile's. */
export const partName = (fileName: string, shapefile: string) => `${fileName} › ${shapefile}`;

export async function runImport(
  file: File,
  post: (m: ImportResponse) => void,
  zoneEpsg?: number,
  shapefile?: string,
): Promise<void> {
  try {
    const check = await checkImportFile(file, file.name, post, zoneEpsg, shapefile);
    const blob =
      check.valid.length > 0
        ? new Blob([JSON.stringify({ type: 'FeatureCollection', features: check.valid })], {
            type: 'application/geo+json',
          })
        : undefined;
    post({
      type: 'done',
      fileName: check.part ? partName(file.name, check.part.shapefile) : file.name,
      part: check.part,
      total: check.total,
      accepted: check.valid.length,
      refused: check.refused,
      issueCount: check.issues.length,
      issues: check.issues.slice(0, MAX_ROWS),
      warningCount: check.warnings.length,
      warnings: check.warnings.slice(0, MAX_ROWS),
      rowCount: check.rows.length,
      rows: check.rows.slice(0, MAX_ROWS),
      totals: check.totals,
      bbox: check.bbox,
      zone: check.zone,
      blob,
    });
  } catch (err) {
    post({ type: 'error', message: (err as Error).message });
  }
}
