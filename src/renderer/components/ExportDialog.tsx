/**
 * 导出批注: choose what (当前文件, the documents chosen in 我的批注, a tag, or everything) and the format, see how many
 * annotations that is, and export. Main writes the file (exportAnnotations); the shell saves it (a save dialog in
 * the desktop app, a download in the browser). Opened from the reader's 批注 panel with the open document, or from
 * 我的批注 with an initial scope.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ExportFormat, ExportScope, TagCount } from '../../shared/annotations/annotationTransfer';
import { EXPORT_FORMATS } from '../../shared/annotations/annotationTransfer';
import { gazette } from '../gazette';
import { availableScopes, initialScope, scopeRequest, type ScopeKind } from '../logic/exportScope';
import { strings } from '../strings';
import { ModalDialog } from './ModalDialog';

export interface ExportDialogProps {
  /** The document open in the reader, offered as 当前文件. */
  current: { docId: string; title: string } | null;
  /** What 我的批注 asked to export: some documents or a tag. */
  initialScope?: ExportScope;
  onClose: () => void;
}

type Count = { state: 'counting' } | { state: 'counted'; count: number } | { state: 'failed'; message: string };
type Progress =
  | { state: 'idle' }
  | { state: 'exporting' }
  | { state: 'done'; count: number; fileName: string }
  | { state: 'failed'; message: string };

const TITLE_ID = 'export-dialog-title';

export function ExportDialog({ current, initialScope: initial, onClose }: ExportDialogProps): ReactNode {
  const context = useMemo(
    () => ({ currentDocId: current?.docId ?? null, selectedDocIds: initial?.docIds ?? [] }),
    [current, initial],
  );
  const scopes = availableScopes(context);
  const [kind, setKind] = useState<ScopeKind>(() => initialScope(initial, context.currentDocId));
  const [tag, setTag] = useState(initial?.tag ?? '');
  const [tags, setTags] = useState<TagCount[] | null>(null);
  const [format, setFormat] = useState<ExportFormat>('md');
  const [answer, setAnswer] = useState<{ request: ExportScope; count: Count } | null>(null);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const request = useMemo(() => scopeRequest(kind, tag, context), [kind, tag, context]);

  useEffect(() => {
    let live = true;
    void gazette.listTags().then((result) => {
      if (!live) return;
      const list = result.ok ? result.value : [];
      setTags(list);
      // A tag scope without a tag yet starts at the most used one.
      setTag((chosen) => (chosen === '' ? (list[0]?.tag ?? '') : chosen));
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (request === null) return;
    let live = true;
    void gazette.countAnnotations(request).then((result) => {
      if (!live) return;
      const count: Count = result.ok
        ? { state: 'counted', count: result.value.count }
        : { state: 'failed', message: result.error.message };
      setAnswer({ request, count });
    });
    return () => {
      live = false;
    };
  }, [request]);
  const count: Count =
    request === null
      ? { state: 'counted', count: 0 }
      : answer?.request === request
        ? answer.count
        : { state: 'counting' };

  const exporting = progress.state === 'exporting';
  const nothing = count.state === 'counted' && count.count === 0;

  const runExport = async (): Promise<void> => {
    if (request === null || exporting) return;
    setProgress({ state: 'exporting' });
    const made = await gazette.exportAnnotations({ format, ...request });
    if (!made.ok) {
      setProgress({ state: 'failed', message: strings.exportFailed(made.error.message) });
      return;
    }
    if (made.value.count === 0) {
      setProgress({ state: 'failed', message: strings.exportNothing });
      return;
    }
    const saved = await gazette.saveFile(made.value);
    if (!saved.ok) setProgress({ state: 'failed', message: saved.error.message });
    else if (!saved.value.saved) setProgress({ state: 'idle' });
    else setProgress({ state: 'done', count: made.value.count, fileName: made.value.fileName });
  };

  const scopeLabel = (scope: ScopeKind): string => {
    if (scope === 'current') return strings.exportScopeCurrent(current?.title ?? '');
    if (scope === 'selected') return strings.exportScopeSelected(context.selectedDocIds.length);
    return strings.exportScopes[scope];
  };

  return (
    <ModalDialog labelledBy={TITLE_ID} className="export-dialog" onClose={onClose}>
      <h2 id={TITLE_ID} className="modal-title">
        {strings.exportTitle}
      </h2>
      <div className="export-columns">
        <fieldset className="export-choice">
          <legend>{strings.exportScope}</legend>
          {scopes.map((scope) => (
            <div key={scope} className="export-option">
              <label>
                <input
                  type="radio"
                  name="export-scope"
                  value={scope}
                  checked={kind === scope}
                  data-autofocus={kind === scope ? '' : undefined}
                  disabled={exporting}
                  onChange={() => {
                    setKind(scope);
                  }}
                />
                <span className="export-option-name">{scopeLabel(scope)}</span>
              </label>
              {scope === 'tag' && (
                <select
                  className="export-tag"
                  aria-label={strings.exportTagLabel}
                  value={tag}
                  disabled={exporting || tags?.length === 0}
                  onChange={(event) => {
                    setTag(event.target.value);
                    setKind('tag');
                  }}
                >
                  {tags?.length === 0 && <option value="">{strings.exportNoTags}</option>}
                  {tags?.map(({ tag: name, count: n }) => (
                    <option key={name} value={name}>
                      {strings.exportTagOption(name, n)}
                    </option>
                  ))}
                </select>
              )}
            </div>
          ))}
        </fieldset>
        <fieldset className="export-choice">
          <legend>{strings.exportFormat}</legend>
          {EXPORT_FORMATS.map((name) => (
            <label key={name} className="export-option">
              <input
                type="radio"
                name="export-format"
                value={name}
                checked={format === name}
                disabled={exporting}
                aria-describedby={`export-format-${name}`}
                onChange={() => {
                  setFormat(name);
                }}
              />
              <span className="export-option-name">{strings.exportFormats[name].name}</span>
              <span id={`export-format-${name}`} className="export-option-hint muted">
                {strings.exportFormats[name].hint}
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="export-status" role="status">
        {progress.state === 'exporting' && (
          <>
            <progress aria-label={strings.exportProgress} />
            <span>{strings.exportRunning}</span>
          </>
        )}
        {progress.state === 'done' && <span>{strings.exportDone(progress.count, progress.fileName)}</span>}
        {progress.state !== 'exporting' && progress.state !== 'done' && (
          <span className="muted">
            {count.state === 'counting'
              ? strings.exportCounting
              : count.state === 'failed'
                ? count.message
                : count.count === 0
                  ? strings.exportNothing
                  : strings.exportCount(count.count)}
          </span>
        )}
      </div>
      {progress.state === 'failed' && (
        <p role="alert" className="error export-error">
          {progress.message}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {progress.state === 'done' ? strings.close : strings.cancel}
        </button>
        <button
          type="button"
          className="primary-button"
          disabled={exporting || request === null || nothing || count.state === 'counting'}
          onClick={() => {
            void runExport();
          }}
        >
          {strings.exportButton}
        </button>
      </div>
    </ModalDialog>
  );
}
