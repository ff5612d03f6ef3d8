/**
 * Results as you type: the query and the filters are sent once they have rested for 200 ms, and only the latest
 * answer is shown.
 */
import { useEffect, useMemo, useState } from 'react';
import type { SearchResponse } from '../../shared/api';
import type { SearchFilters } from '../../shared/search/searchFilters';
import { gazette } from '../gazette';
import { startMeasure } from '../perf';
import { useDebouncedValue } from './useDebouncedValue';

const DEBOUNCE_MS = 200;

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching'; query: string }
  | { state: 'done'; query: string; response: SearchResponse }
  | { state: 'failed'; query: string; message: string };

interface Request {
  query: string;
  filters: SearchFilters;
}

const asksNothing = (query: string, filters: SearchFilters): boolean =>
  query === '' && Object.values(filters).every((value: unknown) => value === undefined);

/** `filters` is state: a new object only when a filter changes. */
export function useSearch(text: string, filters: SearchFilters): SearchState {
  const query = text.trim();
  const latest = useMemo<Request>(() => ({ query, filters }), [query, filters]);
  const settled = useDebouncedValue(latest, DEBOUNCE_MS);
  const [result, setResult] = useState<{ request: Request; state: SearchState } | null>(null);

  useEffect(() => {
    if (asksNothing(settled.query, settled.filters)) return;
    let current = true;
    startMeasure('gazette:search');
    void gazette.search({ query: settled.query, filters: settled.filters }).then((answer) => {
      if (!current) return;
      setResult({
        request: settled,
        state: answer.ok
          ? { state: 'done', query: settled.query, response: answer.value }
          : { state: 'failed', query: settled.query, message: answer.error.message },
      });
    });
    return () => {
      current = false;
    };
  }, [settled]);

  // An emptied box hides the results at once; until the first answer for a search arrives, it is being searched.
  if (asksNothing(query, filters)) return { state: 'idle' };
  if (result === null || (result.state.state !== 'done' && result.request !== settled)) {
    return { state: 'searching', query: settled.query };
  }
  return result.state;
}
