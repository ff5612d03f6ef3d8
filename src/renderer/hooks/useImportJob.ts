/**
 * One import at a time: read the chosen files in the page, hand them to startImport, then poll the job (every
 * 150 ms) for the progress bar until it is done or cancelled.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportFileOutcome, ImportJob } from '../../shared/api';
import { isImportable } from '../../shared/importableFiles';
import { gazette } from '../gazette';
import { checkSizes } from '../logic/importSelection';

const POLL_MS = 150;

/** `refused`: files over the size limit, refused before they were read. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; count: number; skipped: string[] }
  | { phase: 'running'; job: ImportJob; skipped: string[]; cancelling: boolean; cancelError: string | null }
  | {
      phase: 'finished';
      job: ImportJob | null;
      skipped: string[];
      refused: ImportFileOutcome[];
      error: string | null;
    };

export interface ImportControls {
  state: ImportState;
  start: (files: readonly File[]) => void;
  cancel: () => void;
  dismiss: () => void;
}

/** Polls job `id` until it ends, reporting each state; returns the function that stops polling. */
function pollJob(id: string, onJob: (job: ImportJob) => void, onError: (message: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = (): void => {
    void gazette.getImportJob({ jobId: id }).then((result) => {
      if (stopped) return;
      if (!result.ok) {
        onError(result.error.message);
        return;
      }
      onJob(result.value);
      if (result.value.state === 'running') timer = setTimeout(tick, POLL_MS);
    });
  };
  tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

export function useImportJob(onFinished: () => void): ImportControls {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const jobId = useRef<string | null>(null);
  const stopPolling = useRef<(() => void) | null>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  useEffect(
    () => () => {
      stopPolling.current?.();
    },
    [],
  );

  const start = useCallback((files: readonly File[]) => {
    if (jobId.current !== null) return;
    const { accepted, refused, batchError } = checkSizes(files.filter((file) => isImportable(file.name)));
    const skipped = files.filter((file) => !isImportable(file.name)).map((file) => file.name);
    if (accepted.length === 0) {
      setState({ phase: 'finished', job: null, skipped, refused, error: batchError });
      return;
    }
    setState({ phase: 'reading', count: accepted.length, skipped });
    void Promise.all(
      accepted.map(async (file) => ({
        // A folder's files carry their relative path; the library keeps the plain name.
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    )
      .then((payload) => gazette.startImport({ files: payload }))
      .then((result) => {
        if (!result.ok) {
          setState({ phase: 'finished', job: null, skipped, refused, error: result.error.message });
          return;
        }
        jobId.current = result.value.jobId;
        stopPolling.current = pollJob(
          result.value.jobId,
          (job) => {
            if (job.state === 'running') {
              setState((previous) => ({
                phase: 'running',
                job,
                skipped,
                cancelling: previous.phase === 'running' && previous.cancelling,
                cancelError: previous.phase === 'running' ? previous.cancelError : null,
              }));
              return;
            }
            jobId.current = null;
            setState({ phase: 'finished', job, skipped, refused, error: null });
            finished.current();
          },
          (message) => {
            jobId.current = null;
            setState({ phase: 'finished', job: null, skipped, refused, error: message });
            finished.current();
          },
        );
      })
      .catch((error: unknown) => {
        setState({
          phase: 'finished',
          job: null,
          skipped,
          refused,
          error: error instanceof Error ? error.message : String(error),
        });
      });
  }, []);

  const cancel = useCallback(() => {
    const id = jobId.current;
    if (id === null) return;
    setState((previous) =>
      previous.phase === 'running' ? { ...previous, cancelling: true, cancelError: null } : previous,
    );
    void gazette.cancelImport({ jobId: id }).then((result) => {
      if (result.ok) return;
      // The job goes on: offer 取消 again, and say why it did not stop.
      setState((previous) =>
        previous.phase === 'running' ? { ...previous, cancelling: false, cancelError: result.error.message } : previous,
      );
    });
  }, []);

  const dismiss = useCallback(() => {
    setState((previous) => (previous.phase === 'finished' ? { phase: 'idle' } : previous));
  }, []);

  return { state, start, cancel, dismiss };
}
