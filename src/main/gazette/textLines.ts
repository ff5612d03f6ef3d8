/**
 * Extracted plain text → source lines. Text files carry no geometry, so page furniture is recognised by its
 * shape (bare numbers, the gazette's running header) and line fullness is judged from display width against the
 * neighbouring lines: a two-column gazette wraps at ~18 characters, a full-width box at ~38.
 */
import { foldWidth } from '../../shared/text/normalize';
import type { Page } from '../../shared/model';
import { findPageChrome } from './webPageText';
import { type LineSource, type SourceLine, pageNumberOf, runningHeaderKey } from './sourceLines';

interface RawLine {
  text: string;
  indent: boolean;
  width: number;
  page: number | null;
}

/**
 * Display width in ideograph units. “”—…○«» and ASCII punctuation count as one (extraction put the ASCII marks where
 * the print had full-width ones); other ASCII counts as half.
 */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.trim()) {
    if (char >= '\u2e80' || /[\u2010-\u27ff«»,.:;()!?]/u.test(char)) width += 1;
    else width += 0.5;
  }
  return width;
}

const TERMINAL = /[。；：！？.;:!?]$/u;

/** Paragraph-per-line input: lines are long, or most end a sentence. */
function isReflowed(lines: RawLine[]): boolean {
  if (lines.length === 0) return false;
  const widths = lines.map((line) => line.width).sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? 0;
  const ending = lines.filter((line) => TERMINAL.test(line.text)).length;
  return median > 42 || ending > lines.length * 0.55;
}

/**
 * Lines whose width reaches what their neighbours reach: the column's right edge. The slack of three characters
 * covers a paragraph's first line, whose two-character indent extraction dropped, and neighbours that look wider
 * than they printed because punctuation is set half-width in print (`。（` side by side).
 */
function markFull(lines: RawLine[]): boolean[] {
  // Contents lists and rosters are all short lines: never "full" however alike they are.
  const widths = lines.map((line) => line.width).sort((a, b) => a - b);
  const floor = Math.max(8, (widths[Math.floor(widths.length / 2)] ?? 0) * 0.75);
  return lines.map((line, index) => {
    const window = lines.slice(Math.max(0, index - 5), index + 6).map((other) => other.width);
    window.sort((a, b) => b - a);
    // The median neighbour: most lines are full, and bracket-crowded lines count wider than they print.
    const reference = window[Math.floor(window.length / 2)] ?? line.width;
    return line.width >= Math.max(reference - 3, floor);
  });
}

export function readTextLines(text: string): LineSource {
  const physical = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const nonBlank = physical.filter((line) => line.trim().length > 0).length;
  // Extractors either put a blank line after every line (then blanks mean nothing) or only between paragraphs.
  const blanksAreBreaks = physical.length - nonBlank < nonBlank * 0.6;

  // Without geometry a running header is known by its shape and by coming back: one such line may be a cover.
  const headerCounts = new Map<string, number>();
  for (const line of physical) {
    const key = runningHeaderKey(foldWidth(line));
    if (key !== null) headerCounts.set(key, (headerCounts.get(key) ?? 0) + 1);
  }
  const chrome = findPageChrome(physical);
  const pages: Page[] = [];
  const furniture: string[] = [];
  const raw: RawLine[] = [];
  let blankBefore = false;
  for (const [position, physicalLine] of physical.entries()) {
    if (chrome?.drop.has(position)) continue;
    const [titleFrom, titleTo] = chrome?.title ?? [-1, -1];
    if (position > titleFrom && position <= titleTo) continue;
    // A window title wrapped over lines is read as the one line it is.
    const line =
      position === titleFrom
        ? physical
            .slice(titleFrom, titleTo + 1)
            .map((part) => part.trim())
            .join('')
        : physicalLine;
    const folded = foldWidth(line.replace(/\t/gu, ' '));
    const trimmed = folded.trim();
    if (trimmed.length === 0) {
      blankBefore = true;
      continue;
    }
    const printed = pageNumberOf(trimmed);
    const previous = raw.at(-1);
    // `附件` / `1` / `非洲猪瘟监测计划`: the number is the attachment's, split off its label, not a page number.
    if (printed !== null && previous && /^附\s*件$/u.test(previous.text)) {
      previous.text += printed;
      continue;
    }
    if (printed !== null) {
      pages.push({ index: pages.length + 1, printed });
      continue;
    }
    const header = runningHeaderKey(trimmed);
    if (header !== null && (headerCounts.get(header) ?? 0) >= 2) {
      furniture.push(trimmed);
      continue;
    }
    // Two ideographic spaces (folded to two spaces) are a paragraph indent; a single leading space is an artefact.
    const indent = /^\s{2,}/u.test(folded);
    raw.push({
      text: trimmed,
      indent: indent || (blanksAreBreaks && blankBefore),
      width: displayWidth(line),
      page: pages.length + 1,
    });
    blankBefore = false;
  }
  const lastIndex = pages.length + 1;
  if (pages.length > 0 && raw.some((line) => line.page === lastIndex)) {
    pages.push({ index: lastIndex, printed: null });
  }
  // Text saved from a web page has one paragraph per line, however short its lines are.
  const reflowed = chrome !== null || isReflowed(raw);
  const full = reflowed ? raw.map(() => false) : markFull(raw);
  const lines: SourceLine[] = raw.map((line, index) => ({
    text: line.text,
    page: pages.length > 0 ? line.page : null,
    indent: line.indent,
    full: full[index] ?? null,
  }));
  const layout = reflowed ? 'paragraphs' : 'text';
  return { lines, pages, furniture, layout, ...(chrome ? { metadata: chrome.metadata } : {}) };
}
