/**
 * The highlight layer: which annotations the reader draws, as decorations that carry only ids, colour and style,
 * and the order the 批注 panel lists them in. The annotations themselves stay in the useAnnotations store.
 */
import type { Annotation } from '../../shared/annotations/annotation';
import type { Decoration } from './textSegments';

/** Highlights that have a place in the text: anchored ones and re-anchored ones still to be confirmed. */
export function isPlaced(
  annotation: Annotation,
): annotation is Annotation & { anchor: NonNullable<Annotation['anchor']> } {
  return annotation.anchor !== null && (annotation.status === 'anchored' || annotation.status === 'doubtful');
}

export function highlightDecorations(annotations: readonly Annotation[], flashId: string | null): Decoration[] {
  return annotations.filter(isPlaced).map((annotation) => ({
    kind: 'highlight',
    start: annotation.anchor.start,
    end: annotation.anchor.end,
    annotationId: annotation.id,
    color: annotation.color,
    style: annotation.style,
    flash: annotation.id === flashId,
  }));
}

/** Reading order for the 批注 panel: placed highlights by position, then those without a place (orphans last). */
export function inReadingOrder(annotations: readonly Annotation[]): Annotation[] {
  const placed = annotations
    .filter(isPlaced)
    .sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  const unplaced = annotations.filter((annotation) => !isPlaced(annotation));
  return [...placed, ...unplaced];
}
