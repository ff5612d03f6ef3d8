/** Results as you type: the query is sent once it has rested for 200 ms, and only the latest answer is shown. */
import { useEffect, useState } from 'react';
import type { SearchResponse } from '../../shared/api';
import { gazette } from '../gazette';
import { startMeasure } from '../perf';
import { useDebouncedValue } from './useDebouncedValue';

const DEBOUNCE_MS = 200;
const RESULT_LIMIT = 50;

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching'; query: string }
  | { state: 'done'; query: string; response: SearchResponse }
  | { state: 'failed'; query: string; message: string };

export function useSearch(query: string): SearchState {
  const settled = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const [result, setResult] = useState<SearchState>({ state: 'idle' });

  useEffect(() => {
    if (settled === '') return;
    let current = true;
    startMeasure('gazette:search');
    void gazette.search({ query: settled, limit: RESULT_LIMIT }).then((answer) => {
      if (!current) return;
      setResult(
        answer.ok
          ? { state: 'done', query: settled, response: answer.value }
          : { state: 'failed', query: settled, message: answer.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [settled]);

  // An emptied box hides the results at once; until the first answer for a query arrives, it is being searched.
  if (query.trim() === '') return { state: 'idle' };
  if (result.state === 'idle' || (result.state !== 'done' && result.query !== settled)) {
    return { state: 'searching', query: settled };
  }
  return result;
}
