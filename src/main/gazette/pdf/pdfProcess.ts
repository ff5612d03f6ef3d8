/**
 * Runs PDF text extraction in a worker thread under limits, because a PDF is untrusted input: a 0.5 MB Flate bomb
 * inflates to 512 MB, and a malformed file can spin. Limits: input bytes (checked before the worker starts), pages
 * and extracted characters (checked in the worker as it goes), wall-clock time, V8 heap (`resourceLimits`) and a
 * watchdog on the process's resident memory, since inflated streams live in array buffers outside the V8 heap.
 */
import { Worker } from 'node:worker_threads';
import { GazetteImportError, type GazetteImportErrorCode } from '../errors';
import type { PdfPageRuns, WorkerReply } from './pdfRuns';

export interface PdfLimits {
  maxPages: number;
  maxChars: number;
  timeoutMs: number;
  /** V8 old-generation heap for the worker. */
  maxHeapMb: number;
  /** Growth of the process's resident memory while the worker runs. */
  maxRssGrowthMb: number;
}

export const defaultPdfLimits: PdfLimits = {
  maxPages: 2000,
  maxChars: 20_000_000,
  timeoutMs: 120_000,
  maxHeapMb: 1024,
  maxRssGrowthMb: 1024,
};

const KNOWN_CODES = new Set<GazetteImportErrorCode>(['too-large', 'encrypted', 'corrupt-pdf']);
const WATCHDOG_MS = 100;

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
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
      // pdfjs warnings must not reach our stdout (`gazette parse --json` prints the model there).
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const pages: PdfPageRuns[] = [];
    const baseline = process.memoryUsage.rss();
    let settled = false;
    const finish = (error: GazetteImportError | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watchdog);
      void worker.terminate();
      if (error) reject(error);
      else resolve(pages);
    };
    const timer = setTimeout(() => {
      finish(new GazetteImportError('timeout', `PDF extraction exceeded ${limits.timeoutMs} ms`));
    }, limits.timeoutMs);
    const watchdog = setInterval(() => {
      const grown = (process.memoryUsage.rss() - baseline) / 2 ** 20;
      if (grown > limits.maxRssGrowthMb) {
        finish(new GazetteImportError('too-large', `memory grew by ${grown.toFixed(0)} MB while reading the PDF`));
      }
    }, WATCHDOG_MS);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'page') pages[reply.index - 1] = reply.page;
      else if (reply.type === 'done') finish(null);
      else {
        const code = KNOWN_CODES.has(reply.code as GazetteImportErrorCode)
          ? (reply.code as GazetteImportErrorCode)
          : 'corrupt-pdf';
        finish(new GazetteImportError(code, reply.message));
      }
    });
    worker.on('error', (error: Error) => {
      // ERR_WORKER_OUT_OF_MEMORY when resourceLimits are hit.
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(new GazetteImportError(outOfMemory ? 'too-large' : 'corrupt-pdf', error.message, { cause: error }));
    });
    worker.on('exit', (code) => {
      finish(new GazetteImportError('corrupt-pdf', `PDF worker exited with code ${code} before finishing`));
    });
  });
}
