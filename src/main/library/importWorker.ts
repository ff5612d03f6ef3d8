/**
 * Worker-thread entry for imports (a build entry of its own). It prepares each file in turn and posts progress,
 * the prepared issues and per-file failures; the library commits. Cancelling terminates this thread, which is safe
 * because nothing here is part of the library until the library commits it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './importTypes';
import { runImportJob } from './runImportJob';

const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

void runImportJob(workerData as WorkerJob, post).then(() => {
  post({ type: 'done' });
});
