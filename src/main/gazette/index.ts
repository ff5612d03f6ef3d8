/**
 * Gazette import: a raw issue file (extracted text, Markdown, PDF with a text layer, or an official HTML page) → the
 * canonical `ParsedIssue` model (src/shared/model.ts). Pure Node, no Electron: the app, its import worker and the
 * `gazette` CLI all call this.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MODEL_SCHEMA_VERSION, type ParsedIssue, parsedIssueSchema } from '../../shared/model';
import { decodeText } from './decodeText';
import { detectFormat } from './detectFormat';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/importLimits';
import { fileTooLarge, GazetteImportError } from './errors';
import { readHtml } from './html/readHtml';
import { notTextReason } from './plausibleText';
import { sha256Hex } from './ids';
import { readIssueInfo } from './issueInfo';
import { readMarkdown } from './markdownText';
import { layoutPdf } from './pdf/pdfLayout';
import { defaultPdfLimits, extractPdfRuns, type PdfLimits } from './pdf/pdfProcess';
import type { LineSource } from './sourceLines';
import { recoverDocuments } from './structure';
import { readTextLines } from './textLines';

export { GazetteImportError, type GazetteImportErrorCode } from './errors';
export type { PdfLimits } from './pdf/pdfProcess';

/** Bumped whenever structure recovery changes its output for the same input (stored with each parsed issue). */
export const PARSER_VERSION = 5;

export interface ParseOptions {
  /** Largest file accepted, in bytes (default MAX_IMPORT_FILE_BYTES). Checked before a file is read. */
  maxBytes?: number;
  pdf?: Partial<PdfLimits>;
  /** The file's sha256 when the caller has hashed it already (an import does, to skip files it has). */
  sha256?: string;
}

function checkSize(bytes: number, options: ParseOptions): void {
  const limit = options.maxBytes ?? MAX_IMPORT_FILE_BYTES;
  if (bytes > limit) throw fileTooLarge(bytes, limit);
}

async function readSource(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions,
): Promise<{ source: LineSource; format: ParsedIssue['source']['format']; encoding: string | null }> {
  const format = detectFormat(bytes, fileName);
  if (format === 'pdf') {
    const pages = await extractPdfRuns(bytes, { ...defaultPdfLimits, ...options.pdf });
    const chars = pages.reduce(
      (sum, page) => sum + page.runs.reduce((count, run) => count + run.str.trim().length, 0),
      0,
    );
    // A scan has images and no text runs (or a stray few from a stamp or page label).
    if (chars < Math.max(20, pages.length * 5)) throw new GazetteImportError('no-text-layer', `${chars} characters`);
    return { source: layoutPdf(pages), format, encoding: null };
  }
  const { text, encoding } = decodeText(bytes);
  const notText = notTextReason(text, encoding);
  if (notText !== null) throw new GazetteImportError('binary', notText);
  if (text.trim().length === 0) throw new GazetteImportError('empty');
  const source = format === 'html' ? readHtml(text) : format === 'markdown' ? readMarkdown(text) : readTextLines(text);
  return { source, format, encoding };
}

export async function parseIssueBuffer(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<ParsedIssue> {
  checkSize(bytes.byteLength, options);
  const sha256 = options.sha256 ?? sha256Hex(bytes);
  const { source, format, encoding } = await readSource(bytes, fileName, options);
  const documents = recoverDocuments(source, sha256);
  if (documents.length === 0) throw new GazetteImportError('empty', 'no text after removing page furniture');
  const issue: ParsedIssue = {
    schemaVersion: MODEL_SCHEMA_VERSION,
    parserVersion: PARSER_VERSION,
    source: { fileName, format, encoding, sha256, bytes: bytes.byteLength },
    issue: {
      ...readIssueInfo(
        source.furniture,
        source.lines.slice(0, 10).map((line) => line.text),
        fileName,
      ),
      pages: source.pages,
    },
    documents,
  };
  // The model is a contract with search, the reader and annotations: never hand out one that breaks it.
  return parsedIssueSchema.parse(issue);
}

/**
 * Reads a file for import. The size limit applies before reading, so a 200 MB file is never loaded whole, and
 * only a regular file has a size to trust: a directory, a device (/dev/zero) or a pipe is refused instead of read
 * without end. A path may be raw bytes: a file name that is not UTF-8 (a GBK name from a Windows archive).
 */
export async function readIssueFile(path: string | Uint8Array, options: ParseOptions = {}): Promise<Uint8Array> {
  const fsPath = typeof path === 'string' ? path : Buffer.from(path);
  let size: number;
  try {
    const info = await stat(fsPath);
    if (!info.isFile()) throw new GazetteImportError('not-a-file', String(fsPath));
    size = info.size;
  } catch (error) {
    if (error instanceof GazetteImportError) throw error;
    throw new GazetteImportError('unreadable', String(error), { cause: error });
  }
  checkSize(size, options);
  const handle = await open(fsPath, 'r');
  try {
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

export async function parseIssueFile(path: string, options: ParseOptions = {}): Promise<ParsedIssue> {
  return parseIssueBuffer(await readIssueFile(path, options), basename(path), options);
}
