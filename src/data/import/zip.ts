/**
 * The entries of a zip file (a zipped shapefile, a KMZ), read with `but-unzip` (the unzip that
 * `shpjs` itself uses, so that it ships once). Only the entries a reader asks for are inflated,
 * and their sizes together are held to the import's byte limit, so that a small zip cannot
 * unfold into gigabytes in the worker.
 */
import { iter } from 'but-unzip';
import { type Message, msg } from '../../i18n/i18n.ts';

export interface ZipEntries {
  /** Every entry's path, in the zip's order (macOS resource forks left out). */
  names: string[];
  /** The inflated bytes of the entries asked for, by path. */
  files: Map<string, Uint8Array>;
}

export async function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limitBytes: number,
): Promise<ZipEntries | { refusal: Message }> {
  const names: string[] = [];
  const files = new Map<string, Uint8Array>();
  let total = 0;
  try {
    for (const entry of iter(bytes)) {
      if (entry.filename.includes('__MACOSX/') || entry.filename.endsWith('/')) continue;
      names.push(entry.filename);
      if (!wanted(entry.filename)) continue;
      const data = await entry.read();
      total += data.length;
      if (total > limitBytes)
        return { refusal: msg('import.zipTooBig', { limit: Math.round(limitBytes / (1024 * 1024)) }) };
      files.set(entry.filename, data);
    }
  } catch (err) {
    return { refusal: msg('import.zipUnreadable', { message: (err as Error).message }) };
  }
  return { names, files };
}
