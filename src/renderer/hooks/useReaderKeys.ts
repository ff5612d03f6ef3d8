/**
 * Page keys for the reader: ←/→, PageUp/PageDown, Space (Shift+Space back), Home/End. They apply anywhere in the
 * window except where the key has its own meaning: in a text field, a select, or (for Space) on a button or link.
 */
import { useEffect } from 'react';

interface Options {
  page: number;
  pageCount: number;
  turnTo: (page: number) => void;
}

function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  if ((key === ' ' || key === 'Enter') && target.closest('button, a[href], summary')) return true;
  return false;
}

export function useReaderKeys({ page, pageCount, turnTo }: Options): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKey(event.target, event.key)) return;
      let next: number | null = null;
      switch (event.key) {
        case 'ArrowLeft':
        case 'PageUp':
          next = page - 1;
          break;
        case 'ArrowRight':
        case 'PageDown':
          next = page + 1;
          break;
        case ' ':
          next = event.shiftKey ? page - 1 : page + 1;
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = pageCount - 1;
          break;
      }
      if (next === null) return;
      event.preventDefault();
      turnTo(next);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [page, pageCount, turnTo]);
}
