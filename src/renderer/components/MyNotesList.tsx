/**
 * 我的批注's rows, group by group: each annotation's colour, quote and the start of its note with the search's
 * hits marked, status, tags, its document (title, 文号) or issue, and its date. A live row opens the document at
 * the annotation (click or Enter); a 回收站 row says when it was deleted and when it will be purged, with 恢复.
 */
import type { ReactNode } from 'react';
import { purgeTime } from '../../shared/annotations/annotation';
import {
  documentLabel,
  type AnnotationEntry,
  type AnnotationGrouping,
  type AnnotationListing,
} from '../../shared/annotations/annotationListing';
import type { ParsedQuery } from '../../shared/search/parseQuery';
import { excerptRuns } from '../logic/excerptRuns';
import { strings } from '../strings';

const QUOTE_CHARS = 120;
const NOTE_CHARS = 90;

function Runs({ text, query, max }: { text: string; query: ParsedQuery; max: number }): ReactNode {
  return excerptRuns(text, query, max).map((run, index) =>
    run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
  );
}

const day = (iso: string): string => iso.slice(0, 10);

function EntryContent({
  entry,
  query,
  groupBy,
  trash,
}: {
  entry: AnnotationEntry;
  query: ParsedQuery;
  groupBy: AnnotationGrouping;
  trash: boolean;
}): ReactNode {
  const { annotation, document } = entry;
  const status = strings.annotationStatus[annotation.status];
  const where = groupBy === 'document' ? (document?.issueLabel ?? '') : documentLabel(entry);
  const deletedAt = annotation.deletedAt;
  return (
    <>
      <span className="visually-hidden">{strings.colorName(strings.colors[annotation.color])}</span>
      {annotation.anchor ? (
        <span className="my-note-quote">
          <Runs text={annotation.anchor.exact} query={query} max={QUOTE_CHARS} />
        </span>
      ) : (
        <span className="my-note-quote my-note-document-note">{strings.myNotesDocumentNote}</span>
      )}
      {annotation.note && annotation.note.text.trim() !== '' && (
        <span className="my-note-text">
          <Runs text={annotation.note.text} query={query} max={NOTE_CHARS} />
        </span>
      )}
      <span className="my-note-meta">
        {status !== '' && <span className="annotation-status">{status}</span>}
        {annotation.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
        {where !== '' && <span className="my-note-where">{where}</span>}
        {trash && deletedAt !== null ? (
          <span>
            {strings.myNotesDeleted(day(deletedAt))}，{strings.myNotesPurge(day(purgeTime(deletedAt).toISOString()))}
          </span>
        ) : (
          <span>{strings.myNotesCreated(day(annotation.createdAt))}</span>
        )}
      </span>
    </>
  );
}

interface Props {
  listing: AnnotationListing;
  query: ParsedQuery;
  groupBy: AnnotationGrouping;
  trash: boolean;
  onOpen: (entry: AnnotationEntry) => void;
  onRestore: (entry: AnnotationEntry) => void;
}

export function MyNotesList({ listing, query, groupBy, trash, onOpen, onRestore }: Props): ReactNode {
  return (
    <ol className="my-notes-groups">
      {listing.groups.map((group) => (
        <li key={group.key} className="my-notes-group">
          <h3 className="my-notes-group-title">
            <span>{group.label}</span>
            <span className="muted">{strings.myNotesGroupCount(group.count)}</span>
          </h3>
          <ol className="my-notes-entries">
            {group.entries.map((entry) => {
              const { annotation } = entry;
              const className = `my-note swatch-${annotation.color} status-${annotation.status}`;
              const content = <EntryContent entry={entry} query={query} groupBy={groupBy} trash={trash} />;
              return (
                <li key={annotation.id} className="my-note-row">
                  {trash || entry.document === null ? (
                    <div className={className}>{content}</div>
                  ) : (
                    <button
                      type="button"
                      className={className}
                      onClick={() => {
                        onOpen(entry);
                      }}
                    >
                      {content}
                    </button>
                  )}
                  {trash && (
                    <button
                      type="button"
                      className="my-note-restore"
                      aria-label={strings.myNotesRestoreLabel(annotation.anchor?.exact ?? strings.myNotesDocumentNote)}
                      onClick={() => {
                        onRestore(entry);
                      }}
                    >
                      {strings.myNotesRestore}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
