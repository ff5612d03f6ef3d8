/**
 * The open 公文 laid out for paper (打印, 导出 PDF): every block in one flow, outside the app's root so the print
 * stylesheet (print.css) can print it alone in GB/T 9704 layout. Hidden on screen. It is built when the reader
 * rests after opening, or at once when printing starts, so opening a long document does not wait for it. With
 * 打印批注 on, the person's highlights are marked and numbered in the text and their notes follow in an appendix.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { Annotation } from '../../shared/annotations/annotation';
import type { Block } from '../../shared/model';
import { printedNotes } from '../logic/printedNotes';
import { runInDecorations } from '../logic/runInDecorations';
import { decorationsByBlock, type Decoration } from '../logic/textSegments';
import { strings } from '../strings';
import { DocumentBlock } from './DocumentBlock';
import { PrintedNotesAppendix } from './PrintedNotesAppendix';
import '../print.css';

/** The person's highlights and document note to print with the text (打印批注), or null to print the text alone. */
export interface PrintNotes {
  annotations: readonly Annotation[];
  documentNote: Annotation | null;
}

interface Props {
  title: string;
  blocks: readonly Block[];
  notes: PrintNotes | null;
}

const NO_DECORATIONS: readonly Decoration[] = [];
const ignoreReference = (): void => undefined;

export function PrintView({ title, blocks, notes }: Props): ReactNode {
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const idle = requestIdleCallback(
      () => {
        setReady(true);
      },
      { timeout: 1500 },
    );
    const beforePrint = (): void => {
      flushSync(() => {
        setReady(true);
      });
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancelIdleCallback(idle);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, []);

  // The window (and a saved PDF's default name) carries the document's title while it is open.
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = strings.productName;
    };
  }, [title]);

  const numbered = useMemo(() => (notes ? printedNotes(notes.annotations) : null), [notes]);
  // Paper shows the run-in headings' faces and, with 打印批注, the highlights; not search hits or links.
  const decorations = useMemo(
    () => decorationsByBlock(blocks, [...runInDecorations(blocks), ...(numbered?.decorations ?? [])]),
    [blocks, numbered],
  );

  if (!ready) return null;
  return createPortal(
    <article className="print-view" aria-hidden="true">
      {blocks.map((block, index) => (
        <DocumentBlock
          key={index}
          block={block}
          index={index}
          decorations={decorations[index] ?? NO_DECORATIONS}
          flash={false}
          onFollowReference={ignoreReference}
          copy
        />
      ))}
      {notes && numbered && <PrintedNotesAppendix entries={numbered.entries} documentNote={notes.documentNote} />}
    </article>,
    document.body,
  );
}
