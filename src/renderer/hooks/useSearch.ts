/**
 * Results as you type: the query and the filters are sent once they have rested for 200 ms, and only the latest
 * answer is shown; until the answer for what is typed arrives, earlier results are shown as stale.
 */
import { useEffect, useMemo, useState } from 'react';
import type { SearchFilters } from '../../shared/search/searchFilters';
import { gazette } from '../gazette';
import {
  asksNothing,
  searchStateFor,
  type SearchAnswer,
  type SearchRequest,
  type SearchState,
} from '../logic/searchState';
import { startMeasure } from '../perf';
import { useDebouncedValue } from './useDebouncedValue';

const DEBOUNCE_MS = 200;

/** `filters` is state: a new object only when a filter changes. */
export function useSearch(text: string, filters: SearchFilters): SearchState {
  const query = text.trim();
  const latest = useMemo<SearchRequest>(() => ({ query, filters }), [query, filters]);
  const settled = useDebouncedValue(latest, DEBOUNCE_MS);
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);

  useEffect(() => {
    if (asksNothing(settled)) return;
    let current = true;
    startMeasure('gazette:search');
    void gazette.search({ query: settled.query, filters: settled.filters }).then((result) => {
      if (!current) return;
      setAnswer({
        request: settled,
        state: result.ok
          ? { state: 'done', query: settled.query, response: result.value, stale: false }
          : { state: 'failed', query: settled.query, message: result.error.message },
      });
    });
    return () => {
      current = false;
    };
  }, [settled]);

  return searchStateFor(latest, answer);
}
