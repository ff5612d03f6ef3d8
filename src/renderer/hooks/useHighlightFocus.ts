/**
 * The highlights on the shown page, reachable from the keyboard: Tab reaches them as one stop (a roving tabindex:
 * the page's current highlight is in the tab order, the others are one ↓ / ↑ away), Enter or Space opens one, and
 * each announces its colour, its passage and the start of its note. One stop per page rather than one per
 * highlight, so a page with many highlights does not trap Tab. The marks belong to React's render of the text;
 * this only lends the first mark of each highlight on the page the attributes that make it a control, and takes
 * them back when the page or the highlights change.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Annotation } from '../../shared/annotations/annotation';

interface Options {
  stripRef: RefObject<HTMLElement | null>;
  /** Changes whenever the shown page or the marks on it may have changed. */
  layout: unknown;
  byId: ReadonlyMap<string, Annotation>;
  /** Its spoken name, given the text of the mark that stands for it (the name must contain what is seen). */
  describe: (annotation: Annotation, shownText: string) => string;
  onOpen: (annotation: Annotation, mark: HTMLElement) => void;
}

const LENT = 'data-highlight-control';

/** The first mark of each highlight whose first line is on the shown page, in reading order. */
function controlsOnPage(strip: HTMLElement): HTMLElement[] {
  const viewport = strip.closest('.sheet-viewport')?.getBoundingClientRect();
  if (!viewport) return [];
  const seen = new Set<string>();
  const controls: HTMLElement[] = [];
  for (const mark of strip.querySelectorAll<HTMLElement>('mark.hl[data-annotation-id]')) {
    const id = mark.dataset.annotationId ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    const first = mark.getClientRects()[0];
    if (first && first.left >= viewport.left - 1 && first.right <= viewport.right + 1) controls.push(mark);
  }
  return controls;
}

function takeBack(strip: HTMLElement): void {
  for (const mark of strip.querySelectorAll<HTMLElement>(`[${LENT}]`)) {
    for (const name of [LENT, 'tabindex', 'role', 'aria-label']) mark.removeAttribute(name);
  }
}

export function useHighlightFocus({ stripRef, layout, byId, describe, onOpen }: Options): {
  onKeyDown: (event: KeyboardEvent) => void;
  /** A highlight focused by a click becomes the page's current one. */
  onFocus: (target: EventTarget) => void;
  /** After a popover opened from the keyboard closes: focus back on its highlight, when it is still there. */
  refocus: () => void;
} {
  const activeId = useRef<string | null>(null);
  const controls = useRef<HTMLElement[]>([]);

  useEffect(() => {
    const strip = stripRef.current;
    if (!strip) return;
    const hadFocus = document.activeElement instanceof HTMLElement && document.activeElement.hasAttribute(LENT);
    takeBack(strip);
    const onPage = controlsOnPage(strip).filter((mark) => byId.has(mark.dataset.annotationId ?? ''));
    controls.current = onPage;
    const active = onPage.find((mark) => mark.dataset.annotationId === activeId.current) ?? onPage[0];
    activeId.current = active?.dataset.annotationId ?? null;
    for (const mark of onPage) {
      const annotation = byId.get(mark.dataset.annotationId ?? '');
      if (!annotation) continue;
      mark.setAttribute(LENT, '');
      mark.setAttribute('role', 'button');
      mark.setAttribute('tabindex', mark === active ? '0' : '-1');
      mark.setAttribute('aria-label', describe(annotation, mark.textContent));
    }
    // Focus on a highlight of the page just left moves to one of this page.
    if (hadFocus && active && document.activeElement !== active) active.focus();
  }, [stripRef, layout, byId, describe]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const mark = event.target instanceof HTMLElement && event.target.hasAttribute(LENT) ? event.target : null;
      if (!mark) return;
      const at = controls.current.indexOf(mark);
      if (event.key === 'Enter' || event.key === ' ') {
        const annotation = byId.get(mark.dataset.annotationId ?? '');
        if (!annotation) return;
        event.preventDefault();
        activeId.current = annotation.id;
        onOpen(annotation, mark);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = controls.current[at + (event.key === 'ArrowDown' ? 1 : -1)];
        next?.focus();
      }
    },
    [byId, onOpen],
  );

  const onFocus = useCallback((target: EventTarget) => {
    if (!(target instanceof HTMLElement) || !target.hasAttribute(LENT)) return;
    for (const control of controls.current) control.setAttribute('tabindex', control === target ? '0' : '-1');
    activeId.current = target.dataset.annotationId ?? null;
  }, []);

  const refocus = useCallback(() => {
    const active = controls.current.find((mark) => mark.dataset.annotationId === activeId.current);
    if (active?.isConnected) active.focus();
  }, []);

  return { onKeyDown, onFocus, refocus };
}
