/**
 * Turns an imported file's bytes into text, saying how it was read. GeoJSON is UTF-8
 * (RFC 7946), but files saved by Windows tools arrive as UTF-16 (with a byte-order mark, or
 * without one) or in GBK, China's legacy encoding:
 * - a byte-order mark (EF BB BF, FF FE, FE FF), or a first character followed or preceded by a
 *   zero byte, decides UTF-8, UTF-16LE or UTF-16BE;
 * - otherwise the bytes must be valid UTF-8 (a fatal decoder, chunk by chunk);
 * - if they are not, they are tried as GB18030 (a superset of GBK and GB2312) and, if that
 *   reads cleanly, taken with a note;
 * - otherwise the file is refused, naming the first byte that is not UTF-8.
 */

import type { Message } from '../../i18n/i18n.ts';

export interface Decoded {
  text?: string;
  /** Why the file could not be read as text. */
  problem?: string;
  /** How it was read, when that was not plain UTF-8. */
  note?: string;
  /** `problem` or `note` as a message in both languages. */
  message?: Message;
}

const CHUNK = 2 * 1024 * 1024;

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, final = true): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k];
      if (c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** The encoding the first bytes announce, and how it was told. */
function sniff(head: Uint8Array): {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  note?: string;
  message?: Message;
} {
  const bom = (encoding: 'utf-16le' | 'utf-16be', bytes: string) => ({
    encoding,
    note: `read as ${encoding.toUpperCase()} (byte-order mark ${bytes}): GeoJSON should be UTF-8`,
    message: { key: 'import.readAsUtf16Bom', params: { encoding: encoding.toUpperCase(), bytes } } as Message,
  });
  const bare = (encoding: 'utf-16le' | 'utf-16be') => ({
    encoding,
    note: `read as ${encoding.toUpperCase()} (no byte-order mark): GeoJSON should be UTF-8`,
    message: { key: 'import.readAsUtf16', params: { encoding: encoding.toUpperCase() } } as Message,
  });
  if (head[0] === 0xff && head[1] === 0xfe) return bom('utf-16le', 'FF FE');
  if (head[0] === 0xfe && head[1] === 0xff) return bom('utf-16be', 'FE FF');
  if (head.length >= 2 && head[0] !== 0 && head[1] === 0) return bare('utf-16le');
  if (head.length >= 2 && head[0] === 0 && head[1] !== 0) return bare('utf-16be');
  return { encoding: 'utf-8' };
}

async function decodeAll(
  blob: Blob,
  encoding: string,
  onRatio?: (ratio: number) => void,
): Promise<{ text: string } | { failedAt: number; bytes: Uint8Array }> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const parts: string[] = [];
  for (let offset = 0; offset < blob.size; offset += CHUNK) {
    const bytes = new Uint8Array(await blob.slice(offset, offset + CHUNK).arrayBuffer());
    try {
      parts.push(decoder.decode(bytes, { stream: true }));
    } catch {
      return { failedAt: offset, bytes };
    }
    onRatio?.(Math.min(1, (offset + CHUNK) / blob.size));
  }
  try {
    parts.push(decoder.decode());
  } catch {
    // A character cut off by the end of the file: it starts within the last 4 bytes.
    const from = Math.max(0, blob.size - 4);
    return { failedAt: from, bytes: new Uint8Array(await blob.slice(from).arrayBuffer()) };
  }
  return { text: parts.join('') };
}

/** Reads a file as text (see the module comment); `onRatio` gets the share read so far. */
export async function decodeFile(blob: Blob, onRatio?: (ratio: number) => void): Promise<Decoded> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  const { encoding, note, message } = sniff(head);
  const first = await decodeAll(blob, encoding, onRatio);
  if ('text' in first) return note ? { text: first.text, note, message } : { text: first.text };
  if (encoding !== 'utf-8') {
    const near = first.failedAt.toLocaleString('en');
    return {
      problem: `not valid ${encoding.toUpperCase()} text (a broken character near byte ${near}): save the file as UTF-8`,
      message: { key: 'import.badUtf16', params: { encoding: encoding.toUpperCase(), offset: near } },
    };
  }
  // Where exactly UTF-8 broke: within the failing chunk (a sequence cut at its start counts from there).
  const k = Math.max(0, firstInvalidUtf8(first.bytes));
  const params = {
    byte: k < first.bytes.length ? hex(first.bytes[k]) : '?',
    offset: (first.failedAt + k).toLocaleString('en'),
  };
  const byte = ` (byte ${params.byte} at offset ${params.offset})`;
  const gb = await decodeAll(blob, 'gb18030', onRatio);
  if ('text' in gb)
    return {
      text: gb.text,
      note: `read as GBK/GB18030: the file is not UTF-8${byte}; check that the names read correctly, and save the file as UTF-8`,
      message: { key: 'import.readAsGbk', params },
    };
  return {
    problem: `not valid UTF-8${byte}, nor GBK/GB18030: is it in another encoding (Latin-1, Big5…)? Save the file as UTF-8`,
    message: { key: 'import.notUtf8', params },
  };
}
