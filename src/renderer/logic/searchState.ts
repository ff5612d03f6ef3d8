/**
 * What the search panel shows for the query in the box and the latest answer it has: the answer when it is for
 * that query, otherwise the previous results marked stale (so they are never taken for the new query's), or
 * 正在搜索 when there is nothing to show meanwhile.
 */
import type { SearchResponse } from '../../shared/api';
import type { SearchFilters } from '../../shared/search/searchFilters';

export interface SearchRequest {
  query: string;
  /** State: a new object only when a filter changes, so identity tells a change. */
  filters: SearchFilters;
}

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching'; query: string }
  /** `stale`: these results answer an earlier query while the one in the box is still being searched. */
  | { state: 'done'; query: string; response: SearchResponse; stale: boolean }
  | { state: 'failed'; query: string; message: string };

export interface SearchAnswer {
  request: SearchRequest;
  state: SearchState;
}

export const asksNothing = (request: SearchRequest): boolean =>
  request.query === '' && Object.values(request.filters).every((value: unknown) => value === undefined);

export function searchStateFor(typed: SearchRequest, answer: SearchAnswer | null): SearchState {
  if (asksNothing(typed)) return { state: 'idle' };
  const answersTyped =
    answer !== null && answer.request.query === typed.query && answer.request.filters === typed.filters;
  if (answer !== null && answersTyped) return answer.state;
  if (answer?.state.state === 'done') return { ...answer.state, stale: true };
  return { state: 'searching', query: typed.query };
}
