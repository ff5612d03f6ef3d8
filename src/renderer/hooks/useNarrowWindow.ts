/**
 * Whether the window is too narrow for the library sidebar beside an open document. Measured at the default 18 px
 * text with 目录 open (tests/e2e/sidebar.spec.ts reports the widths): below 1200 px the sidebar leaves the page
 * fewer than 28 characters a line — shorter than the printed 公文's own line — so the sidebar folds away by itself
 * there and opens as a drawer on demand.
 */
import { useSyncExternalStore } from 'react';

export const SIDEBAR_AUTO_COLLAPSE_WIDTH = 1200;

const query = `(max-width: ${String(SIDEBAR_AUTO_COLLAPSE_WIDTH - 0.02)}px)`;

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => {
    list.removeEventListener('change', onChange);
  };
}

const isNarrow = (): boolean => window.matchMedia(query).matches;

export function useNarrowWindow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow);
}
