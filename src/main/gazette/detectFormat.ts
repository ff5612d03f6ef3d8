/** Which reader a file goes to, decided from its bytes (the file name is only a tie-breaker for HTML). */
import type { SourceFormat } from '../../shared/model';
import { hasUtf16Bom, sniffUtf16 } from './decodeText';
import { GazetteImportError } from './errors';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Control bytes other than tab/CR/LF/FF/ESC; text never has many, binaries (zip, images, exe) always do. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1b &&
      byte !== 0
    ) {
      control++;
    }
  }
  return control > sample.length * 0.01;
}

export function detectFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  if (bytes.length === 0) throw new GazetteImportError('empty');
  // The PDF spec allows junk before the header within the first 1024 bytes.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) {
    if (PDF_MAGIC.every((byte, k) => head[i + k] === byte)) return 'pdf';
  }
  // Markdown is text with markup; only its name tells it from plain text.
  const plain = /\.(?:md|markdown)$/iu.test(fileName) ? 'markdown' : 'text';
  // UTF-16 is full of bytes below 0x20, so it is recognised before the binary check.
  if (hasUtf16Bom(bytes) || sniffUtf16(bytes) !== null) return plain;
  if (looksBinary(bytes)) throw new GazetteImportError('binary');
  const start = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|meta|div|p[ >]|table)/u.test(start) || /\.x?html?$/iu.test(fileName)) {
    return 'html';
  }
  return plain;
}
