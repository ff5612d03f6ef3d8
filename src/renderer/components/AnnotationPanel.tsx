/**
 * The 批注 panel beside 目录: the document note, then every annotation of the document in reading order with its
 * colour, quote, the start of its note, tags, 第 N 页 and status. Choosing an entry turns to its page and flashes
 * it; 编辑 opens its popover. Orphans (孤立批注) and annotations of removed files are listed with their quote and
 * note, never dropped.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { Annotation, Note } from '../../shared/annotations/annotation';
import { isPlaced } from '../logic/annotationLayer';
import { noteExcerpt } from '../logic/noteExcerpt';
import { strings } from '../strings';

const NoteEditor = lazy(() => import('./NoteEditor'));

interface Props {
  id: string;
  state: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  annotations: readonly Annotation[];
  documentNote: Annotation | null;
  /** 0-based page of each placed annotation, by id. */
  pages: ReadonlyMap<string, number>;
  onGoTo: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onSaveDocumentNote: (note: Note | null) => Promise<string | null>;
  /** 导出批注 and 导入批注, under the title. */
  actions: ReactNode;
}

function DocumentNote({
  documentNote,
  onSave,
}: {
  documentNote: Annotation | null;
  onSave: Props['onSaveDocumentNote'];
}): ReactNode {
  const [open, setOpen] = useState(false);
  const excerpt = noteExcerpt(documentNote?.note ?? null);
  return (
    <div className="document-note">
      <button
        type="button"
        className="document-note-toggle"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {strings.documentNote}
      </button>
      {!open && excerpt !== '' && <p className="annotation-note-excerpt">{excerpt}</p>}
      {open && (
        <Suspense fallback={<p className="muted">{strings.noteLoading}</p>}>
          <NoteEditor
            initial={documentNote?.note ?? null}
            onSave={onSave}
            label={strings.documentNoteLabel}
            autoFocus
          />
        </Suspense>
      )}
    </div>
  );
}

export function AnnotationPanel({
  id,
  state,
  loadError,
  annotations,
  documentNote,
  pages,
  onGoTo,
  onEdit,
  onSaveDocumentNote,
  actions,
}: Props): ReactNode {
  return (
    <section id={id} className="annotation-panel" aria-label={strings.annotationsPanel}>
      <h2 className="panel-title">
        {strings.annotationsPanel}
        {state === 'ready' && <span className="panel-count muted">{strings.annotationsCount(annotations.length)}</span>}
      </h2>
      <div className="panel-actions">{actions}</div>
      <DocumentNote documentNote={documentNote} onSave={onSaveDocumentNote} />
      {state === 'loading' && <p className="muted">{strings.annotationsLoading}</p>}
      {state === 'failed' && <p role="alert">{strings.loadFailed(loadError ?? '')}</p>}
      {state === 'ready' && annotations.length === 0 && <p className="muted">{strings.annotationsEmpty}</p>}
      <ol className="annotation-list">
        {annotations.map((annotation) => {
          const placed = isPlaced(annotation);
          const quote = annotation.anchor?.exact ?? '';
          const excerpt = noteExcerpt(annotation.note);
          const status = strings.annotationStatus[annotation.status];
          return (
            <li key={annotation.id} className={`annotation-entry status-${annotation.status}`}>
              <button
                type="button"
                className={`annotation-go swatch-${annotation.color}`}
                onClick={() => {
                  if (placed) onGoTo(annotation);
                  else onEdit(annotation);
                }}
              >
                <span className="visually-hidden">{strings.colorName(strings.colors[annotation.color])}</span>
                <span className="annotation-quote">{quote}</span>
                {excerpt !== '' && <span className="annotation-note-excerpt">{excerpt}</span>}
                <span className="annotation-meta">
                  {placed && <span>{strings.annotationPage((pages.get(annotation.id) ?? 0) + 1)}</span>}
                  {status !== '' && <span className="annotation-status">{status}</span>}
                  {annotation.tags.map((tag) => (
                    <span key={tag} className="tag">
                      {tag}
                    </span>
                  ))}
                </span>
              </button>
              <button
                type="button"
                className="annotation-edit"
                aria-label={strings.openAnnotationLabel(quote)}
                onClick={() => {
                  onEdit(annotation);
                }}
              >
                {strings.openAnnotation}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
