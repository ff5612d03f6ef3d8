/**
 * Opening a document: fetch it and, unless the caller says where to go, the user's saved position in it. Each
 * open gets a new target serial so the reader re-applies it even for the document already shown.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ApiError, OpenedDocument } from '../../shared/api';
import type { ReaderTarget } from '../components/Reader';
import { gazette } from '../gazette';
import { startMeasure } from '../perf';

export interface OpenState {
  opened: OpenedDocument;
  target: ReaderTarget;
}

export function useDocumentOpener(): {
  current: OpenState | null;
  /** Why the last document could not be opened (`damaged-issue`: importing its file again repairs it). */
  error: ApiError | null;
  open: (docId: string, at?: { offset: number; query: string }) => void;
  close: () => void;
} {
  const [current, setCurrent] = useState<OpenState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const serial = useRef(0);

  const open = useCallback((docId: string, at?: { offset: number; query: string }) => {
    const mine = ++serial.current;
    startMeasure('gazette:open-document');
    void Promise.all([
      gazette.getDocument({ docId }),
      at ? Promise.resolve(null) : gazette.getReadingPosition({ docId }),
    ]).then(([document, position]) => {
      if (mine !== serial.current) return;
      if (!document.ok) {
        setError(document.error);
        return;
      }
      setError(null);
      const offset = at?.offset ?? (position?.ok && position.value ? position.value.offset : 0);
      setCurrent({ opened: document.value, target: { offset, query: at?.query ?? '', serial: mine } });
    });
  }, []);

  const close = useCallback(() => {
    serial.current++;
    setCurrent(null);
  }, []);

  return useMemo(() => ({ current, error, open, close }), [current, error, open, close]);
}
