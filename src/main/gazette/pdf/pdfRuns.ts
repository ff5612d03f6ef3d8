/** What the PDF worker sends back (kept in sync with pdfWorker.ts, which must stay self-contained). */

export interface PdfRun {
  str: string;
  /** Left edge and baseline in PDF points from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  height: number;
}

export interface PdfPageRuns {
  width: number;
  height: number;
  runs: PdfRun[];
}

export type WorkerReply =
  | { type: 'page'; index: number; page: PdfPageRuns }
  | { type: 'done'; pageCount: number }
  | { type: 'error'; code: string; message: string };
