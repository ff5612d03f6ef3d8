/**
 * Page geometry for the paginated reader. A page is one CSS column: the document flows into columns of the page's
 * width, and turning a page shifts the column strip by one column plus the gap. These are the numbers; the DOM
 * measuring lives in hooks/usePagination.ts.
 */

export interface PageGeometry {
  /** The sheet, padding included. */
  sheetWidth: number;
  sheetHeight: number;
  padding: number;
  /** The text area: one column. */
  columnWidth: number;
  columnHeight: number;
  gap: number;
}

/** Line height as a multiple of the font size (styles.css uses the same number for the body text). */
export const LINE_HEIGHT = 1.9;
/** At most this many characters to a line, like a printed 公文 (28 characters) with some slack. */
const MAX_CHARACTERS_PER_LINE = 34;

export function pageGeometry(frameWidth: number, frameHeight: number, fontSize: number): PageGeometry {
  const padding = Math.round(Math.max(16, Math.min(56, fontSize * 2.5, frameWidth * 0.06)));
  const sheetWidth = Math.max(160, Math.floor(Math.min(frameWidth, fontSize * MAX_CHARACTERS_PER_LINE + 2 * padding)));
  const columnWidth = sheetWidth - 2 * padding;
  // A whole number of lines, and the sheet fitted to them, so the bottom margin matches the top one.
  const lineHeight = fontSize * LINE_HEIGHT;
  const lines = Math.max(3, Math.floor((frameHeight - 2 * padding) / lineHeight));
  const columnHeight = Math.floor(lines * lineHeight);
  const sheetHeight = columnHeight + 2 * padding;
  return { sheetWidth, sheetHeight, padding, columnWidth, columnHeight, gap: 2 * padding };
}

/** The page (0-based) that a horizontal position inside the column strip falls on. */
export function pageAtX(x: number, geometry: Pick<PageGeometry, 'columnWidth' | 'gap'>): number {
  return Math.max(0, Math.floor((x + 1) / (geometry.columnWidth + geometry.gap)));
}

export function clampPage(page: number, pageCount: number): number {
  return Math.min(Math.max(0, page), Math.max(0, pageCount - 1));
}
