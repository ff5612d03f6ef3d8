/**
 * 导入批注: a button that picks a JSON export (from this or another workstation), imports it into the current
 * person's annotations and shows what happened — added, updated, kept in the 回收站, and each annotation that
 * could not be placed, with its quote and document. A file the import refuses changes nothing; its reason is shown.
 */
import { useRef, useState, type ReactNode } from 'react';
import { ANNOTATION_FILE_TOO_LARGE, MAX_ANNOTATION_FILE_BYTES } from '../../shared/api';
import type { ImportReport } from '../../shared/annotations/annotationTransfer';
import { gazette } from '../gazette';
import { strings } from '../strings';
import { ModalDialog } from './ModalDialog';

type Outcome =
  | { state: 'reading'; fileName: string }
  | { state: 'done'; fileName: string; report: ImportReport }
  | { state: 'failed'; fileName: string; message: string };

const TITLE_ID = 'annotation-import-title';
const ACCEPT = '.json,.jsonld,application/json,application/ld+json';

function ReportView({ report }: { report: ImportReport }): ReactNode {
  return (
    <>
      <ul className="import-report-counts">
        <li>{strings.importAdded(report.added)}</li>
        {report.replaced > 0 && <li>{strings.importReplaced(report.replaced)}</li>}
        {report.keptOurs > 0 && <li>{strings.importKeptOurs(report.keptOurs)}</li>}
        {report.unchanged > 0 && <li>{strings.importUnchanged(report.unchanged)}</li>}
      </ul>
      {report.unplaced.length > 0 && (
        <section className="import-unplaced" aria-labelledby="import-unplaced-title">
          <h3 id="import-unplaced-title">{strings.importUnplaced(report.unplaced.length)}</h3>
          <ul>
            {report.unplaced.map((item) => (
              <li key={item.id}>
                <blockquote>{item.quote === '' ? strings.importDocumentNote : item.quote}</blockquote>
                <p className="muted">
                  {item.document} · {item.reason}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function AnnotationImport({ onImported }: { onImported: () => void }): ReactNode {
  const input = useRef<HTMLInputElement | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File): Promise<void> => {
    if (file.size > MAX_ANNOTATION_FILE_BYTES) {
      // Refused before a byte is read, with the sentence main would give.
      setOutcome({ state: 'failed', fileName: file.name, message: ANNOTATION_FILE_TOO_LARGE });
      return;
    }
    setOutcome({ state: 'reading', fileName: file.name });
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setOutcome({ state: 'failed', fileName: file.name, message: strings.importAnnotationsUnreadable });
      return;
    }
    const result = await gazette.importAnnotations({ bytes });
    if (result.ok) {
      setOutcome({ state: 'done', fileName: file.name, report: result.value });
      onImported();
    } else {
      setOutcome({ state: 'failed', fileName: file.name, message: result.error.message });
    }
  };

  const close = (): void => {
    if (outcome?.state !== 'reading') setOutcome(null);
  };

  return (
    <>
      <button
        type="button"
        className="quiet-button"
        onClick={() => {
          input.current?.click();
        }}
      >
        {strings.importAnnotations}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={strings.importAnnotations}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {outcome && (
        <ModalDialog labelledBy={TITLE_ID} className="import-report" onClose={close}>
          <h2 id={TITLE_ID} className="modal-title">
            {strings.importAnnotationsTitle}
          </h2>
          <p className="muted import-report-file">{outcome.fileName}</p>
          <div role="status">
            {outcome.state === 'reading' && (
              <>
                <progress aria-label={strings.importAnnotationsRunning} />
                <span>{strings.importAnnotationsRunning}</span>
              </>
            )}
            {outcome.state === 'done' && <ReportView report={outcome.report} />}
          </div>
          {outcome.state === 'failed' && (
            <p role="alert" className="error">
              {outcome.message}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" data-autofocus="" onClick={close}>
              {strings.close}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
