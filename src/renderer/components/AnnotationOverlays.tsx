/**
 * What floats over the reader for annotations: the selection toolbar (with keys 1–5, N, Tab and Escape), the
 * popover of a highlight or the chooser between overlapping ones, and the 撤销 notice after a delete (shown for
 * UNDO_MS). The reader owns which popover is open, since both the page and the 批注 panel open one.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { ANNOTATION_COLORS, type Annotation, type AnnotationColor } from '../../shared/annotations/annotation';
import type { AnnotationsStore } from '../hooks/useAnnotations';
import type { TextSelection } from '../hooks/useTextSelection';
import { isTypingTarget } from '../typingTarget';
import { strings } from '../strings';
import { AnnotationChooser, AnnotationPopover, type PopoverPlace } from './AnnotationPopover';
import { AnnotationToolbar } from './AnnotationToolbar';

/** 撤销 stays offered at least this long after a delete. */
export const UNDO_MS = 15_000;

export type OpenPopover =
  | { kind: 'edit'; id: string; place: PopoverPlace | null; focusNote: boolean }
  | { kind: 'choose'; ids: string[]; place: PopoverPlace | null };

interface Props {
  store: AnnotationsStore;
  selection: TextSelection | null;
  toolbarRef: RefObject<HTMLDivElement | null>;
  clearSelection: () => void;
  popover: OpenPopover | null;
  onPopover: (popover: OpenPopover | null) => void;
  onCopy: (selection: TextSelection) => Promise<boolean>;
}

export function AnnotationOverlays({
  store,
  selection,
  toolbarRef,
  clearSelection,
  popover,
  onPopover,
  onCopy,
}: Props): ReactNode {
  const [underline, setUnderline] = useState(false);
  // The toolbar's message (复制引用's outcome) belongs to the passage it was about.
  const [status, setStatus] = useState<{ at: string; text: string } | null>(null);
  const selectionKey = selection ? `${String(selection.range.start)}-${String(selection.range.end)}` : '';
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Annotation | null>(null);

  // The selection is let go at once, so a repeated key cannot mark it twice and the next passage can be marked
  // while this one is still being saved.
  const mark = useCallback(
    async (color: AnnotationColor, withNote: boolean) => {
      if (!selection) return;
      clearSelection();
      const result = await store.create(selection.range, color, underline ? 'underline' : 'highlight');
      if (!result.ok) {
        setError(strings.annotationFailed(result.message));
        return;
      }
      setError(null);
      if (withNote) {
        const place = { left: selection.box.left - 180, top: selection.box.bottom + 8 };
        onPopover({ kind: 'edit', id: result.value.id, place, focusNote: true });
      }
    },
    [selection, store, underline, clearSelection, onPopover],
  );

  const copy = useCallback(async () => {
    if (!selection) return;
    const text = (await onCopy(selection)) ? strings.citationCopied : strings.citationCopyFailed;
    setStatus({ at: selectionKey, text });
  }, [selection, selectionKey, onCopy]);

  // Keys act on the selection shown right now: the handler is swapped before paint, so a key pressed as soon as
  // the toolbar appears already reaches it.
  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onKeyRef.current = (event) => {
      if (!selection) return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target))
        return;
      const digit = Number(event.key);
      const color = Number.isInteger(digit) ? ANNOTATION_COLORS[digit - 1] : undefined;
      if (color) {
        event.preventDefault();
        void mark(color, false);
      } else if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        void mark(ANNOTATION_COLORS[0], true);
      } else if (event.key === 'Tab' && !event.shiftKey && !toolbarRef.current?.contains(document.activeElement)) {
        event.preventDefault();
        toolbarRef.current?.querySelector('button')?.focus();
      } else if (event.key === 'Escape') {
        clearSelection();
      }
    };
  }, [selection, mark, toolbarRef, clearSelection]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      onKeyRef.current(event);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => {
      setDeleted(null);
    }, UNDO_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [deleted]);

  const remove = async (annotation: Annotation): Promise<void> => {
    onPopover(null);
    const result = await store.remove(annotation.id);
    if (result.ok) setDeleted(annotation);
    else setError(strings.annotationFailed(result.message));
  };

  const undo = async (): Promise<void> => {
    if (!deleted) return;
    const result = await store.restore(deleted.id);
    setDeleted(null);
    if (!result.ok) setError(strings.annotationFailed(result.message));
  };

  const closePopover = useCallback(() => {
    onPopover(null);
  }, [onPopover]);

  const editing = popover?.kind === 'edit' ? (store.byId.get(popover.id) ?? store.documentNote) : null;
  const choices =
    popover?.kind === 'choose'
      ? popover.ids.map((id) => store.byId.get(id)).filter((a): a is Annotation => a !== undefined)
      : [];

  return (
    <>
      {selection && (
        <AnnotationToolbar
          toolbarRef={toolbarRef}
          box={selection.box}
          underline={underline}
          status={status?.at === selectionKey ? status.text : ''}
          onToggleUnderline={() => {
            setUnderline(!underline);
          }}
          onColor={(color) => {
            void mark(color, false);
          }}
          onNote={() => {
            void mark(ANNOTATION_COLORS[0], true);
          }}
          onCopy={() => {
            void copy();
          }}
        />
      )}
      {popover?.kind === 'edit' && editing && editing.id === popover.id && (
        <AnnotationPopover
          key={editing.id}
          annotation={editing}
          place={popover.place}
          focusNote={popover.focusNote}
          onChange={store.update}
          onDelete={(annotation) => {
            void remove(annotation);
          }}
          onClose={closePopover}
        />
      )}
      {popover?.kind === 'choose' && choices.length > 0 && (
        <AnnotationChooser
          choices={choices}
          place={popover.place}
          onChoose={(annotation) => {
            onPopover({ kind: 'edit', id: annotation.id, place: popover.place, focusNote: false });
          }}
          onClose={closePopover}
        />
      )}
      {(deleted || error !== null) && (
        <div className="reader-notice" role="status">
          {deleted && (
            <>
              {strings.annotationDeleted}
              <button
                type="button"
                onClick={() => {
                  void undo();
                }}
              >
                {strings.undo}
              </button>
            </>
          )}
          {error !== null && (
            <>
              <span>{error}</span>
              <button
                type="button"
                onClick={() => {
                  setError(null);
                }}
              >
                {strings.close}
              </button>
            </>
          )}
        </div>
      )}
    </>
  );
}
