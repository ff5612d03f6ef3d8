/**
 * Finding where each document of an issue begins. The 发文字号 on its own line is the anchor: the title sits
 * right above it (wrapped over up to three lines) with the issuer above that, or — in notices printed the other
 * way round — right below it. An issue with no 发文字号 at all is one document.
 */
import { normalizeForReading } from '../../shared/text/normalize';
import type { Paragraph } from './paragraphs';
import { isDateLine } from './dates';
import { matchHeading, matchUnnumberedHeading } from './headings';
import { APPENDED_TITLE, docNumberLine, genreOf, titleWithDocNumber } from './headerLines';
import { ATTACHMENT_LABEL, PRINTED_LINE } from './paragraphs';

export interface DocumentSpan {
  /** Paragraph range [start, end). */
  start: number;
  end: number;
  /** Header paragraphs by role (indices into the paragraphs). */
  issuer: number[];
  title: number[];
  docNumber: number | null;
}

/** A line that could be part of a title: short, no sentence punctuation, not a date or number. */
export function isTitleLike(paragraph: Paragraph): boolean {
  const text = paragraph.raw.trim();
  return (
    paragraph.table === undefined &&
    text.length > 0 &&
    text.length <= 60 &&
    !/[。；：:;，,]/u.test(text.replace(/[(（][^)）]*[)）]/gu, '')) &&
    !/[.．]$/u.test(text) &&
    !isDateLine(text) &&
    !PRINTED_LINE.test(text) &&
    docNumberLine(text) === null
  );
}

/** 济南市人民政府, 济南市人民政府办公厅, 国务院, 国家卫生健康委员会 …: an organisation, not a title. */
export function isIssuerLikeText(raw: string): boolean {
  const text = raw.replace(/\s+/gu, '');
  return (
    text.length <= 40 &&
    !text.startsWith('关于') &&
    /(?:政府|办公厅|办公室|委员会|国务院|部|局|厅|委|院|署|会|中心|机制|小组|组)$/u.test(text)
  );
}

/** 主送机关: a short line ending with ： that is neither a sentence, a lead-in (`…如下：`) nor a heading. */
export function isAddressee(paragraph: Paragraph): boolean {
  const text = normalizeForReading(paragraph.raw);
  return (
    text.endsWith('：') &&
    text.length <= 120 &&
    !text.includes('。') &&
    !/如下：$/u.test(text) &&
    !/^(?:为|根据|按照|经|现)/u.test(text) &&
    matchHeading(paragraph.raw) === null
  );
}

/**
 * Documents of a compilation that prints no 发文字号, found by the shape of a 公文: title lines ending with a 文种
 * right above an addressee, once the document before has closed with its 成文日期. An appended 说明 or 解读 has
 * no addressee: see `splitAppended`.
 */
function shapeSpans(paragraphs: readonly Paragraph[]): DocumentSpan[] {
  const spans: DocumentSpan[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.table !== undefined || !isAddressee(paragraph)) return;
    const title: number[] = [];
    for (let at = index - 1; at >= 0 && title.length < 4; at--) {
      const line = paragraphs[at];
      if (!line || !isTitleLike(line)) break;
      title.unshift(at);
    }
    const issuer = title.length > 1 && isIssuerLikeText(paragraphs[title[0] ?? 0]?.raw ?? '') ? title.splice(0, 1) : [];
    const text = normalizeForReading(title.map((at) => paragraphs[at]?.raw ?? '').join(''));
    const start = issuer[0] ?? title[0];
    if (start === undefined || genreOf(text) === null) return;
    // The document before must have closed with its 成文日期 (what follows that date and has no title and addressee
    // of its own, a 说明 or 解读, stays with it).
    const previous = spans.at(-1);
    const closed = paragraphs.slice(previous?.end ?? 0, start).some((line) => isDateLine(line.raw.trim()));
    if (previous && !closed) return;
    spans.push({ start, end: index, issuer, title, docNumber: null });
  });
  return spans;
}

function headerAround(paragraphs: readonly Paragraph[], anchor: number, floor: number, glued: boolean): DocumentSpan {
  const above: number[] = [];
  for (let index = anchor - 1; index >= floor && above.length < 5; index--) {
    const paragraph = paragraphs[index];
    if (!paragraph || !isTitleLike(paragraph)) break;
    above.unshift(index);
  }
  const issuer: number[] = [];
  const title: number[] = [];
  for (const index of above) {
    const paragraph = paragraphs[index];
    if (paragraph && title.length === 0 && isIssuerLikeText(paragraph.raw)) issuer.push(index);
    else title.push(index);
  }
  if (glued)
    return { start: above[0] ?? anchor, end: anchor + 1, issuer, title: [...title, anchor], docNumber: anchor };
  if (title.length > 0) {
    return { start: above[0] ?? anchor, end: anchor + 1, issuer, title, docNumber: anchor };
  }
  // Number first, title below (联防联控机制综发〔2022〕71号 / 关于印发…的通知).
  const below: number[] = [];
  for (let index = anchor + 1; index < paragraphs.length && below.length < 3; index++) {
    const paragraph = paragraphs[index];
    if (!paragraph || !isTitleLike(paragraph)) break;
    below.push(index);
  }
  return { start: above[0] ?? anchor, end: (below.at(-1) ?? anchor) + 1, issuer, title: below, docNumber: anchor };
}

/** The leading title of a document without a 发文字号: its first title-like lines. */
function leadingTitle(paragraphs: readonly Paragraph[], start: number, end: number): number[] {
  const title: number[] = [];
  for (let index = start; index < end && title.length < 3; index++) {
    const paragraph = paragraphs[index];
    // A title never runs into a printed 目录 or a heading (`1 总则`, `序 言`).
    if (
      !paragraph ||
      !isTitleLike(paragraph) ||
      /^[一二三四五六七八九十\d]+[、.]/u.test(paragraph.raw) ||
      /^目\s*录$/u.test(paragraph.raw.trim()) ||
      matchHeading(paragraph.raw) !== null ||
      (index > start && matchUnnumberedHeading(paragraph.raw) !== null)
    ) {
      break;
    }
    title.push(index);
  }
  return title;
}

/** A title as compared with the one a source's metadata names: read normally, without any spaces. */
export const squeezed = (text: string): string => normalizeForReading(text).replace(/\s+/gu, '');

/**
 * The paragraphs (one to three, among the first dozen) that print the title the source's metadata names: a page's
 * window title or a Markdown file's front matter. Whatever stands above them is a note before the document.
 */
function hintedTitle(paragraphs: readonly Paragraph[], hint: string): number[] | null {
  const wanted = squeezed(hint);
  if (wanted.length === 0) return null;
  for (let start = 0; start < Math.min(paragraphs.length, 12); start++) {
    let joined = '';
    for (let end = start; end < Math.min(paragraphs.length, start + 3); end++) {
      joined += squeezed(paragraphs[end]?.raw ?? '');
      if (joined === wanted) return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
      if (!wanted.startsWith(joined)) break;
    }
  }
  return null;
}

/** A signature line right above a 成文日期. */
function isSignedAt(paragraphs: readonly Paragraph[], at: number): boolean {
  const signature = paragraphs[at];
  return (
    signature !== undefined &&
    isTitleLike(signature) &&
    isIssuerLikeText(signature.raw) &&
    isDateLine(paragraphs[at + 1]?.raw.trim() ?? '')
  );
}

/**
 * The appended part starting at `start`, after a document's 成文日期, when it carries its own title and signature:
 * title lines (after an 附件 label, or a 说明/解读 title), body, then a signature (the last one before the document
 * ends is at `lastSigned`).
 */
function appendedPart(
  paragraphs: readonly Paragraph[],
  start: number,
  end: number,
  lastSigned: number,
): DocumentSpan | null {
  const labelled = ATTACHMENT_LABEL.test(paragraphs[start]?.raw.trim() ?? '');
  const titleStart = labelled ? start + 1 : start;
  const title = leadingTitle(paragraphs, titleStart, Math.min(end, titleStart + 3));
  const text = normalizeForReading(title.map((at) => paragraphs[at]?.raw ?? '').join(''));
  if (title.length === 0 || (!labelled && !APPENDED_TITLE.test(text))) return null;
  return lastSigned > titleStart + title.length ? { start, end, issuer: [], title, docNumber: null } : null;
}

/**
 * An appended 说明, 解读 or 附件 belongs to the document before it unless it carries its own title and signature:
 * then, printed after that document's 成文日期, it is a document of its own.
 */
function splitAppended(paragraphs: readonly Paragraph[], documents: readonly DocumentSpan[]): DocumentSpan[] {
  return documents.flatMap((document) => {
    const parts: DocumentSpan[] = [];
    let current = document;
    const headerEnd = Math.max(current.start, ...current.title, ...current.issuer, current.docNumber ?? current.start);
    // Found once, so that a file of many dates and titles is still read in linear time.
    let lastSigned = current.end - 2;
    while (lastSigned > headerEnd && !isSignedAt(paragraphs, lastSigned)) lastSigned--;
    for (let at = headerEnd; at < lastSigned; at++) {
      if (!isDateLine(paragraphs[at]?.raw.trim() ?? '')) continue;
      const part = appendedPart(paragraphs, at + 1, current.end, lastSigned);
      if (!part) continue;
      parts.push({ ...current, end: part.start });
      current = part;
      at = part.start;
    }
    return [...parts, current];
  });
}

export function splitDocuments(paragraphs: readonly Paragraph[], titleHint?: string): DocumentSpan[] {
  // A 文号 in a table cell (a list of repealed documents) is cited, not the start of a document.
  const anchors = paragraphs.flatMap((paragraph, index) => {
    if (paragraph.table !== undefined) return [];
    if (docNumberLine(paragraph.raw) !== null) return [{ index, glued: false }];
    return isTitleLike(paragraph) && titleWithDocNumber(paragraph.raw) !== null ? [{ index, glued: true }] : [];
  });
  const spans: DocumentSpan[] = [];
  let floor = 0;
  for (const { index: anchor, glued } of anchors) {
    const span = headerAround(paragraphs, anchor, floor, glued);
    spans.push(span);
    floor = span.end;
  }
  if (spans.length === 0) spans.push(...shapeSpans(paragraphs));
  if (anchors.length === 0 && spans.length < 2) {
    const title =
      (titleHint === undefined ? null : hintedTitle(paragraphs, titleHint)) ??
      leadingTitle(paragraphs, 0, paragraphs.length);
    return splitAppended(paragraphs, [{ start: 0, end: paragraphs.length, issuer: [], title, docNumber: null }]);
  }
  // Each document's header ends where its body starts; its body runs to the next document's header.
  const documents = spans.map((span, index) => ({ ...span, end: spans[index + 1]?.start ?? paragraphs.length }));
  const first = documents[0];
  if (first && first.start > 0) {
    // Front matter before the first document (a cover, the issue's own contents) becomes a document of its own.
    documents.unshift({
      start: 0,
      end: first.start,
      issuer: [],
      title: leadingTitle(paragraphs, 0, first.start),
      docNumber: null,
    });
  }
  return splitAppended(paragraphs, documents);
}
