/**
 * What an export holds, whatever its format: the chosen annotations (a document, some documents, a tag, or all
 * that are not in the 回收站) grouped by document in library order, each highlight with the page it starts on.
 */
import type { OpenedDocument } from '../../../shared/api';
import { documentText } from '../../../shared/model';
import type { Annotation } from '../../../shared/annotations/annotation';
import { filterAnnotations } from '../../../shared/annotations/annotationListing';
import type { AnnotatedDocument, AnnotationEntry } from '../../../shared/annotations/annotationListing';

export interface ExportScope {
  docIds?: string[];
  tag?: string;
}

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

/** UTF-16 offset → code point offset in `text`. */
function codePointOffset(text: string, offset: number): number {
  let pairs = 0;
  for (let i = 0; i < offset - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) pairs++;
  }
  return offset - pairs;
}

function pageOf(opened: OpenedDocument | null, start: number): string | null {
  if (!opened) return null;
  const block = opened.document.blocks.find((b) => start >= b.start && start < b.end) ?? null;
  if (block?.page == null) return null;
  return opened.issue.pages[block.page - 1]?.printed ?? String(block.page);
}

export async function exportSet(
  entries: readonly AnnotationEntry[],
  scope: ExportScope,
  getDocument: (docId: string) => Promise<OpenedDocument | null>,
  now: Date,
): Promise<ExportSet> {
  const chosen = filterAnnotations(entries, {
    docIds: scope.docIds,
    tags: scope.tag === undefined ? undefined : [scope.tag],
    groupBy: 'document',
  });
  const byDocument = new Map<string, AnnotationEntry[]>();
  for (const entry of chosen) {
    const key = entry.document?.docId ?? entry.annotation.docKey;
    byDocument.set(key, [...(byDocument.get(key) ?? []), entry]);
  }
  const documents: ExportedDocument[] = [];
  for (const group of byDocument.values()) {
    const first = group[0];
    if (!first) continue;
    const opened = first.document ? await getDocument(first.document.docId) : null;
    const text = opened ? documentText(opened.document) : null;
    const highlights = group
      .flatMap(({ annotation }) => (annotation.anchor ? [{ annotation, anchor: annotation.anchor }] : []))
      .map(({ annotation, anchor }) => ({
        annotation,
        page: pageOf(opened, anchor.start),
        codePoints:
          text === null || annotation.status === 'orphan'
            ? null
            : { start: codePointOffset(text, anchor.start), end: codePointOffset(text, anchor.end) },
      }))
      .sort((a, b) => (a.annotation.anchor?.start ?? 0) - (b.annotation.anchor?.start ?? 0));
    const note = group.find((entry) => entry.annotation.anchor === null)?.annotation ?? null;
    documents.push({ document: first.document, docKey: first.annotation.docKey, note, highlights });
  }
  documents.sort(
    (a, b) => (a.document?.order ?? Number.MAX_SAFE_INTEGER) - (b.document?.order ?? Number.MAX_SAFE_INTEGER),
  );
  return { title: exportTitle(scope, entries), exportedAt: now.toISOString(), count: chosen.length, documents };
}
