/**
 * Spread arithmetic for 双页. Pages pair from the first: 1–2, 3–4, …, the odd page on the left, as in Foliate,
 * Readest and calibre for reflowed text. A 公文 has no cover to stand alone on the right, and its first page holds
 * the title and the start of the text, which read on into page 2 beside it. A last page of an odd count is alone.
 * Pages stay the unit of position and of `第 N / M 页`; a view is the one page or the spread the sheet shows.
 */
import type { PageLayout } from '../../shared/api';
import { strings } from '../strings';
import { clampPage, spreadFits, type PagesShown } from './pageGeometry';

/** How many pages the sheet shows for the setting in a frame this wide. */
export function pagesShownFor(layout: PageLayout, frameWidth: number, fontSize: number): PagesShown {
  return layout !== 'single' && spreadFits(frameWidth, fontSize) ? 2 : 1;
}

/** 双页 was asked for, but the window is too narrow: one page is shown, and the reader says why. */
export function spreadFallsBack(layout: PageLayout, pagesShown: PagesShown): boolean {
  return layout === 'spread' && pagesShown === 1;
}

/** The first page (0-based) of the view that holds `page`, which is clamped to the document. */
export function viewStart(page: number, pagesShown: PagesShown, pageCount: number): number {
  const clamped = clampPage(page, pageCount);
  return clamped - (clamped % pagesShown);
}

/** The pages (0-based, inclusive) of the view that starts at `first`. */
export function shownPages(first: number, pagesShown: PagesShown, pageCount: number): { first: number; last: number } {
  return { first, last: Math.max(first, Math.min(first + pagesShown, pageCount) - 1) };
}

/** `第 3–4 / 59 页` for a spread, `第 59 / 59 页` for one page, numbered from 1. */
export function viewStatus(shown: { first: number; last: number }, pageCount: number): string {
  return shown.last > shown.first
    ? strings.spreadStatus(shown.first + 1, shown.last + 1, pageCount)
    : strings.pageStatus(shown.first + 1, pageCount);
}
