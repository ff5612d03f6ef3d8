/**
 * Runs PDF text extraction in a worker thread under limits, because a PDF is untrusted input: a 0.5 MB Flate bomb
 * inflates to 512 MB, and a malformed file can spin. Limits: input bytes (checked before the worker starts), pages
 * and extracted characters (checked in the worker as it goes), wall-clock time, and memory (workerLimits.ts).
 */
import { Worker } from 'node:worker_threads';
import { defaultWorkerLimits, isWorkerOutOfMemory, watchMemory, workerResourceLimits } from '../../workerLimits';
import type { WorkerLimits } from '../../workerLimits';
import { GazetteImportError, type GazetteImportErrorCode } from '../errors';
import type { PdfPageRuns, WorkerReply } from './pdfRuns';

export interface PdfLimits extends WorkerLimits {
  maxPages: number;
  maxChars: number;
  timeoutMs: number;
}

export const defaultPdfLimits: PdfLimits = {
  maxPages: 2000,
  maxChars: 20_000_000,
  timeoutMs: 120_000,
  ...defaultWorkerLimits,
};

const KNOWN_CODES = new Set<GazetteImportErrorCode>(['too-many-pages', 'too-much-text', 'encrypted', 'corrupt-pdf']);

/** The worker's refusals, said with the numbers a person can act on. */
function refusal(code: GazetteImportErrorCode, detail: string, limits: PdfLimits): GazetteImportError {
  if (code === 'too-many-pages') {
    const pages = Number.parseInt(detail, 10);
    return new GazetteImportError(code, detail, {
      message: `这个 PDF 有 ${pages} 页，超过了 ${limits.maxPages} 页的导入上限（文件本身并不大，是页数太多）。请拆成几个文件后分别导入。`,
    });
  }
  return new GazetteImportError(code, detail);
}

/**
 * From source (tsx, vitest) the worker is the .ts file beside this one; in the build it is its own entry,
 * `pdfWorker.js`, beside every main-process bundle file (see electron.vite.config.ts).
 */
function pdfWorkerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './pdfWorker.ts' : './pdfWorker.js', import.meta.url);
}

export function extractPdfRuns(bytes: Uint8Array, limits: PdfLimits = defaultPdfLimits): Promise<PdfPageRuns[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(pdfWorkerUrl(), {
      workerData: { bytes, maxPages: limits.maxPages, maxChars: limits.maxChars },
      resourceLimits: workerResourceLimits(limits),
      // pdfjs warnings must not reach our stdout (`gazette parse --json` prints the model there).
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const pages: PdfPageRuns[] = [];
    let settled = false;
    const finish = (error: GazetteImportError | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopWatching();
      void worker.terminate();
      if (error) reject(error);
      else resolve(pages);
    };
    const timer = setTimeout(() => {
      finish(new GazetteImportError('timeout', `PDF extraction exceeded ${limits.timeoutMs} ms`));
    }, limits.timeoutMs);
    const stopWatching = watchMemory(limits, (grown) => {
      finish(new GazetteImportError('out-of-memory', `memory grew by ${grown.toFixed(0)} MB while reading the PDF`));
    });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'page') pages[reply.index - 1] = reply.page;
      else if (reply.type === 'done') finish(null);
      else {
        const code = KNOWN_CODES.has(reply.code as GazetteImportErrorCode)
          ? (reply.code as GazetteImportErrorCode)
          : 'corrupt-pdf';
        finish(refusal(code, reply.message, limits));
      }
    });
    worker.on('error', (error: Error) => {
      const code = isWorkerOutOfMemory(error) ? 'out-of-memory' : 'corrupt-pdf';
      finish(new GazetteImportError(code, error.message, { cause: error }));
    });
    worker.on('exit', (code) => {
      finish(new GazetteImportError('corrupt-pdf', `PDF worker exited with code ${code} before finishing`));
    });
  });
}
