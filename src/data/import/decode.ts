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

export interface Decoded {
  text?: string;
  /** Why the file could not be read as text. */
  problem?: string;
  /** How it was read, when that was not plain UTF-8. */
  note?: string;
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

/** The encoding the first bytes announce, with the length of its byte-order mark. */
function sniff(head: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; note?: string } {
  if (head[0] === 0xff && head[1] === 0xfe)
    return {
      encoding: 'utf-16le',
      note: 'read as UTF-16LE (byte-order mark FF FE): GeoJSON should be UTF-8',
    };
  if (head[0] === 0xfe && head[1] === 0xff)
    return {
      encoding: 'utf-16be',
      note: 'read as UTF-16BE (byte-order mark FE FF): GeoJSON should be UTF-8',
    };
  if (head.length >= 2 && head[0] !== 0 && head[1] === 0)
    return { encoding: 'utf-16le', note: 'read as UTF-16LE (no byte-order mark): GeoJSON should be UTF-8' };
  if (head.length >= 2 && head[0] === 0 && head[1] !== 0)
    return { encoding: 'utf-16be', note: 'read as UTF-16BE (no byte-order mark): GeoJSON should be UTF-8' };
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
    return { failedAt: Math.max(0, blob.size - 4), bytes: new Uint8Array(0) };
  }
  return { text: parts.join('') };
}

/** Reads a file as text (see the module comment); `onRatio` gets the share read so far. */
export async function decodeFile(blob: Blob, onRatio?: (ratio: number) => void): Promise<Decoded> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  const { encoding, note } = sniff(head);
  const first = await decodeAll(blob, encoding, onRatio);
  if ('text' in first) return note ? { text: first.text, note } : { text: first.text };
  if (encoding !== 'utf-8')
    return {
      problem: `not valid ${encoding.toUpperCase()} text (a broken character near byte ${first.failedAt.toLocaleString('en')}): save the file as UTF-8`,
    };
  // Where exactly UTF-8 broke: within the failing chunk (a sequence cut at its start counts from there).
  const k = firstInvalidUtf8(first.bytes);
  const at = first.failedAt + Math.max(0, k);
  const byte = k >= 0 ? ` (byte ${hex(first.bytes[k])} at offset ${at.toLocaleString('en')})` : '';
  const gb = await decodeAll(blob, 'gb18030', onRatio);
  if ('text' in gb)
    return {
      text: gb.text,
      note: `read as GBK/GB18030: the file is not UTF-8${byte}; check that the names read correctly, and save the file as UTF-8`,
    };
  return {
    problem: `not valid UTF-8${byte}, nor GBK/GB18030: is it in another encoding (Latin-1, Big5…)? Save the file as UTF-8`,
  };
}
