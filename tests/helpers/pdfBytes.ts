/**
 * Minimal hand-built PDFs for bad-input tests: a page without a text layer (what a scan gives), an encrypted file,
 * and a Flate bomb (a tiny compressed content stream that inflates to hundreds of megabytes).
 */
import { createDeflate } from 'node:zlib';

/** Serialises numbered objects with a correct xref table; `objects[i]` is object i + 1. */
function buildPdf(objects: (string | Uint8Array)[], trailerExtra = ''): Uint8Array {
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  let length = 0;
  const push = (chunk: string | Uint8Array): void => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.4\n%\u00e2\u00e3\n');
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    push(`${index + 1} 0 obj\n`);
    push(object);
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function stream(dictionary: string, data: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(`<< ${dictionary} /Length ${data.length} >>\nstream\n`);
  const tail = new TextEncoder().encode('\nendstream');
  const out = new Uint8Array(head.length + data.length + tail.length);
  out.set(head);
  out.set(data, head.length);
  out.set(tail, head.length + data.length);
  return out;
}

const PAGE_TREE = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
];

/** One page whose content only paints a grey rectangle: no text runs at all. */
export function pdfWithoutText(): Uint8Array {
  return buildPdf([...PAGE_TREE, stream('', new TextEncoder().encode('0.5 g 50 50 495 742 re f'))]);
}

/** A file protected by the standard security handler with an unknown user password. */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: number): string => byte.toString(16).padStart(2, '0').repeat(32);
  return buildPdf(
    [
      ...PAGE_TREE,
      stream('', new TextEncoder().encode('BT ET')),
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x11)}> /U <${hex(0x22)}> /P -4 >>`,
    ],
    `/Encrypt 5 0 R /ID [<${hex(0x33).slice(0, 32)}> <${hex(0x33).slice(0, 32)}>] `,
  );
}

/** Deflates `megabytes` MB of spaces a megabyte at a time, so building the bomb never holds it inflated. */
async function deflatedSpaces(megabytes: number): Promise<Uint8Array> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const megabyte = Buffer.alloc(2 ** 20, 0x20);
  for (let written = 0; written < megabytes; written++) {
    if (!deflate.write(megabyte)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A content stream of `megabytes` MB of spaces, Flate-compressed to about a thousandth of that. */
export async function flateBombPdf(megabytes: number): Promise<Uint8Array> {
  return buildPdf([...PAGE_TREE, stream('/Filter /FlateDecode', await deflatedSpaces(megabytes))]);
}
