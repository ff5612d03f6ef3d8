/**
 * 打印批注: which of a person's highlights go on paper and under which number. Every highlight is numbered in reading
 * order — the placed ones are marked in the text with that number, the ones without a place (孤立批注) appear only in
 * the appendix, with their quote — so a number on the page and its entry in the appendix always agree.
 */
import type { Annotation } from '../../shared/annotations/annotation';
import { highlightDecorations, inReadingOrder, isPlaced } from './annotationLayer';
import type { Decoration } from './textSegments';

export interface PrintedNote {
  number: number;
  annotation: Annotation;
  /** False for a highlight whose passage is no longer in the text: only its quote shows where it was. */
  placed: boolean;
}

export interface PrintedNotes {
  entries: PrintedNote[];
  /** The placed highlights, each carrying its number for the mark at its end. */
  decorations: Decoration[];
}

export function printedNotes(annotations: readonly Annotation[]): PrintedNotes {
  const entries = inReadingOrder(annotations).map((annotation, index) => ({
    number: index + 1,
    annotation,
    placed: isPlaced(annotation),
  }));
  const numbers = new Map(entries.map((entry) => [entry.annotation.id, entry.number]));
  const decorations = highlightDecorations(annotations, null).map((decoration) => ({
    ...decoration,
    noteNumber: numbers.get(decoration.annotationId ?? ''),
  }));
  return { entries, decorations };
}
