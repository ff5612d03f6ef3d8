/**
 * The listing 我的批注 shows: the menus' filters are sent at once, the search box once it has rested for 200 ms
 * (as library search), and only the latest answer is kept. While the answer for what is typed is on its way the
 * previous one is shown, marked stale. `limit` grows as the person scrolls; `refresh` asks again (the view was
 * opened again, or something changed the annotations).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationFilter, AnnotationListing } from '../../shared/annotations/annotationListing';
import { gazette } from '../gazette';
import { startMeasure } from '../perf';
import { useDebouncedValue } from './useDebouncedValue';

const DEBOUNCE_MS = 200;

/** The menus' part of the filter: state, so a new object only when a filter changes. */
export type MyNotesFilter = Omit<AnnotationFilter, 'query' | 'limit'>;

interface Sent {
  query: string;
  filter: MyNotesFilter;
  limit: number;
  refresh: number;
}

export type MyNotesState =
  | { state: 'loading' }
  /** `stale`: the listing answers an earlier query or filter than the one shown in the view. */
  | { state: 'ready'; listing: AnnotationListing; query: string; stale: boolean }
  | { state: 'failed'; message: string };

export function useMyNotes(text: string, filter: MyNotesFilter, limit: number, refresh: number): MyNotesState {
  const typed = text.trim();
  const query = useDebouncedValue(typed, DEBOUNCE_MS);
  const sent = useMemo<Sent>(() => ({ query, filter, limit, refresh }), [query, filter, limit, refresh]);
  const [answer, setAnswer] = useState<{ sent: Sent; result: MyNotesState } | null>(null);
  // Not `refresh`: the first request is the opening, not a filter.
  const lastRefresh = useRef<number | null>(null);

  useEffect(() => {
    let current = true;
    // Opening is timed from the click (see App); a new query or filter from here.
    if (lastRefresh.current === sent.refresh) startMeasure('gazette:my-notes-filter');
    lastRefresh.current = sent.refresh;
    void gazette.listAllAnnotations({ ...sent.filter, query: sent.query, limit: sent.limit }).then((result) => {
      if (!current) return;
      setAnswer({
        sent,
        result: result.ok
          ? { state: 'ready', listing: result.value, query: sent.query, stale: false }
          : { state: 'failed', message: result.error.message },
      });
    });
    return () => {
      current = false;
    };
  }, [sent]);

  if (answer === null) return { state: 'loading' };
  const answersTyped = answer.sent.query === typed && answer.sent.filter === filter;
  if (answer.result.state === 'ready' && !answersTyped) return { ...answer.result, stale: true };
  return answer.result;
}
