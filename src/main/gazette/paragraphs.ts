/**
 * Visual lines → paragraphs. A line continues into the next unless something ends the paragraph: the line stops
 * short of the column edge, ends a sentence, or the next line is indented or is a line that always stands alone
 * (发文字号, a date, 附件). A full line never ends a paragraph just because the next one *looks* like a heading:
 * `坚持安全第` + `一、预防为主…` is one sentence.
 */
import { DOT_LEADER_ENTRY } from './contents';
import { isDateLine } from './dates';
import { APPENDED_TITLE, docNumberLine, genreOf, titleWithDocNumber } from './headerLines';
import { matchHeading, RUN_IN_MAX } from './headings';
import type { LayoutKind, SourceLine, SourceTable } from './sourceLines';

export interface Paragraph {
  /** Width-folded text with its original spacing, lines joined. Headings are read from this. */
  raw: string;
  /** The paragraph's lines, kept for boxes whose text is tabular. */
  lines: string[];
  page: number | null;
  indent: boolean;
  /** A recovered table: a paragraph of its own that takes no part in heading, title or 文号 recognition. */
  table?: SourceTable;
}

/** 。：！？ end a paragraph at a line end; ； does only before a numbered item (prose wraps after ； freely). */
const ENDS_SENTENCE = /(?:[。：！？:!?]|[^\d.]\.)\s*$/u;
export const PRINTED_LINE = /^[(（].*印发\s*[)）]$/u;
export const ATTACHMENT_LABEL = /^附\s*件\s*([\d一二三四五六七八九十]*)$/u;
/** The 附件： list after the body (`附件：1.甲 2.乙`). */
export const ATTACHMENT_LIST = /^附\s*件\s*[:：]/u;
/** A row of a roster or table: cells aligned with runs of (ideographic) spaces. */
const ALIGNED_ROW = /\S {2,}\S/u;
/** A letter-spaced line (`国 家 能 源 局`): a signature or a centred heading, set on a line of its own. */
const LETTER_SPACED = /^(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff]$/u;

/** Lines that are a paragraph of their own whatever their width. */
function standsAlone(text: string): boolean {
  return (
    isDateLine(text) ||
    PRINTED_LINE.test(text) ||
    ATTACHMENT_LABEL.test(text) ||
    ALIGNED_ROW.test(text) ||
    LETTER_SPACED.test(text) ||
    /^目\s*录$/u.test(text) ||
    DOT_LEADER_ENTRY.test(text) ||
    docNumberLine(text) !== null ||
    titleWithDocNumber(text) !== null
  );
}

/** The start of a numbered heading or item: `一、`, `（一）`, `1.`, `（1）`, `1.1`. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、，]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:\.\d{1,2})*[.、\s])/u;
/** A heading alone on its line: a label and words without any punctuation. */
const BARE_HEADING =
  /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}(?:\.\d{1,2})*\s)[^,，.。:：;；]*$/u;

const CHAPTER_LINE = /^第\s*[一二三四五六七八九十百零〇\d]+\s*[章节]\s*[^。；，,;：:.]{1,30}$/u;
const BARE_LEVEL1 = /^[一二三四五六七八九十]+、[^,，.。:：;；]*$/u;

function completesHeading(heading: string, next: SourceLine): boolean {
  if (next.full === false && /[;；.。]$/u.test(next.text)) return true;
  const end = next.text.search(/[。：:.]/u);
  return end >= 0 && heading.replace(/^[^、]+、/u, '').length + end <= RUN_IN_MAX;
}

/**
 * Breaks an extractor made inside a sentence before a run of digits, Latin or a quotation (`每月` / `20日前`,
 * `家禽` / `H5和H7亚型`), where one paragraph per line leaves no other reason to break after a bare ideograph.
 */
function isSplitDebris(previous: SourceLine, next: SourceLine, layout: LayoutKind): boolean {
  if (previous.table || next.table || standsAlone(next.text) || ATTACHMENT_LIST.test(next.text)) return false;
  return (
    layout === 'paragraphs' &&
    /[\u4e00-\u9fff]$/u.test(previous.text) &&
    /^[0-9A-Za-z“]/u.test(next.text) &&
    !NUMBERED.test(next.text) &&
    matchHeading(next.text) === null &&
    matchHeading(previous.text) === null &&
    !standsAlone(previous.text)
  );
}

function continues(previous: SourceLine, next: SourceLine, layout: LayoutKind): boolean {
  if (isSplitDebris(previous, next, layout)) return true;
  if (next.indent || previous.full === false || previous.table || next.table) return false;
  if (standsAlone(previous.text) || standsAlone(next.text) || ATTACHMENT_LIST.test(next.text)) return false;
  // A 第X章/第X节 heading is a line of its own, even after a full line ending a sentence.
  if (CHAPTER_LINE.test(next.text)) return false;
  // Measured layout: a full line followed by an unindented one is the same paragraph, whatever its last mark.
  if (layout === 'geometry') return true;
  if (ENDS_SENTENCE.test(previous.text)) return false;
  // A title line (`…关于…的通知`) is complete, unless the next line ends a nested title (`…的通知》` / `的通知`).
  if (/关于[^。；，,;：:]*$/u.test(previous.text) && genreOf(previous.text) !== null && !/^的/u.test(next.text)) {
    return false;
  }
  if (APPENDED_TITLE.test(previous.text)) return false;
  // `…各区县政府)` + `(二)支持…`: a closing bracket or ； then a label is a new item, never one sentence.
  if (/[)）;；]$/u.test(previous.text) && NUMBERED.test(next.text)) return false;
  // An indented heading with no punctuation is complete even when it happens to fill the line.
  if (previous.indent && BARE_HEADING.test(previous.text)) return false;
  // So is a bare `一、…` line, unless the next line completes it: the short tail of a wrapped list item
  // (`新模式；`) or the rest of a run-in heading (`…有限公` + `司济南站：采取…`).
  // A numbered line after it (`（一）建立机制。…`) is its first sub-heading, never the rest of its words.
  if (BARE_LEVEL1.test(previous.text) && (NUMBERED.test(next.text) || !completesHeading(previous.text, next))) {
    return false;
  }
  return true;
}

function joinLines(left: string, right: string): string {
  // Only Latin words need a space between lines; Chinese and numbers join directly.
  return /[A-Za-z]$/u.test(left) && /^[A-Za-z]/u.test(right) ? `${left} ${right}` : left + right;
}

/**
 * Lines an extractor broke inside a bracket, joined before anything is judged: after an opening bracket (`（` /
 * `2021—2025年）`), and before a 文号's year bracket (`卫医发` / `〔2001〕169号`), so that the whole 文号 is seen.
 */
function joinBracketSplits(lines: readonly SourceLine[]): SourceLine[] {
  const joined: SourceLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const split =
      previous !== undefined &&
      !previous.table &&
      !line.table &&
      (/[（(〔［[【《“﹝]$/u.test(previous.text) ||
        (/[\u4e00-\u9fff]$/u.test(previous.text) && /^[〔［[【﹝]\s*\d{4}\s*[〕］\]】﹞]/u.test(line.text)));
    if (split)
      joined[joined.length - 1] = {
        ...line,
        text: previous.text + line.text,
        page: previous.page,
        indent: previous.indent,
      };
    else joined.push(line);
  }
  return joined;
}

export function buildParagraphs(sourceLines: readonly SourceLine[], layout: LayoutKind): Paragraph[] {
  const lines = joinBracketSplits(sourceLines);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (current !== null && previous !== null && continues(previous, line, layout)) {
      current.raw = joinLines(current.raw, line.text);
      current.lines.push(line.text);
    } else {
      current = { raw: line.text, lines: [line.text], page: line.page, indent: line.indent };
      if (line.table) current.table = line.table;
      paragraphs.push(current);
    }
    previous = line;
  }
  return paragraphs;
}
