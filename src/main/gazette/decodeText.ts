/**
 * Bytes of a text file → string, detecting the encoding without asking the user:
 * BOM → UTF-16 without BOM (by its NUL pattern) → strict UTF-8 (tolerating a sequence cut at the very end) →
 * GB18030. GB18030 goes through iconv-lite because Node 20's TextDecoder('gbk') corrupts 4-byte sequences.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/**
 * UTF-16 without a BOM: ASCII and CJK both leave NUL bytes in a regular column. Chinese text in UTF-16 has few
 * NULs, so look at which half of each code unit holds the zero and how consistently.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = sample / 2;
  // Line breaks, digits and punctuation put a zero in the high byte of many units; UTF-8/GB18030 text has no
  // zero bytes at all. The other byte is zero only for the rare character like 一 (U+4E00).
  if (oddZeros > units * 0.03 && evenZeros * 4 < oddZeros) return 'utf-16le';
  if (evenZeros > units * 0.03 && oddZeros * 4 < evenZeros) return 'utf-16be';
  return null;
}

/** Strict UTF-8, except that a multi-byte sequence cut off by the end of the buffer is dropped (a truncated file). */
function decodeUtf8(bytes: Uint8Array): string | null {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    return strict.decode(bytes);
  } catch {
    // Find where the last sequence starts and retry without it when it is incomplete.
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const lead = bytes[bytes.length - back] ?? 0;
      if ((lead & 0xc0) === 0x80) continue;
      const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (needed <= back) return null;
      try {
        return strict.decode(bytes.subarray(0, bytes.length - back));
      } catch {
        return null;
      }
    }
    return null;
  }
}

/** A UTF-16 byte-order mark: such a file is text whatever its bytes look like. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return decodeUtf16(bytes, utf16);
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return {
    text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
    encoding: 'gb18030',
  };
}

/**
 * A file name as the file system gave it, for people: UTF-8 when it is, else GB18030 (names from Chinese Windows
 * archives are GBK bytes, which Node would otherwise turn into replacement characters).
 */
export function decodeFileName(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  }
}
