/**
 * Limits for a worker thread that handles untrusted input (a PDF, a text or HTML file): V8's heap for the thread
 * (`resourceLimits`), and a watchdog on the whole process's resident memory, since array buffers and inflated
 * streams live outside that heap. Both the PDF extractor and the import worker run under these.
 */
import type { ResourceLimits } from 'node:worker_threads';

export interface WorkerLimits {
  /** V8 old-generation heap for the worker. */
  maxHeapMb: number;
  /** Growth of the process's resident memory while the worker runs. */
  maxRssGrowthMb: number;
}

export const defaultWorkerLimits: WorkerLimits = { maxHeapMb: 1024, maxRssGrowthMb: 1024 };

const WATCHDOG_MS = 100;

export const workerResourceLimits = (limits: WorkerLimits): ResourceLimits => ({
  maxOldGenerationSizeMb: limits.maxHeapMb,
});

/** Node's error when a worker hits its `resourceLimits`. */
export const isWorkerOutOfMemory = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Calls `onExceeded` (once) when the process's resident memory grows past the limit; returns the function that
 * stops watching.
 */
export function watchMemory(limits: WorkerLimits, onExceeded: (grownMb: number) => void): () => void {
  const baseline = process.memoryUsage.rss();
  const watchdog = setInterval(() => {
    const grown = (process.memoryUsage.rss() - baseline) / 2 ** 20;
    if (grown > limits.maxRssGrowthMb) {
      clearInterval(watchdog);
      onExceeded(grown);
    }
  }, WATCHDOG_MS);
  return () => {
    clearInterval(watchdog);
  };
}
