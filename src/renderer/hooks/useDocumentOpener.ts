/**
 * Opening a document: fetch it and, unless the caller says where to go, the user's saved position in it (when that
 * cannot be read, the document opens at its start: the position is a convenience, the document is what was asked
 * for). The person's highlights are asked for at the same time, not once the reader is up: when they are in by the
 * time the document is, its first page is painted with them; the document never waits for them. Each open gets a
 * new target serial so the reader re-applies it even for the document already shown.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ApiError, OpenedDocument, Result } from '../../shared/api';
import type { DocumentAnnotations } from '../../shared/annotations/annotation';
import type { SearchFilters } from '../../shared/search/searchFilters';
import type { ReaderTarget } from '../components/Reader';
import { gazette } from '../gazette';
import { startMeasure } from '../perf';
import { strings } from '../strings';

/** The document's highlights as requested beside it: the answer once it is in (`settled`), else the request. */
export interface PendingAnnotations {
  request: Promise<Result<DocumentAnnotations>>;
  settled: Result<DocumentAnnotations> | null;
}

export interface OpenState {
  opened: OpenedDocument;
  target: ReaderTarget;
  annotations: PendingAnnotations;
}

/** Where to open a search result: the hit's offset and the search (text and filters) whose hits to show. */
export interface OpenAt {
  offset: number;
  query: string;
  filters: SearchFilters;
  /** An annotation to flash there (opened from 我的批注). */
  annotationId?: string;
}

export function useDocumentOpener(): {
  current: OpenState | null;
  /** Why the last open went wrong, as a sentence (`damaged-issue`: importing its file again repairs it). */
  error: ApiError | null;
  open: (docId: string, at?: OpenAt) => void;
  close: () => void;
} {
  const [current, setCurrent] = useState<OpenState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const serial = useRef(0);

  const open = useCallback((docId: string, at?: OpenAt) => {
    const mine = ++serial.current;
    startMeasure('gazette:open-document');
    const annotations: PendingAnnotations = { request: gazette.listAnnotations({ docId }), settled: null };
    void annotations.request.then((result) => {
      annotations.settled = result;
    });
    void Promise.all([
      gazette.getDocument({ docId }),
      at ? Promise.resolve(null) : gazette.getReadingPosition({ docId }),
    ]).then(([document, position]) => {
      if (mine !== serial.current) return;
      if (!document.ok) {
        setError({ ...document.error, message: strings.loadFailed(document.error.message) });
        return;
      }
      setError(
        position?.ok === false
          ? { code: position.error.code, message: strings.positionLoadFailed(position.error.message) }
          : null,
      );
      const offset = at?.offset ?? (position?.ok && position.value ? position.value.offset : 0);
      setCurrent({
        opened: document.value,
        target: {
          offset,
          query: at?.query ?? '',
          filters: at?.filters ?? {},
          annotationId: at?.annotationId,
          serial: mine,
        },
        annotations,
      });
    });
  }, []);

  const close = useCallback(() => {
    serial.current++;
    setCurrent(null);
  }, []);

  return useMemo(() => ({ current, error, open, close }), [current, error, open, close]);
}
