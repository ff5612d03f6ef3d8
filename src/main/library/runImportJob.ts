/** The body of the import worker: prepares every input, turning each failure into a result for that file. */
import type { ImportFileResult, WorkerJob, WorkerMessage } from './importTypes';
import { inputName } from './importTypes';
import { toApiError } from '../apiErrors';
import { prepareIssue } from './prepareIssue';

function failure(file: string, error: unknown): ImportFileResult {
  return { file, status: 'failed', error: toApiError(error) };
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
