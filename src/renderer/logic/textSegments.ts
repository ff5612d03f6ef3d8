/**
 * Splitting a run of canonical text into segments by the decorations that cover it (search hits, the current hit,
 * cited 发文字号, run-in headings, a person's highlights), so the reader can wrap each segment in the right elements without ever
 * building HTML strings. Offsets are canonical-text offsets; the segments exactly tile [start, end).
 */

import type { AnnotationColor, AnnotationStyle } from '../../shared/annotations/annotation';

export type DecorationKind = 'hit' | 'currentHit' | 'reference' | 'runIn' | 'highlight';

export interface Decoration {
  kind: DecorationKind;
  start: number;
  end: number;
  /** For `reference`: the library document it opens. */
  targetDocId?: string;
  /** For `runIn`: the heading level, which sets its typeface. */
  level?: number;
  /** For `highlight`: the annotation's id (the only annotation data the DOM holds), colour and style. */
  annotationId?: string;
  color?: AnnotationColor;
  style?: AnnotationStyle;
  /** For `highlight`: flashes once, after its entry in the 批注 panel was chosen. */
  flash?: boolean;
  /** For `highlight` on paper (打印批注): its number in the 批注 appendix, printed where it ends. */
  noteNumber?: number;
}

export interface TextSegment {
  start: number;
  end: number;
  /** The decorations covering the whole segment, in the order given. */
  decorations: Decoration[];
}

export function splitIntoSegments(start: number, end: number, decorations: readonly Decoration[]): TextSegment[] {
  if (end <= start) return [];
  const inside = decorations.filter((decoration) => decoration.end > start && decoration.start < end);
  const cuts = new Set<number>([start, end]);
  for (const decoration of inside) {
    cuts.add(Math.max(start, decoration.start));
    cuts.add(Math.min(end, decoration.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? start;
    const to = points[i + 1] ?? end;
    segments.push({
      start: from,
      end: to,
      decorations: inside.filter((decoration) => decoration.start <= from && decoration.end >= to),
    });
  }
  return segments;
}

const NONE: readonly Decoration[] = [];

/**
 * The decorations touching each block, by block index. Blocks without any share one empty array, so memoised
 * blocks re-render only when their own decorations change.
 */
export function decorationsByBlock(
  blocks: readonly { start: number; end: number }[],
  decorations: readonly Decoration[],
): (readonly Decoration[])[] {
  const result: Decoration[][] = blocks.map(() => []);
  const sorted = [...decorations].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const decoration of sorted) {
    while (first < blocks.length && (blocks[first]?.end ?? 0) <= decoration.start) first++;
    for (let i = first; i < blocks.length && (blocks[i]?.start ?? 0) < decoration.end; i++) result[i]?.push(decoration);
  }
  return result.map((list) => (list.length === 0 ? NONE : list));
}
