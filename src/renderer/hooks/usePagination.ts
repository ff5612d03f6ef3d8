/**
 * The paginated reader's state. The position is an anchor — a canonical-text offset — and the page is derived from
 * it after every layout (window resize, font size, 单页/双页, a new document), so re-pagination keeps the reader on
 * the same passage: the anchor stays on screen. Turning a page (or a spread) moves the anchor to the first
 * character the sheet then shows; a jump (search hit, 目录, saved position) to its target. A re-layout leaves the
 * anchor where it is, so a round trip (A+ then A−, 1920 → 1024 → 1920 px, 双页 → 单页 → 双页) returns to the very
 * page it left, rather than creeping back a page each time. In a spread, `page` is its left page.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { PageLayout } from '../../shared/api';
import type { Block } from '../../shared/model';
import { countPages, offsetAtPageStart, pageOfElement, pageOfOffset, type ColumnStrip } from '../columnMeasure';
import { clampPage, pageGeometry, type PageGeometry } from '../logic/pageGeometry';
import { pagesShownFor, viewStart } from '../logic/spreadLayout';
import { endMeasureAfterPaint, startMeasure } from '../perf';

export interface Pagination {
  geometry: PageGeometry | null;
  /** The first page shown (0-based): the page, or the left page of the spread. */
  page: number;
  pageCount: number;
  anchor: number;
  /** Shows the page (0-based), or the spread that holds it. */
  turnTo: (page: number) => void;
  /** The next (1) or previous (-1) page or spread. */
  turnBy: (direction: 1 | -1) => void;
  goToOffset: (offset: number) => void;
  /** Turns to the page of an element in the strip, e.g. a link the Tab key reached on another page. */
  turnToElement: (element: Element) => void;
  /** The page (0-based) an offset is on in the current layout. */
  pageOf: (offset: number) => number;
}

interface Layout {
  page: number;
  pageCount: number;
  anchor: number;
}

function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (): void => {
      // The content box: the frame's padding is the margin around the sheet.
      const style = getComputedStyle(element);
      const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const height = element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      setSize((previous) => {
        if (
          previous &&
          Math.round(previous.width) === Math.round(width) &&
          Math.round(previous.height) === Math.round(height)
        ) {
          return previous;
        }
        if (previous) startMeasure('gazette:resize-repaginate');
        return { width, height };
      });
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return size;
}

/** Bumps when the browser finishes loading fonts, which can change line breaks and so the pages. */
function useFontsVersion(): number {
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    const bump = (): void => {
      setVersion((previous) => previous + 1);
    };
    document.fonts.addEventListener('loadingdone', bump);
    return () => {
      document.fonts.removeEventListener('loadingdone', bump);
    };
  }, []);
  return version;
}

export function usePagination(
  frameRef: RefObject<HTMLElement | null>,
  stripRef: RefObject<HTMLElement | null>,
  blocks: readonly Block[],
  fontSize: number,
  pageLayout: PageLayout,
  initialOffset: number,
): Pagination {
  const frame = useElementSize(frameRef);
  const geometry = useMemo(
    () =>
      frame
        ? pageGeometry(frame.width, frame.height, fontSize, pagesShownFor(pageLayout, frame.width, fontSize))
        : null,
    [frame, fontSize, pageLayout],
  );
  const [layout, setLayout] = useState<Layout>({ page: 0, pageCount: 1, anchor: initialOffset });
  // Mirrors `layout` between renders, so several key presses within one frame each turn a page.
  const layoutRef = useRef(layout);
  const anchorRef = useRef(initialOffset);
  const hasLaidOut = useRef(false);
  const fontsVersion = useFontsVersion();

  const commit = useCallback((next: Layout) => {
    layoutRef.current = next;
    setLayout(next);
  }, []);

  const strip = useCallback((): ColumnStrip | null => {
    const element = stripRef.current;
    return element && geometry ? { element, blocks, geometry } : null;
  }, [stripRef, geometry, blocks]);

  // After the strip takes its new size (before paint): count pages and find the anchor's page again.
  useLayoutEffect(() => {
    const current = strip();
    if (!current) return;
    const pageCount = countPages(current);
    const page = viewStart(pageOfOffset(current, anchorRef.current), current.geometry.pagesShown, pageCount);
    commit({ page, pageCount, anchor: anchorRef.current });
    if (!hasLaidOut.current) {
      hasLaidOut.current = true;
      endMeasureAfterPaint('gazette:open-document');
    }
    endMeasureAfterPaint('gazette:repaginate');
    endMeasureAfterPaint('gazette:resize-repaginate');
  }, [strip, commit, fontsVersion]);

  const turnTo = useCallback(
    (target: number) => {
      const current = strip();
      const previous = layoutRef.current;
      if (!current) return;
      const page = viewStart(target, current.geometry.pagesShown, previous.pageCount);
      if (page === previous.page) return;
      startMeasure('gazette:page-turn');
      const anchor = offsetAtPageStart(current, page);
      anchorRef.current = anchor;
      commit({ ...previous, page, anchor });
    },
    [strip, commit],
  );

  const turnBy = useCallback(
    (direction: 1 | -1) => {
      const next = layoutRef.current.page + direction * (geometry?.pagesShown ?? 1);
      if (next >= 0 && next < layoutRef.current.pageCount) turnTo(next);
    },
    [geometry, turnTo],
  );

  const goToOffset = useCallback(
    (offset: number) => {
      anchorRef.current = offset;
      const current = strip();
      if (!current) return;
      const previous = layoutRef.current;
      const page = viewStart(pageOfOffset(current, offset), current.geometry.pagesShown, previous.pageCount);
      commit({ ...previous, page, anchor: offset });
    },
    [strip, commit],
  );

  const turnToElement = useCallback(
    (element: Element) => {
      const current = strip();
      if (current) turnTo(pageOfElement(current, element));
    },
    [strip, turnTo],
  );

  const pageOf = useCallback(
    (offset: number) => {
      const current = strip();
      return current ? clampPage(pageOfOffset(current, offset), layoutRef.current.pageCount) : 0;
    },
    [strip],
  );

  useLayoutEffect(() => {
    endMeasureAfterPaint('gazette:page-turn');
  }, [layout.page]);

  return { geometry, ...layout, turnTo, turnBy, goToOffset, turnToElement, pageOf };
}
