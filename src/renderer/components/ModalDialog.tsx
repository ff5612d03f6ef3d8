/**
 * A modal dialog on the native <dialog>: the page behind it is inert, Tab and Shift+Tab go round its own controls
 * only, Esc closes it, and focus goes back where it was. The element marked `data-autofocus` gets focus first.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  labelledBy: string;
  className: string;
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      !element.matches(':disabled') &&
      element.getClientRects().length > 0 &&
      // Of a radio group only the checked one is a Tab stop (the first one when none is).
      !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked),
  );
}

export function ModalDialog({ labelledBy, className, onClose, children }: Props): ReactNode {
  const ref = useRef<HTMLDialogElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.close();
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);

  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab' || !ref.current) return;
    const list = focusables(ref.current);
    const first = list[0];
    const last = list.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`modal ${className}`}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        // Esc: React decides when the dialog goes, so its state and the element never disagree.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={keepFocusInside}
    >
      {children}
    </dialog>
  );
}
