/**
 * Where a search query occurs in one document: the in-document counterpart of the index's snippets, with the same
 * semantics (the query's words are folded by the shared parser, matched as substrings of the folded canonical text,
 * and mapped back to canonical offsets), so `下一处` steps through exactly what the search found.
 */
import { fold, sourceOffsets } from '../../shared/search/fold';
import { parseQuery } from '../../shared/search/parseQuery';

export interface TextRange {
  start: number;
  end: number;
}

/** Every occurrence of the query's words in `text`, in text order; overlapping occurrences are merged. */
export function findQueryHits(text: string, query: string): TextRange[] {
  const terms = [...new Set(parseQuery(query).terms)].filter((term) => term.length > 0);
  if (terms.length === 0) return [];
  const folded = fold(text);
  const foldedRanges: TextRange[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      foldedRanges.push({ start: at, end: at + term.length - 1 });
    }
  }
  const positions = [...new Set(foldedRanges.flatMap((range) => [range.start, range.end]))].sort((a, b) => a - b);
  const offsets = new Map<number, number>();
  sourceOffsets(text, positions).forEach((offset, i) => offsets.set(positions[i] ?? 0, offset));
  const ranges = foldedRanges
    .map((range) => ({ start: offsets.get(range.start) ?? 0, end: (offsets.get(range.end) ?? 0) + 1 }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The index of the first hit at or after `offset` (wrapping to the first hit), or -1 when there are none. */
export function hitAtOrAfter(hits: readonly TextRange[], offset: number): number {
  if (hits.length === 0) return -1;
  const index = hits.findIndex((hit) => hit.end > offset);
  return index >= 0 ? index : 0;
}
