/**
 * Whether 我的批注 is shown over the reader: the header button and Ctrl+Shift+A toggle it, 返回阅读 and Escape
 * close it (the focus goes back to the button), and choosing a row closes it and opens the document at that
 * annotation, which flashes. `changes` counts what the view changed, so the reader reloads its annotations.
 */
import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { AnnotationEntry } from '../../shared/annotations/annotationListing';
import { startMeasure } from '../perf';
import type { useDocumentOpener } from './useDocumentOpener';

export interface MyNotesToggle {
  open: boolean;
  /** How many times it was opened (0: never, so not yet mounted). */
  opened: number;
  changes: number;
  toggle: () => void;
  close: () => void;
  changed: () => void;
  openEntry: (entry: AnnotationEntry) => void;
}

/** `button`: the header button, which gets the focus back when the view closes. */
export function useMyNotesToggle(
  opener: Pick<ReturnType<typeof useDocumentOpener>, 'open'>,
  button: RefObject<HTMLButtonElement | null>,
): MyNotesToggle {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(0);
  const [changes, setChanges] = useState(0);
  const { open: openDocument } = opener;

  const close = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  }, [button]);
  const toggle = useCallback(() => {
    if (open) {
      close();
      return;
    }
    startMeasure('gazette:my-notes-open');
    setOpen(true);
    setOpened((count) => count + 1);
  }, [open, close]);
  const changed = useCallback(() => {
    setChanges((count) => count + 1);
  }, []);
  const openEntry = useCallback(
    (entry: AnnotationEntry) => {
      if (!entry.document) return;
      setOpen(false);
      const { anchor, id } = entry.annotation;
      openDocument(
        entry.document.docId,
        anchor ? { offset: anchor.start, query: '', filters: {}, annotationId: id } : undefined,
      );
    },
    [openDocument],
  );

  return useMemo(
    () => ({ open, opened, changes, toggle, close, changed, openEntry }),
    [open, opened, changes, toggle, close, changed, openEntry],
  );
}
