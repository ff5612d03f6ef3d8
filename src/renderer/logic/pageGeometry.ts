/**
 * Page geometry for the paginated reader. A page is one CSS column: the document flows into columns of the page's
 * width, and turning a page shifts the column strip by one column plus the gap. A spread (双页) shows two columns
 * on one sheet, the gap between them being the two pages' inner margins. These are the numbers; the DOM measuring
 * lives in hooks/usePagination.ts.
 */

export type PagesShown = 1 | 2;

export interface PageGeometry {
  /** 1, or 2 in a spread. */
  pagesShown: PagesShown;
  /** The sheet, margins included: it takes the whole height of the frame. */
  sheetWidth: number;
  sheetHeight: number;
  /** The sheet's left and right margin (the strip's gap between pages is twice this). */
  padding: number;
  /** The top and bottom margins share what is left of the height after the whole lines. */
  paddingTop: number;
  paddingBottom: number;
  /** The text area: one column, exactly `lines` body lines tall. */
  columnWidth: number;
  columnHeight: number;
  /** The window onto the strip: the pages shown and the gaps between them. */
  viewportWidth: number;
  lines: number;
  gap: number;
}

/** Line height as a multiple of the font size (styles.css uses the same number for the body text). */
export const LINE_HEIGHT = 1.9;
/** At most this many characters to a line, like a printed 公文 (28 characters) with some slack. */
const MAX_CHARACTERS_PER_LINE = 34;
/**
 * A spread only where each of its pages still holds a 公文 line, 28 characters (GB/T 9704): narrower pages make
 * more turns and ragged lines for no gain over one page.
 */
const MIN_SPREAD_CHARACTERS_PER_LINE = 28;
/**
 * Chromium snaps each line box to 1/64 px, so n lines can measure a hair more than n × line height; a column cut
 * to exactly that product drops its last line (13 lines of 34.2 px need 444.6 px, a 444 px column holds 12).
 */
const LINE_BOX_SLACK = 1;

const sheetPadding = (frameWidth: number, fontSize: number): number =>
  Math.round(Math.max(16, Math.min(56, fontSize * 2.5, frameWidth * 0.06)));

/** Whether two pages of at least a 公文 line each, with their margins, fit side by side in the frame. */
export function spreadFits(frameWidth: number, fontSize: number): boolean {
  const padding = sheetPadding(frameWidth, fontSize);
  return Math.floor(frameWidth) >= 2 * fontSize * MIN_SPREAD_CHARACTERS_PER_LINE + 4 * padding;
}

export function pageGeometry(
  frameWidth: number,
  frameHeight: number,
  fontSize: number,
  pagesShown: PagesShown = 1,
): PageGeometry {
  const padding = sheetPadding(frameWidth, fontSize);
  const gap = 2 * padding;
  const widest = (Math.floor(frameWidth) - 2 * padding - (pagesShown - 1) * gap) / pagesShown;
  const columnWidth = Math.max(160 - 2 * padding, Math.floor(Math.min(widest, fontSize * MAX_CHARACTERS_PER_LINE)));
  const viewportWidth = pagesShown * columnWidth + (pagesShown - 1) * gap;
  const sheetWidth = viewportWidth + 2 * padding;
  // Top and bottom margins are smaller than the side ones: height is the scarce side of a landscape screen.
  const minimumMargin = Math.round(Math.max(12, Math.min(36, fontSize * 1.25)));
  const lineHeight = fontSize * LINE_HEIGHT;
  const height = Math.floor(frameHeight);
  const lines = Math.max(3, Math.floor((height - 2 * minimumMargin - LINE_BOX_SLACK) / lineHeight));
  const columnHeight = Math.ceil(lines * lineHeight + LINE_BOX_SLACK);
  const sheetHeight = Math.max(height, columnHeight + 2 * minimumMargin);
  const spare = sheetHeight - columnHeight - 2 * minimumMargin;
  const paddingTop = minimumMargin + Math.floor(spare / 2);
  return {
    pagesShown,
    sheetWidth,
    sheetHeight,
    padding,
    paddingTop,
    paddingBottom: sheetHeight - columnHeight - paddingTop,
    columnWidth,
    columnHeight,
    viewportWidth,
    lines,
    gap,
  };
}

/** The page (0-based) that a horizontal position inside the column strip falls on. */
export function pageAtX(x: number, geometry: Pick<PageGeometry, 'columnWidth' | 'gap'>): number {
  return Math.max(0, Math.floor((x + 1) / (geometry.columnWidth + geometry.gap)));
}

export function clampPage(page: number, pageCount: number): number {
  return Math.min(Math.max(0, page), Math.max(0, pageCount - 1));
}
