import { describe, expect, it } from 'vitest';
import { createImportJobs } from '../../../src/main/importJobs';
import type { Importer } from '../../../src/main/importJobs';
import type { ImportProgress, ImportSummary } from '../../../src/main/library/importTypes';

/** An importer whose progress and outcome the test drives step by step. */
function controlledImporter(): {
  importer: Importer;
  report: (fileIndex: number, percent: number) => void;
  finish: (summary: ImportSummary) => void;
  aborted: () => boolean;
} {
  let onProgress: ((progress: ImportProgress) => void) | undefined;
  let finish: (summary: ImportSummary) => void = () => undefined;
  let signal: AbortSignal | undefined;
  return {
    importer: {
      importFiles: (_inputs, options) => {
        onProgress = options?.onProgress;
        signal = options?.signal;
        return new Promise((resolve) => {
          finish = resolve;
        });
      },
    },
    report: (fileIndex, percent) => {
      onProgress?.({ file: `f${fileIndex}`, fileIndex, fileCount: 3, phase: 'parsing', percent });
    },
    finish: (summary) => {
      finish(summary);
    },
    aborted: () => signal?.aborted ?? false,
  };
}

const files = ['a.txt', 'dir/b.pdf', { name: 'c.html', bytes: new Uint8Array([1]) }];

describe('import jobs', () => {
  it('reports file n of m with its name and a percentage, then the outcome of every file', async () => {
    const control = controlledImporter();
    const jobs = createImportJobs(control.importer);
    const { jobId } = jobs.start(files);
    expect(jobs.get(jobId)).toMatchObject({
      state: 'running',
      fileCount: 3,
      fileIndex: 0,
      fileName: 'a.txt',
      percent: 0,
    });
    control.report(1, 41.6);
    expect(jobs.get(jobId)).toMatchObject({ fileIndex: 1, fileName: 'b.pdf', percent: 42 });
    control.finish({
      cancelled: false,
      results: [
        { file: 'a.txt', status: 'imported', issueId: 'i1', documents: 6 },
        { file: 'dir/b.pdf', status: 'unchanged', issueId: 'i2' },
        { file: 'c.html', status: 'failed', error: { code: 'empty', message: '文件是空的。' } },
      ],
    });
    await jobs.settled();
    expect(jobs.get(jobId)).toEqual({
      id: jobId,
      state: 'done',
      fileCount: 3,
      fileIndex: 3,
      fileName: null,
      percent: 100,
      results: [
        { fileName: 'a.txt', status: 'imported', issueId: 'i1', documents: 6 },
        { fileName: 'b.pdf', status: 'duplicate', issueId: 'i2' },
        { fileName: 'c.html', status: 'failed', message: '文件是空的。' },
      ],
    });
  });

  it('cancels through the abort signal and marks the files it never reached', async () => {
    const control = controlledImporter();
    const jobs = createImportJobs(control.importer);
    const { jobId } = jobs.start(files);
    expect(jobs.cancel(jobId)).toBe(true);
    expect(control.aborted()).toBe(true);
    control.finish({ cancelled: true, results: [{ file: 'a.txt', status: 'imported', issueId: 'i1' }] });
    await jobs.settled();
    const job = jobs.get(jobId);
    expect(job.state).toBe('cancelled');
    expect(job.results.map((r) => r.status)).toEqual(['imported', 'cancelled', 'cancelled']);
    expect(jobs.cancel(jobId)).toBe(false);
  });

  it('turns an importer crash into failed outcomes, not a stuck job', async () => {
    const jobs = createImportJobs({ importFiles: () => Promise.reject(new Error('worker died')) }, () => undefined);
    const { jobId } = jobs.start(['x.txt']);
    await jobs.settled();
    expect(jobs.get(jobId)).toMatchObject({ state: 'done', results: [{ fileName: 'x.txt', status: 'failed' }] });
  });

  it('answers not-found for an unknown job', () => {
    const jobs = createImportJobs(controlledImporter().importer);
    expect(() => jobs.get('nope')).toThrow('找不到该导入任务');
  });
});
