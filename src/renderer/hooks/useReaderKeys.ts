/**
 * Page keys for the reader: ←/→, PageUp/PageDown, Space (Shift+Space back) turn a page, or a spread in 双页;
 * Home/End go to the first and last. They apply anywhere in the window except where the key has its own meaning: in a text field, a select, or (for Space) on a button or link.
 */
import { useEffect } from 'react';
import { isTypingTarget } from '../typingTarget';

interface Options {
  pageCount: number;
  turnTo: (page: number) => void;
  turnBy: (direction: 1 | -1) => void;
}

const TURNS: Partial<Record<string, 1 | -1>> = { ArrowLeft: -1, PageUp: -1, ArrowRight: 1, PageDown: 1 };

function ownsKey(target: EventTarget | null, key: string): boolean {
  if (isTypingTarget(target)) return true;
  return (
    (key === ' ' || key === 'Enter') &&
    target instanceof HTMLElement &&
    target.closest('button, a[href], summary') !== null
  );
}

export function useReaderKeys({ pageCount, turnTo, turnBy }: Options): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKey(event.target, event.key)) return;
      if (event.key === 'Home') turnTo(0);
      else if (event.key === 'End') turnTo(pageCount - 1);
      else {
        const direction = event.key === ' ' ? (event.shiftKey ? -1 : 1) : TURNS[event.key];
        if (direction === undefined) return;
        turnBy(direction);
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [pageCount, turnTo, turnBy]);
}
