/**
 * The passage selected in the column strip, as canonical offsets (domOffsets.ts) and the box to place the
 * selection toolbar beside. It follows `selectionchange`; while the keyboard focus is in the toolbar itself (Tab
 * reached it) the passage is kept even if the browser's selection changes.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { TextRange } from '../../shared/annotations/annotation';
import { domRangeToOffsets } from '../domOffsets';

export interface TextSelection {
  range: TextRange;
  /** Where the selection ends on the shown page, in viewport coordinates. */
  box: { left: number; top: number; bottom: number };
}

/** The last box of the range that lies inside `viewport` (the selection may run over pages not shown). */
function visibleBox(range: Range, viewport: Element | null): TextSelection['box'] | null {
  const bounds = viewport?.getBoundingClientRect();
  const rects = [...range.getClientRects()].filter(
    (rect) =>
      (rect.width > 0 || rect.height > 0) &&
      (!bounds || (rect.right > bounds.left && rect.left < bounds.right && rect.bottom > bounds.top)),
  );
  const last = rects[rects.length - 1];
  return last ? { left: last.right, top: last.top, bottom: last.bottom } : null;
}

export function useTextSelection(
  stripRef: RefObject<HTMLElement | null>,
  keepRef: RefObject<HTMLElement | null>,
): { selection: TextSelection | null; clear: () => void } {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    let frame = 0;
    const read = (): void => {
      const strip = stripRef.current;
      const current = window.getSelection();
      const keep = keepRef.current?.contains(document.activeElement) ?? false;
      if (!strip || !current || current.rangeCount === 0 || current.isCollapsed) {
        if (!keep) setSelection(null);
        return;
      }
      const range = current.getRangeAt(0);
      const offsets = domRangeToOffsets(strip, range);
      const box = offsets ? visibleBox(range, strip.closest('.sheet-viewport')) : null;
      if (offsets && box) setSelection({ range: offsets, box });
      else if (!keep) setSelection(null);
    };
    const onChange = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [stripRef, keepRef]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear };
}
