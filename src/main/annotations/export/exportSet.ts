/**
 * What an export holds, whatever its format: the chosen annotations (a document, some documents, a tag, or all
 * that are not in the 回收站) grouped by document in library order, each highlight with the page it starts on.
 */
import type { OpenedDocument } from '../../../shared/api';
import { documentText } from '../../../shared/model';
import type { Annotation } from '../../../shared/annotations/annotation';
import { filterAnnotations } from '../../../shared/annotations/annotationListing';
import type { AnnotatedDocument, AnnotationEntry } from '../../../shared/annotations/annotationListing';
import type { ExportScope } from '../../../shared/annotations/annotationTransfer';

export interface ExportedHighlight {
  annotation: Annotation;
  /** The printed page number where the passage starts, else the page's position in the file; null without pages. */
  page: string | null;
  /** The anchor's offsets in code points (W3C's unit), when the document's text is at hand. */
  codePoints: { start: number; end: number } | null;
}

export interface ExportedDocument {
  /** null when the document is no longer in the library. */
  document: AnnotatedDocument | null;
  docKey: string;
  note: Annotation | null;
  highlights: ExportedHighlight[];
}

export interface ExportSet {
  title: string;
  /** When the export was made, ISO. */
  exportedAt: string;
  count: number;
  documents: ExportedDocument[];
}

export function exportTitle(scope: ExportScope, entries: readonly AnnotationEntry[]): string {
  if (scope.tag !== undefined) return `标签「${scope.tag}」的批注`;
  const only = scope.docIds?.length === 1 ? entries.find((e) => e.document?.docId === scope.docIds?.[0]) : undefined;
  if (only?.document) return `《${only.document.title}》的批注`;
  return '我的批注';
}

/** The annotations an export of `scope` holds: those not in the 回收站, of these documents, with this tag. */
export function chooseForExport(entries: readonly AnnotationEntry[], scope: ExportScope): AnnotationEntry[] {
  return filterAnnotations(entries, { docIds: scope.docIds, tags: scope.tag === undefined ? undefined : [scope.tag] });
}

/**
 * UTF-16 offset → code point offset in `text`, for each highlight of a document: one pass over the text that
 * counts the surrogate pairs before each offset, and none when the text has no character beyond the BMP.
 */
function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return [...offsets];
  const order = offsets.map((_, i) => i).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0));
  const result = new Array<number>(offsets.length).fill(0);
  let pairs = 0;
  let at = 0;
  for (const index of order) {
    const offset = offsets[index] ?? 0;
    // A pair counts once its low half is before the offset too.
    for (; at < offset - 1; at++) {
      const unit = text.charCodeAt(at);
      if (unit >= 0xd800 && unit <= 0xdbff) pairs++;
    }
    result[index] = offset - pairs;
  }
  return result;
}

/** The printed page each start offset (ascending) falls on, walking the blocks once. */
function pagesOf(opened: OpenedDocument | null, starts: readonly number[]): (string | null)[] {
  if (!opened) return starts.map(() => null);
  const { blocks } = opened.document;
  let at = 0;
  return starts.map((start) => {
    while (at < blocks.length && (blocks[at]?.end ?? 0) <= start) at++;
    const block = blocks[at];
    if (!block || start < block.start || block.page == null) return null;
    return opened.issue.pages[block.page - 1]?.printed ?? String(block.page);
  });
}

/**
 * `withCodePoints`: the JSON export's TextPositionSelector needs the document's text to count code points; the
 * other formats leave it unread, which is most of the time an export of everything would otherwise take.
 */
export async function exportSet(
  entries: readonly AnnotationEntry[],
  scope: ExportScope,
  getDocument: (docId: string) => Promise<OpenedDocument | null>,
  now: Date,
  withCodePoints: boolean,
): Promise<ExportSet> {
  const chosen = chooseForExport(entries, scope);
  const byDocument = new Map<string, AnnotationEntry[]>();
  for (const entry of chosen) {
    const key = entry.document?.docId ?? entry.annotation.docKey;
    const group = byDocument.get(key);
    if (group) group.push(entry);
    else byDocument.set(key, [entry]);
  }
  const documents: ExportedDocument[] = [];
  for (const group of byDocument.values()) {
    const first = group[0];
    if (!first) continue;
    const opened = first.document ? await getDocument(first.document.docId) : null;
    const placed = group
      .flatMap(({ annotation }) => (annotation.anchor ? [{ annotation, anchor: annotation.anchor }] : []))
      .sort((a, b) => a.anchor.start - b.anchor.start);
    const pages = pagesOf(
      opened,
      placed.map(({ anchor }) => anchor.start),
    );
    const text = opened && withCodePoints ? documentText(opened.document) : null;
    const counted =
      text === null
        ? []
        : codePointOffsets(
            text,
            placed.flatMap(({ anchor }) => [anchor.start, anchor.end]),
          );
    const highlights = placed.map(({ annotation }, i) => {
      const start = counted[2 * i];
      const end = counted[2 * i + 1];
      return {
        annotation,
        page: pages[i] ?? null,
        codePoints: start === undefined || end === undefined || annotation.status === 'orphan' ? null : { start, end },
      };
    });
    const note = group.find((entry) => entry.annotation.anchor === null)?.annotation ?? null;
    documents.push({ document: first.document, docKey: first.annotation.docKey, note, highlights });
  }
  documents.sort(
    (a, b) => (a.document?.order ?? Number.MAX_SAFE_INTEGER) - (b.document?.order ?? Number.MAX_SAFE_INTEGER),
  );
  return { title: exportTitle(scope, entries), exportedAt: now.toISOString(), count: chosen.length, documents };
}
