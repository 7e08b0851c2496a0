/**
 * Reads, parses, validates and measures a user's GeoJSON file, in the data worker
 * (src/data/data.worker.ts), off the main thread. The file
 * is read in chunks so that the panel can show how far it got; the valid features go back
 * as a Blob (passed by reference, not copied), which the map's own worker then loads by URL,
 * so a file of tens of MB is never parsed on the main thread.
 */
import { checkImport, type ImportPhase } from './import-check.ts';
import type { ImportResponse } from './import-protocol.ts';

const CHUNK = 2 * 1024 * 1024;
/** The panel lists this many rows at most; the totals count them all. */
const MAX_ROWS = 200;

export async function runImport(file: File, post: (m: ImportResponse) => void): Promise<void> {
  try {
    const decoder = new TextDecoder();
    const parts: string[] = [];
    for (let offset = 0; offset < file.size; offset += CHUNK) {
      const buffer = await file.slice(offset, offset + CHUNK).arrayBuffer();
      parts.push(decoder.decode(buffer, { stream: true }));
      post({ type: 'progress', phase: 'reading', ratio: Math.min(1, (offset + CHUNK) / file.size) });
    }
    parts.push(decoder.decode());
    const text = parts.join('');
    const check = checkImport(text, file.name, (phase: ImportPhase) => post({ type: 'progress', phase }));
    const blob =
      check.valid.length > 0
        ? new Blob([JSON.stringify({ type: 'FeatureCollection', features: check.valid })], {
            type: 'application/geo+json',
          })
        : undefined;
    post({
      type: 'done',
      fileName: file.name,
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
      blob,
    });
  } catch (err) {
    post({ type: 'error', message: (err as Error).message });
  }
}
