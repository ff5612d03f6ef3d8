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
import { GazetteImportError } from './errors';
import { readHtml } from './html/readHtml';
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
export const PARSER_VERSION = 4;

export interface ParseOptions {
  /** Largest file accepted, in bytes (default 100 MB). Checked before a file is read. */
  maxBytes?: number;
  pdf?: Partial<PdfLimits>;
}

const DEFAULT_MAX_BYTES = 100 * 2 ** 20;

function checkSize(bytes: number, options: ParseOptions): void {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes > limit) throw new GazetteImportError('too-large', `${bytes} bytes > ${limit}`);
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
  // NULs or replacement characters throughout: bytes that are not text in any encoding we read.
  const junk = text.split('\u0000').length + text.split('\uFFFD').length - 2;
  if (junk > text.length * 0.05) throw new GazetteImportError('binary', `${junk} undecodable characters`);
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
  const sha256 = sha256Hex(bytes);
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

export async function parseIssueFile(path: string, options: ParseOptions = {}): Promise<ParsedIssue> {
  // The size limit applies before reading, so a 200 MB file is never loaded whole.
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new GazetteImportError('unreadable', String(error), { cause: error });
  }
  checkSize(size, options);
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return await parseIssueBuffer(bytes.subarray(0, bytesRead), basename(path), options);
  } finally {
    await handle.close();
  }
}
