/**
 * The 批注 appendix of a printed 公文 (打印批注): the document note, then every highlight under the number its mark
 * carries in the text, with its quote, note and tags; a 孤立批注 says so, its quote being the only trace of where
 * it was. An appendix rather than per-page footnotes: Chromium's print layout has no footnote area (no CSS
 * `float: footnote`, no `target-counter()`), so a note placed on "its" page could land on the next one or push the
 * 版心 out of the standard's 22 lines; numbered references to an appendix are exact on every page.
 */
import type { ReactNode } from 'react';
import type { Annotation, Note } from '../../shared/annotations/annotation';
import { noteToHtml } from '../../shared/annotations/noteFormat';
import type { PrintedNote } from '../logic/printedNotes';
import { strings } from '../strings';

interface Props {
  entries: readonly PrintedNote[];
  documentNote: Annotation | null;
}

/** A placed highlight is on the page already: its quote here only has to be recognisable. */
const PLACED_QUOTE_CHARS = 40;

function quoteOf({ annotation, placed }: PrintedNote): string {
  const quote = (annotation.anchor?.exact ?? '').replace(/\s+/gu, '');
  return placed && quote.length > PLACED_QUOTE_CHARS ? `${quote.slice(0, PLACED_QUOTE_CHARS)}…` : quote;
}

/** The note as the exports write it: the HTML comes from the one converter, which escapes every text it copies. */
function NoteBody({ note }: { note: Note }): ReactNode {
  return <div className="print-note-body" dangerouslySetInnerHTML={{ __html: noteToHtml(note) }} />;
}

export function PrintedNotesAppendix({ entries, documentNote }: Props): ReactNode {
  const count = entries.length + (documentNote?.note ? 1 : 0);
  if (count === 0) return null;
  return (
    <section className="print-notes">
      <h2 className="print-notes-title">{strings.printNotesTitle}</h2>
      <p className="print-notes-summary">{strings.printNotesSummary(count)}</p>
      {documentNote?.note && (
        <div className="print-note">
          <p className="print-note-quote">{strings.documentNote}</p>
          <NoteBody note={documentNote.note} />
        </div>
      )}
      {entries.map((entry) => (
        <div className="print-note" key={entry.annotation.id}>
          <p className="print-note-quote">
            <span className="print-note-number">{strings.printNoteNumber(entry.number)}</span>「{quoteOf(entry)}」
            {!entry.placed && (
              <span className="print-note-status">{strings.annotationStatus[entry.annotation.status]}</span>
            )}
          </p>
          {entry.annotation.note && <NoteBody note={entry.annotation.note} />}
          {entry.annotation.tags.length > 0 && (
            <p className="print-note-tags">
              {strings.annotationTags}：{entry.annotation.tags.join('、')}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
