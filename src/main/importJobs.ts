/**
 * Import jobs as the API sees them: started with files, polled for progress, cancellable. Polling keeps the
 * contract the same over IPC and HTTP. Finished jobs are kept for a while so a late poll still gets the summary.
 */
import { randomUUID } from 'node:crypto';
import type { ImportFileOutcome, ImportJob } from '../shared/api';
import { ServiceError, toApiError } from './apiErrors';
import type { ImportFileResult, ImportInput, ImportSummary } from './library/importTypes';
import type { ImportOptions } from './library/library';

export interface Importer {
  importFiles(inputs: readonly ImportInput[], options?: ImportOptions): Promise<ImportSummary>;
}

export interface ImportJobs {
  start(inputs: readonly ImportInput[]): { jobId: string };
  get(jobId: string): ImportJob;
  cancel(jobId: string): boolean;
  /** Resolves when every running job has finished (used at shutdown and by tests). */
  settled(): Promise<void>;
}

const KEEP_FINISHED = 50;

function toOutcome(result: ImportFileResult, fileName: string): ImportFileOutcome {
  const status = result.status === 'unchanged' ? 'duplicate' : result.status;
  return {
    fileName,
    status,
    ...(result.issueId !== undefined && { issueId: result.issueId }),
    ...(result.documents !== undefined && { documents: result.documents }),
    ...(result.error && { message: result.error.message }),
  };
}

const baseName = (input: ImportInput): string =>
  (typeof input === 'string' ? input : input.name).split(/[\\/]/).pop() ?? '';

export function createImportJobs(importer: Importer, log: (error: unknown) => void = console.error): ImportJobs {
  const jobs = new Map<string, { job: ImportJob; controller: AbortController; done: Promise<void> }>();

  function forgetOldJobs(): void {
    const finished = [...jobs.entries()].filter(([, entry]) => entry.job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(id);
  }

  return {
    start(inputs) {
      forgetOldJobs();
      const names = inputs.map(baseName);
      const job: ImportJob = {
        id: randomUUID(),
        state: 'running',
        fileCount: inputs.length,
        fileIndex: 0,
        fileName: names[0] ?? null,
        percent: 0,
        results: [],
      };
      const controller = new AbortController();
      const done = importer
        .importFiles(inputs, {
          signal: controller.signal,
          onProgress: (progress) => {
            job.fileIndex = progress.fileIndex;
            job.fileName = names[progress.fileIndex] ?? null;
            job.percent = Math.round(progress.percent);
          },
        })
        .then((summary) => {
          job.results = summary.results.map((result, index) => toOutcome(result, names[index] ?? result.file));
          for (const name of names.slice(summary.results.length)) {
            job.results.push({ fileName: name, status: 'cancelled' });
          }
          job.state = summary.cancelled ? 'cancelled' : 'done';
        })
        .catch((error: unknown) => {
          log(error);
          const { message } = toApiError(error);
          job.results = names.map((fileName) => ({ fileName, status: 'failed', message }));
          job.state = 'done';
        })
        .finally(() => {
          job.fileIndex = job.fileCount;
          job.fileName = null;
          job.percent = 100;
        });
      jobs.set(job.id, { job, controller, done });
      return { jobId: job.id };
    },
    get(jobId) {
      const entry = jobs.get(jobId);
      if (!entry) throw new ServiceError('not-found', '找不到该导入任务。');
      return structuredClone(entry.job);
    },
    cancel(jobId) {
      const entry = jobs.get(jobId);
      if (!entry || entry.job.state !== 'running') return false;
      entry.controller.abort();
      return true;
    },
    async settled() {
      await Promise.all([...jobs.values()].map((entry) => entry.done));
    },
  };
}
