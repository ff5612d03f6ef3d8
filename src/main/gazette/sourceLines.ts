/**
 * The common shape every reader (text, PDF, HTML) hands to structure recovery: visual lines in reading order with
 * page furniture already removed, plus what each reader knows about the layout.
 */
import type { Page } from '../../shared/model';

export interface SourceLine {
  /** Width-folded text (NFKC) with its spacing kept; leading indentation removed. */
  text: string;
  /** 1-based index into `pages`, or null when the source has no pages. */
  page: number | null;
  /** The line starts a paragraph by its indentation or by a blank line before it. */
  indent: boolean;
  /**
   * Whether the line runs to the right edge of its column, so that the paragraph may continue on the next line.
   * False for paragraph-per-line input (HTML, reflowed text); null when the layout does not tell.
   */
  full: boolean | null;
  /** Set when the reader recovered a table here; `text` then holds its cells, spaced, as a plain fallback. */
  table?: SourceTable;
}

/**
 * A table as a reader recovered it: cells row by row (`grid`), or, when the layout shows columns but its rows or
 * cells cannot be told apart reliably, the printed lines with their cell fragments (`grid: false`, kept as a
 * preformatted block). Either way it never reaches paragraph building as prose.
 */
export interface SourceTable {
  rows: string[][];
  grid: boolean;
}

/**
 * How much the layout tells: `geometry` (PDF: fullness and indentation measured, paragraphs start indented),
 * `text` (fullness estimated from widths, indentation mostly lost), `paragraphs` (one paragraph per line).
 */
export type LayoutKind = 'geometry' | 'text' | 'paragraphs';

export interface LineSource {
  lines: SourceLine[];
  layout: LayoutKind;
  pages: Page[];
  /** Running headers and first-page lines, searched for the gazette's name and issue number. */
  furniture: string[];
  /** Metadata read from the source itself (gov.cn pages have a table of it). */
  metadata?: SourceMetadata;
}

export interface SourceMetadata {
  title?: string;
  issuer?: string;
  docNumber?: string;
  signedOn?: string;
}

/** A bare page number as printed: `43`, `－ 7 －`, `—2—`, `- 12 -`, `第 3 页`. Input is width-folded. */
const PAGE_NUMBER =
  /^\s*(?:[-—–－―]\s*)?(\d{1,4})(?:\s*[-—–－―])?\s*$|^\s*第\s*(\d{1,4})\s*页(?:\s*共\s*\d+\s*页)?\s*$/u;

export function pageNumberOf(text: string): string | null {
  const match = PAGE_NUMBER.exec(text);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

const GAZETTE_ISSUE = String.raw`([\u4e00-\u9fff]{2,16}公报)\s*[(（]?\s*(\d{4})\s*年\s*第\s*([\d/／、-]+)\s*期\s*[)）]?`;

/** A gazette's name and issue written as one (`济南市人民政府公报 (2022年第12/13期)`). Input is width-folded. */
export const GAZETTE_ISSUE_NAME = new RegExp(`(?:[\\u4e00-\\u9fff]*文件)?${GAZETTE_ISSUE}`, 'u');

/**
 * A line that is only a running header: the name and issue, at most a section label (`市政府办公厅文件`) before it
 * and a page number on either side. Anchored: a sentence that cites a gazette issue is body text.
 */
const RUNNING_HEADER_LINE = new RegExp(
  String.raw`^(?:\d{1,4}\s+)?(?:[一-鿿]{2,20}文件\s*|[一-鿿]{2,20}\s+)?${GAZETTE_ISSUE}(?:\s+\d{1,4})?$`,
  'u',
);

/** The name and issue when `text` is shaped like a running header, else null: `济南市人民政府公报|2022|12/13`. */
export function runningHeaderKey(text: string): string | null {
  const match = RUNNING_HEADER_LINE.exec(text.trim());
  return match ? `${match[1]}|${match[2]}|${match[3]}` : null;
}
