/**
 * One document's paragraphs → its blocks, metadata, attachments, TOC and references.
 *
 * Reading order of a 公文: issuer → title → 发文字号 → addressee → body → 附件： list → signature → date →
 * an enclosed document (the plan a 印发 notice issues) and attachments → （…印发）. Blocks keep that order; the
 * canonical text is their texts joined by "\n" (see model.ts).
 */
import { findDocNumbers } from '../../shared/docNumber';
import type { Attachment, Block, BlockKind, GazetteDocument, Heading } from '../../shared/model';
import { FILE_EXTENSIONS, normalizeForReading } from '../../shared/text/normalize';
import { BOX_TITLE, findBoxes } from './boxes';
import { findContents } from './contents';
import { isDateLine, parseDate } from './dates';
import { docNumberLine, genreOf, titleWithDocNumber } from './headerLines';
import {
  dropListItems,
  gluedHeadingWords,
  type HeadingMatch,
  matchHeading,
  matchUnnumberedHeading,
  rankUnnumbered,
} from './headings';
import { tableBlock } from './tableBlocks';
import { ATTACHMENT_LABEL, ATTACHMENT_LIST, type Paragraph, PRINTED_LINE } from './paragraphs';
import { type DocumentSpan, isAddressee, isIssuerLikeText, isTitleLike } from './splitDocuments';
import { buildToc } from './toc';

export type DraftBlock = Omit<Block, 'start' | 'end'>;

const NOTE = /^[(（][^()（）]*(?:公开|发布|删减|此件|代章)[^()（）]*[)）]$/u;

/** A notice that issues or forwards another document, which is then printed after its date. */
const ISSUING = /印发|转发|批转|发布/u;

function draft(kind: BlockKind, paragraph: Paragraph, text = normalizeForReading(paragraph.raw)): DraftBlock {
  return { kind, text, page: paragraph.page };
}

/**
 * Positions a heading inside its block's normalised text (label first, words right after). The label is taken as
 * the block prints it when the two differ only in spelling (`1、` for `1.`, `(1)` kept ASCII before Latin).
 */
function placeHeading(match: HeadingMatch, blockText: string): Heading {
  const label = blockText.startsWith(match.label) ? match.label : blockText.slice(0, match.label.length);
  const words = normalizeForReading(match.text);
  const at = words.length > 0 ? blockText.indexOf(words, label.length) : -1;
  const end = at >= 0 && at <= label.length + 2 ? at + words.length : label.length;
  return { level: match.level, label, text: words, start: 0, end };
}

/** A number starting the next item of an 附件： list: after Chinese, a closing mark or a file name (`甲.docx`). */
const LIST_ITEM_NUMBER = new RegExp(
  `(?:^|(?<=[\\u4e00-\\u9fff）》”]|\\.(?:${FILE_EXTENSIONS})))\\s*\\d{1,2}\\s*[.．、](?!\\d)`,
  'iu',
);

/** Items of an 附件： list: `附件：1.甲 2.乙` → [甲, 乙]; a single unnumbered item → [甲]. */
function listedAttachments(listText: string): string[] {
  const body = listText.replace(ATTACHMENT_LIST, '').replace(/\n/gu, '');
  const parts = body.split(LIST_ITEM_NUMBER).map((part) => part.trim());
  return parts.filter((part) => part.length > 0);
}

interface Metadata {
  issuer: string | null;
  title: string;
  docNumber: string | null;
}

export function buildDocument(paragraphs: readonly Paragraph[], span: DocumentSpan, id: string): GazetteDocument {
  const blocks: DraftBlock[] = [];
  // A number printed after the title on its line (`…的通知（卫医发〔2001〕169号）`) is no part of the title.
  const glued = span.docNumber !== null && span.title.includes(span.docNumber);
  const lineText = (index: number): string => {
    const raw = paragraphs[index]?.raw ?? '';
    return glued && index === span.docNumber ? (titleWithDocNumber(raw)?.title ?? raw) : raw;
  };
  const joinedText = (indices: number[]): string => normalizeForReading(indices.map(lineText).join(''));
  const numberRaw = span.docNumber === null ? '' : (paragraphs[span.docNumber]?.raw ?? '');
  // A bracket the title opens and never closes is a remark run into it (`中华人民共和国宪法（1982年12月4日…通过`):
  // the title ends before it, and the remark is kept as a note under the title.
  const [title, titleRemark] = splitRemark(joinedText(span.title));
  const meta: Metadata = {
    issuer: span.issuer.length > 0 ? joinedText(span.issuer) : null,
    title,
    docNumber:
      span.docNumber === null ? null : (docNumberLine(numberRaw) ?? titleWithDocNumber(numberRaw)?.docNumber ?? null),
  };
  // Header blocks in printed order (the number may come before or after the title).
  const header = [
    ...span.issuer.map((index) => ({ index, kind: 'issuer' as const })),
    ...(span.title.length > 0 ? [{ index: span.title[0] ?? 0, kind: 'title' as const }] : []),
    ...(span.docNumber === null ? [] : [{ index: span.docNumber, kind: 'docNumber' as const }]),
  ].sort((a, b) => a.index - b.index);
  // Lines above the header that are not part of it (an exporter's remark above the title) are kept as notes.
  const headerFirst = header[0]?.index ?? span.start;
  for (let index = span.start; index < headerFirst; index++) {
    const paragraph = paragraphs[index];
    if (paragraph) blocks.push(draft('note', paragraph));
  }
  for (const { index, kind } of header) {
    const paragraph = paragraphs[index];
    if (!paragraph) continue;
    if (kind === 'title') {
      blocks.push(draft('title', paragraph, meta.title));
      if (titleRemark) blocks.push(draft('note', paragraph, titleRemark));
    } else if (kind === 'docNumber') blocks.push(draft('docNumber', paragraph, meta.docNumber ?? ''));
    else blocks.push(draft('issuer', paragraph));
  }
  const headerEnd = Math.max(span.start, ...span.issuer, ...span.title, span.docNumber ?? span.start) + 1;
  const bodyStart = header.length > 0 ? headerEnd : span.start;
  const body = paragraphs.slice(bodyStart, span.end);
  // A table's cells are no heading, box row, contents entry or date: recognition sees it as an empty line.
  const raws = body.map((paragraph) => (paragraph.table ? '' : paragraph.raw.trim()));

  // Candidates first: boxes and printed contents are recognised from the heading pattern before roles are given.
  const candidates = raws.map((raw) => matchHeading(raw));
  const structural = (index: number): boolean => {
    const raw = raws[index] ?? '';
    // A recovered table ends a box: it is emitted as a table, not flattened into the box's text.
    return (
      body[index]?.table !== undefined ||
      isDateLine(raw) ||
      PRINTED_LINE.test(raw) ||
      ATTACHMENT_LABEL.test(raw) ||
      ATTACHMENT_LIST.test(raw)
    );
  };
  const boxes = findBoxes(raws, candidates, structural);
  const contents = findContents(candidates, raws);
  const printedHeadings = contents.flatMap(([start, end]) =>
    candidates.slice(start, end).filter((candidate): candidate is HeadingMatch => candidate !== null),
  );
  const inBox = (index: number): boolean => boxes.some((box) => index > box.start && index < box.end);

  let signedOn: string | null = null;
  let printedOn: string | null = null;
  let addressee: string | null = null;
  let afterDate = false;
  let enclosedSeen = false;
  let listOpen = false;
  const attachmentBlocks: { label: string; title: string; blockIndex: number }[] = [];
  /** Index in `blocks` where each section (body, enclosed document, attachment) starts, for list-item runs. */
  const sectionStarts: number[] = [blocks.length];
  const headingOf = new Map<number, HeadingMatch>();

  for (let index = 0; index < body.length; index++) {
    const paragraph = body[index];
    if (!paragraph) continue;
    const raw = raws[index] ?? '';
    if (paragraph.table) {
      blocks.push(tableBlock(paragraph.table, paragraph.page));
      continue;
    }
    const box = boxes.find((candidate) => candidate.start === index);
    if (box?.tabular) {
      const lines = body.slice(box.start, box.end).flatMap((member) => member.lines);
      const text = lines
        .map((line) => normalizeForReading(line.replace(/\s{2,}/gu, '\u0000')).replace(/\0/gu, ' '))
        .join('\n');
      blocks.push({ kind: 'preformatted', text, page: paragraph.page });
      index = box.end - 1;
      continue;
    }
    const range = contents.find(([start]) => start === index);
    if (range) {
      const members = body.slice(range[0], range[1]);
      blocks.push({
        kind: 'contents',
        text: members.map((member) => normalizeForReading(member.raw)).join('\n'),
        page: paragraph.page,
      });
      index = range[1] - 1;
      continue;
    }
    const listItem = listOpen && (NUMBERED_ITEM.test(raw) || listContinues(body, index, blocks.at(-1)));
    listOpen = false;
    if (index === 0 && addressee === null && isAddressee(paragraph)) {
      const block = draft('addressee', paragraph);
      addressee = block.text.replace(/：$/u, '');
      blocks.push(block);
    } else if (PRINTED_LINE.test(raw)) {
      printedOn ??= parseDate(raw);
      blocks.push(draft('printed', paragraph));
    } else if (isDateLine(raw)) {
      signedOn ??= parseDate(raw);
      markSignature(blocks);
      blocks.push(draft('date', paragraph));
      afterDate = true;
    } else if (ATTACHMENT_LIST.test(raw) || listItem) {
      blocks.push(draft('attachmentList', paragraph));
      listOpen = true;
    } else if (ATTACHMENT_LABEL.test(raw)) {
      const label = `附件${ATTACHMENT_LABEL.exec(raw.replace(/\s+/gu, ''))?.[1] ?? ''}`;
      const titleEnd = titleRun(body, index + 1);
      const title = normalizeForReading(
        body
          .slice(index + 1, titleEnd)
          .map((member) => member.raw)
          .join(''),
      );
      const text = title.length > 0 ? `${label}\n${title}` : label;
      sectionStarts.push(blocks.length);
      attachmentBlocks.push({ label, title, blockIndex: blocks.length });
      blocks.push({
        kind: 'attachmentTitle',
        text,
        page: paragraph.page,
        heading: { level: 1, label, text: title, start: 0, end: text.length },
      });
      index = titleEnd - 1;
    } else if (NOTE.test(normalizeForReading(raw))) {
      blocks.push(draft('note', paragraph));
    } else if (afterDate && !enclosedSeen && ISSUING.test(meta.title) && isTitleLike(paragraph) && !candidates[index]) {
      // The document a 印发 notice issues, printed after the notice's date: a section headed by its title.
      enclosedSeen = true;
      const titleEnd = titleRun(body, index);
      const text = normalizeForReading(
        body
          .slice(index, titleEnd)
          .map((member) => member.raw)
          .join(''),
      );
      sectionStarts.push(blocks.length);
      blocks.push({
        kind: 'heading',
        text,
        page: paragraph.page,
        heading: { level: 1, label: '', text, start: 0, end: text.length, section: true },
      });
      index = titleEnd - 1;
    } else {
      const found = candidates[index];
      const candidate =
        inBox(index) || BOX_TITLE.test(raw)
          ? null
          : found && found.text.length > 0
            ? found
            : (gluedHeading(raw, printedHeadings) ??
              gluedDecimalHeading(raw, candidates.slice(index + 1)) ??
              found ??
              matchUnnumberedHeading(raw));
      if (candidate) headingOf.set(blocks.length, candidate);
      blocks.push(draft('paragraph', paragraph));
    }
  }

  applyHeadings(blocks, headingOf, sectionStarts);
  const placed = place(blocks);
  return {
    id,
    issuers:
      meta.issuer === null
        ? jointIssuers(span.title.map((index) => paragraphs[index]?.raw ?? '').join(''), blocks)
        : [meta.issuer],
    title: meta.title,
    docNumber: meta.docNumber,
    addressee,
    signedOn,
    printedOn,
    genre: genreOf(meta.title),
    attachments: mergeAttachments(
      placed.filter((block) => block.kind === 'attachmentList').map((block) => block.text),
      attachmentBlocks,
    ),
    toc: buildToc(placed),
    blocks: placed,
    references: placed.flatMap((block) =>
      block.kind === 'docNumber'
        ? []
        : findDocNumbers(block.text).map((found) => ({
            docNumber: found.docNumber,
            start: block.start + found.start,
            end: block.start + found.end,
          })),
    ),
  };
}

const NUMBERED_ITEM = /^\d{1,2}\s*[.．、]/u;

/**
 * An unnumbered line inside an 附件： list: the single item under a bare `附件：`, or the wrapped tail of an item
 * (`21.高致病性禽流感无疫区和无疫小区` / `监测计划`) when another item or an attachment label follows it.
 */
function listContinues(body: readonly Paragraph[], index: number, previous: DraftBlock | undefined): boolean {
  const paragraph = body[index];
  if (!paragraph || !isTitleLike(paragraph) || matchHeading(paragraph.raw)) return false;
  if (previous && previous.text.replace(ATTACHMENT_LIST, '').trim().length === 0) return true;
  const next = body[index + 1]?.raw.trim() ?? '';
  return paragraph.raw.trim().length <= 20 && (NUMBERED_ITEM.test(next) || ATTACHMENT_LABEL.test(next));
}

/** Title lines right after a label (at most three, none a heading or sentence). */
function titleRun(body: readonly Paragraph[], from: number): number {
  let end = from;
  while (end < body.length && end - from < 3) {
    const paragraph = body[end];
    if (
      !paragraph ||
      !isTitleLike(paragraph) ||
      matchHeading(paragraph.raw) ||
      ATTACHMENT_LABEL.test(paragraph.raw.trim())
    ) {
      break;
    }
    end++;
  }
  return end;
}

const isShortLine = (block: DraftBlock | undefined): block is DraftBlock =>
  block?.kind === 'paragraph' &&
  block.text.length <= 30 &&
  !/[。；：，]/u.test(block.text) &&
  !matchHeading(block.text);

/**
 * The short line right above a date is the signature (发文机关署名); lines above it join when they name an
 * organisation or are a （…代章） remark. Short lines between an 附件： list and the signature are the list's
 * wrapped tail (`…制度创新` / `成果`).
 */
function markSignature(blocks: DraftBlock[]): void {
  let index = blocks.length - 1;
  if (!isShortLine(blocks[index])) return;
  for (let count = 0; count < 3 && index >= 0; count++, index--) {
    const block = blocks[index];
    if (!isShortLine(block)) break;
    if (count > 0 && !isIssuerLikeText(block.text) && !/^（.*）$/u.test(block.text)) break;
    block.kind = 'signature';
  }
  let tail = index;
  while (tail >= 0 && isShortLine(blocks[tail])) tail--;
  if (tail >= 0 && tail < index && blocks[tail]?.kind === 'attachmentList') {
    for (let member = tail + 1; member <= index; member++) {
      const block = blocks[member];
      if (block) block.kind = 'attachmentList';
    }
  }
}

/**
 * The issuers of a document without an issuer line above its title: those the title names before 关于, spaced
 * apart (`国家发展改革委 国家能源局关于…`), else the organisations signing it (up to three signature lines, the
 * first the lead). Every one is kept, the lead first.
 */
function jointIssuers(rawTitle: string, blocks: readonly DraftBlock[]): string[] {
  const named = /^(.+?)\s*关于/u
    .exec(rawTitle.trim())?.[1]
    ?.split(/\s{1,}/u)
    .filter((part) => part.length > 1);
  if (named && named.length > 1 && named.every((part) => isIssuerLikeText(part))) {
    return named.map((part) => normalizeForReading(part));
  }
  const firstDate = blocks.findIndex((block) => block.kind === 'date');
  const signers = blocks
    .slice(0, firstDate < 0 ? 0 : firstDate)
    .filter((block) => block.kind === 'signature' && isIssuerLikeText(block.text))
    .map((block) => block.text);
  return signers;
}

function splitRemark(title: string): [string, string | null] {
  const match = /^(.{4,}?)([（(][^）)]*)$/u.exec(title);
  return match?.[1] && match[2] ? [match[1], match[2]] : [title, null];
}

/**
 * A heading reflowing glued to its paragraph (`六、推进基础设施提质升级以新型城镇建设为依托，…`, `2 组织指挥体系及
 * 职责分工市应急指挥部…`), recognised by the document's own printed 目录: the entry with the same label whose words
 * start the paragraph.
 */
function gluedHeading(raw: string, printed: readonly HeadingMatch[]): HeadingMatch | null {
  const text = normalizeForReading(raw).replace(/\s+/gu, '');
  const entry = printed.find((heading) => {
    const words = normalizeForReading(heading.text).replace(/\s+/gu, '');
    const label = normalizeForReading(heading.label).replace(/[、.]$/u, '');
    return words.length > 0 && new RegExp(`^${escapeRegExp(label)}[、.]?${escapeRegExp(words)}.`, 'u').test(text);
  });
  return entry ? { ...entry, runIn: true, itemLike: false, bare: false } : null;
}

/**
 * Without a printed 目录, a bare-numbered paragraph (`2 组织指挥体系及职责分工市政府设立…`) is a heading glued to its
 * text when the next numbered heading is its own first child (`2.1`): its words are found as for any heading
 * without words (see `nonEmpty`), so the `2.x` children no longer hang under `1`.
 */
function gluedDecimalHeading(raw: string, following: readonly (HeadingMatch | null)[]): HeadingMatch | null {
  const label = /^(\d{1,2})\s*(?=[\u4e00-\u9fff])/u.exec(raw)?.[1];
  const next = following.find((candidate) => candidate !== null);
  if (label === undefined || next?.scheme !== 'decimal:2' || next.label !== `${label}.1`) return null;
  return { level: 1, label, scheme: 'decimal:1', text: '', runIn: true, itemLike: false };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A TOC entry is never empty, nor a whole paragraph: a numbered paragraph kept as a heading (it has sub-headings)
 * without heading words takes the words its heading is bounded by (see `gluedHeadingWords`), and is no heading
 * otherwise. 第X条 are labels only.
 */
function nonEmpty(match: HeadingMatch | null, blockText: string): HeadingMatch | null {
  if (!match || match.text.length > 0 || match.scheme.startsWith('article')) return match;
  const words = gluedHeadingWords(blockText.slice(match.label.length));
  return words === null ? null : { ...match, text: words, runIn: true };
}

/** Headings per section, with numbered-list runs dropped; own-line headings become `heading` blocks. */
function applyHeadings(blocks: DraftBlock[], headingOf: Map<number, HeadingMatch>, sectionStarts: number[]): void {
  const bounds = [...sectionStarts, blocks.length];
  for (let section = 0; section + 1 < bounds.length; section++) {
    const from = bounds[section] ?? 0;
    const to = bounds[section + 1] ?? blocks.length;
    const indices = Array.from({ length: to - from }, (_, offset) => from + offset);
    // A bare `1 总则` is a heading only in a plan that also numbers `1.1`; elsewhere it is a table row.
    const decimal = indices.some((index) => headingOf.get(index)?.scheme === 'decimal:2');
    const kept = dropListItems(
      rankUnnumbered(
        indices.map((index) => {
          const match = headingOf.get(index) ?? null;
          return match?.bare && !decimal ? null : match;
        }),
      ),
    );
    indices.forEach((index, position) => {
      const block = blocks[index];
      const match = block ? nonEmpty(kept[position] ?? null, block.text) : null;
      if (!match || !block || block.kind !== 'paragraph') return;
      block.heading = placeHeading(match, block.text);
      if (!match.runIn) block.kind = 'heading';
    });
  }
}

function place(blocks: readonly DraftBlock[]): Block[] {
  let offset = 0;
  return blocks.map((block) => {
    const start = offset;
    offset += block.text.length + 1;
    return { ...block, start, end: start + block.text.length };
  });
}

function mergeAttachments(
  listTexts: readonly string[],
  printed: readonly { label: string; title: string; blockIndex: number }[],
): Attachment[] {
  const listed = listTexts.length > 0 ? listedAttachments(listTexts.join('')) : [];
  const attachments: Attachment[] = listed.map((title, index) => {
    const label = listed.length === 1 ? '附件' : `附件${index + 1}`;
    const match = printed.find(
      (candidate) => candidate.label === label || (listed.length === 1 && candidate.label.startsWith('附件')),
    );
    return { label, title: match?.title || title, blockIndex: match?.blockIndex ?? null };
  });
  for (const block of printed) {
    if (!attachments.some((attachment) => attachment.blockIndex === block.blockIndex)) {
      attachments.push({ label: block.label, title: block.title, blockIndex: block.blockIndex });
    }
  }
  return attachments;
}
