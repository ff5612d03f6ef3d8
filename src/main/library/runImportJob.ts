/** The body of the import worker: prepares every input, turning each failure into a result for that file. */
import type { ImportFileResult, WorkerJob, WorkerMessage } from './importTypes';
import { inputName } from './importTypes';
import { prepareIssue } from './prepareIssue';

function failure(file: string, error: unknown): ImportFileResult {
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'import-failed';
  const message = error instanceof Error ? error.message : String(error);
  return { file, status: 'failed', error: { code, message } };
}

export async function runImportJob(job: WorkerJob, post: (message: WorkerMessage) => void): Promise<void> {
  for (const [fileIndex, input] of job.inputs.entries()) {
    try {
      const outcome = await prepareIssue(input, {
        stagingRoot: job.stagingRoot,
        known: job.known,
        fileIndex,
        fileCount: job.inputs.length,
        onProgress: (progress) => {
          post({ type: 'progress', progress });
        },
      });
      if ('prepared' in outcome) post({ type: 'prepared', fileIndex, issue: outcome.prepared });
      else post({ type: 'result', fileIndex, result: outcome.result });
    } catch (error) {
      post({ type: 'result', fileIndex, result: failure(inputName(input), error) });
    }
  }
}
