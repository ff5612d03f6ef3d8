/**
 * Where a search occurs in one document: the shared match rule (matchRanges.ts) over the query and the filters the
 * search was made with, so the reader shows and `下一处` steps through the places the result list highlighted.
 */
import type { TextRange } from '../../shared/annotations/annotation';
import { matchRanges } from '../../shared/search/matchRanges';
import { parseQuery } from '../../shared/search/parseQuery';
import { withFilters, type SearchFilters } from '../../shared/search/searchFilters';

/** Every match of the query (with `filters` added, as the index applies them) in `text`, in text order. */
export function findQueryHits(text: string, query: string, filters: SearchFilters = {}): TextRange[] {
  return matchRanges(text, withFilters(parseQuery(query), filters));
}

/** The index of the first hit at or after `offset` (wrapping to the first hit), or -1 when there are none. */
export function hitAtOrAfter(hits: readonly TextRange[], offset: number): number {
  if (hits.length === 0) return -1;
  const index = hits.findIndex((hit) => hit.end > offset);
  return index >= 0 ? index : 0;
}
