/** The import's progress (file n of m, the file's name, a progress bar, 取消) and, when it ends, each file's outcome. */
import type { ReactNode } from 'react';
import type { ImportControls } from '../hooks/useImportJob';
import { strings } from '../strings';

export function ImportPanel({ state, cancel, dismiss }: ImportControls): ReactNode {
  if (state.phase === 'idle') return null;
  return (
    <section className="import-panel" aria-label={strings.importRegion}>
      {state.phase === 'reading' && <p role="status">{strings.importReading(state.count)}</p>}
      {state.phase === 'running' && (
        <>
          <p className="import-file" role="status">
            <span>
              {strings.importFileOf(Math.min(state.job.fileIndex + 1, state.job.fileCount), state.job.fileCount)}
            </span>
            {state.job.fileName !== null && <span className="import-file-name">{state.job.fileName}</span>}
          </p>
          <div
            className="progress"
            role="progressbar"
            aria-label={strings.importProgress}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(state.job.percent)}
            aria-valuetext={`${strings.importFileOf(Math.min(state.job.fileIndex + 1, state.job.fileCount), state.job.fileCount)} ${state.job.fileName ?? ''}`}
          >
            <div className="progress-fill" style={{ width: `${state.job.percent}%` }} />
          </div>
          <button type="button" onClick={cancel} disabled={state.cancelling}>
            {state.cancelling ? strings.importCancelling : strings.importCancel}
          </button>
          {state.cancelError !== null && <p className="error">{strings.importCancelFailed(state.cancelError)}</p>}
        </>
      )}
      {state.phase === 'finished' && (
        <div role="status">
          <h3 className="import-summary-title">{strings.importSummary}</h3>
          {state.error !== null && <p className="error">{strings.importFailed(state.error)}</p>}
          {state.job === null && state.error === null && state.refused.length === 0 && state.skipped.length > 0 && (
            <p>{strings.importNothing}</p>
          )}
          {state.refused.length > 0 && (
            <ul className="import-results">
              {state.refused.map((result) => (
                <li key={result.fileName} className="import-failed">
                  <span className="import-result-name">{result.fileName}</span>
                  <span className="import-result-status">{strings.importStatus.failed}</span>
                  <span className="import-result-message">{result.message}</span>
                </li>
              ))}
            </ul>
          )}
          {state.job && (
            <>
              <p>
                {strings.importSummaryCounts(
                  state.job.results.filter((r) => r.status === 'imported' || r.status === 'updated').length,
                  state.job.results.filter((r) => r.status === 'duplicate').length,
                  state.job.results.filter((r) => r.status === 'failed').length,
                )}
              </p>
              <ul className="import-results">
                {state.job.results.map((result, index) => (
                  <li key={index} className={`import-${result.status}`}>
                    <span className="import-result-name">{result.fileName}</span>
                    <span className="import-result-status">{strings.importStatus[result.status]}</span>
                    {result.documents !== undefined && result.status !== 'failed' && (
                      <span className="muted">{strings.importDocuments(result.documents)}</span>
                    )}
                    {result.message && <span className="import-result-message">{result.message}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {state.skipped.length > 0 && <p className="muted">{strings.importSkipped(state.skipped)}</p>}
          <button type="button" onClick={dismiss}>
            {strings.importClose}
          </button>
        </div>
      )}
    </section>
  );
}
