/**
 * Worker thread that runs pdfjs-dist over untrusted bytes and posts back positioned text runs.
 *
 * Kept self-contained (only pdfjs-dist and node builtins, erasable TypeScript only) so that Node can load it directly
 * with type stripping under tsx/vitest, and a bundler can emit it as its own entry. Everything that interprets the
 * runs happens on the calling side; this file only extracts, so a hostile PDF can at worst exhaust this thread,
 * which the caller terminates (see pdfProcess.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument, PasswordException } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface WorkerInput {
  bytes: Uint8Array;
  maxPages: number;
  maxChars: number;
}

/** One text run as pdfjs reports it, in PDF user space (origin bottom-left), rounded to 0.1 pt. */
interface PdfRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PdfPageRuns {
  width: number;
  height: number;
  runs: PdfRun[];
}

type WorkerReply =
  | { type: 'page'; index: number; page: PdfPageRuns }
  | { type: 'done'; pageCount: number }
  | { type: 'error'; code: string; message: string };

const round = (value: number): number => Math.round(value * 10) / 10;

function post(reply: WorkerReply): void {
  parentPort?.postMessage(reply);
}

async function extract(input: WorkerInput): Promise<void> {
  // pdfjs-dist 6 dropped `isEvalSupported` (it no longer compiles font programs with eval), so there is no such
  // switch to turn off; text extraction never renders, and font loading is disabled below.
  const task = getDocument({
    data: input.bytes,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  if (pdf.numPages > input.maxPages) {
    post({ type: 'error', code: 'too-many-pages', message: `${pdf.numPages} pages` });
    return;
  }
  let chars = 0;
  for (let index = 1; index <= pdf.numPages; index++) {
    const page = await pdf.getPage(index);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const runs: PdfRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.length === 0) continue;
      const [a = 0, b = 0, , d = 0, e = 0, f = 0] = item.transform as number[];
      runs.push({
        str: item.str,
        x: round(e - x0),
        y: round(f - y0),
        width: round(item.width),
        // Rotated runs carry their size in b; horizontal text in d.
        height: round(Math.abs(d) || Math.abs(b) || Math.abs(a)),
      });
      chars += item.str.length;
    }
    page.cleanup();
    if (chars > input.maxChars) {
      post({ type: 'error', code: 'too-much-text', message: `more than ${input.maxChars} characters` });
      return;
    }
    post({ type: 'page', index, page: { width: round(x1 - x0), height: round(y1 - y0), runs } });
  }
  post({ type: 'done', pageCount: pdf.numPages });
  await task.destroy();
}

extract(workerData as WorkerInput).catch((error: unknown) => {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof PasswordException ? 'encrypted' : 'corrupt-pdf';
  post({ type: 'error', code, message: `${name}: ${message}` });
});
