/**
 * 我的批注, 导出批注 and 导入批注 over the current person's store and the library: the one code path behind the
 * API's handler table and the `gazette annotations` command.
 */
import type { IssueSummary, OpenedDocument } from '../../shared/api';
import { listAnnotations } from '../../shared/annotations/annotationListing';
import type { AnnotationFilter, AnnotationListing } from '../../shared/annotations/annotationListing';
import type { ExportFormat, ExportedFile, ImportReport } from '../../shared/annotations/annotationTransfer';
import { ServiceError } from '../apiErrors';
import { annotationEntries, joinDocuments, libraryDocuments } from './annotationEntries';
import type { AnnotationService } from './annotationService';
import { exportAnnotations } from './export/exportAnnotations';
import { chooseForExport } from './export/exportSet';
import type { ExportScope } from '../../shared/annotations/annotationTransfer';
import { importAnnotations } from './importAnnotations';

export interface LibraryReader {
  listIssues(): Promise<IssueSummary[]>;
  getDocument(docId: string): Promise<OpenedDocument>;
}

export async function listAllAnnotations(
  annotations: AnnotationService,
  library: LibraryReader,
  filter: AnnotationFilter,
): Promise<AnnotationListing> {
  if (filter.limit !== undefined && keepsEveryAnnotation(filter) && (filter.groupBy ?? 'document') === 'document') {
    const first = await firstByDocument(annotations, library, filter, filter.limit);
    // The whole list is read once the answer is on its way, so the person's first filter or search finds it ready;
    // a store closed meanwhile just has nothing to read.
    setTimeout(() => {
      annotations.all().catch(() => undefined);
    }, 0).unref();
    return first;
  }
  return listAnnotations(await annotationEntries(annotations, library), filter);
}

/** No menu or search narrows the listing: every live (or trashed) annotation is in it. */
function keepsEveryAnnotation(filter: AnnotationFilter): boolean {
  const { query, tags, colors, issueIds, docIds, years, issuers, statuses, from, to } = filter;
  return (
    (query ?? '').trim() === '' &&
    (tags ?? []).length === 0 &&
    [colors, issueIds, docIds, years, issuers, statuses, from, to].every((narrowing) => narrowing === undefined)
  );
}

/**
 * 我的批注 as it opens (by document, nothing narrowed, its first rows): the documents' counts come from SQL, and
 * only the annotations of the first documents up to `limit` are read and listed (by the same listAnnotations, so
 * the rows are those of the whole list); the total is the counts' sum. Reading and preparing all 20,000
 * annotations took seconds on the first open after the app started.
 */
async function firstByDocument(
  annotations: AnnotationService,
  library: LibraryReader,
  filter: AnnotationFilter,
  limit: number,
): Promise<AnnotationListing> {
  const trash = filter.trash ?? false;
  const [placements, issues] = await Promise.all([annotations.placements(trash), library.listIssues()]);
  const { byId, byKey } = libraryDocuments(issues);
  const groups = new Map<string, { order: number; key: string; count: number; docIds: string[] }>();
  for (const { docId, docKey, count } of placements) {
    const document = byId.get(docId) ?? byKey.get(docKey) ?? null;
    const key = document?.docId ?? docKey;
    const order = document?.order ?? Number.MAX_SAFE_INTEGER;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { order, key, count: 0, docIds: [] }));
    // A removed document keyed like a library document's id shares its group, which sits where its first entry does.
    group.order = Math.min(group.order, order);
    group.count += count;
    group.docIds.push(docId);
  }
  // listAnnotations' order of documents: library order, then removed documents by key.
  const ordered = [...groups.values()].sort(
    (a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const wanted: typeof ordered = [];
  let rows = 0;
  for (const group of ordered) {
    if (rows >= limit) break;
    wanted.push(group);
    rows += group.count;
  }
  const docIds = [...new Set(wanted.flatMap((group) => group.docIds))];
  const keys = new Set(wanted.map((group) => group.key));
  const entries = joinDocuments(await annotations.annotationsOf(docIds, trash), issues).filter((entry) =>
    keys.has(entry.document?.docId ?? entry.annotation.docKey),
  );
  const listing = listAnnotations(entries, filter);
  return { ...listing, total: placements.reduce((sum, placement) => sum + placement.count, 0) };
}

export async function exportFromLibrary(
  annotations: AnnotationService,
  library: LibraryReader,
  format: ExportFormat,
  scope: ExportScope,
  now: Date = new Date(),
): Promise<ExportedFile> {
  const entries = await annotationEntries(annotations, library);
  const getDocument = async (docId: string): Promise<OpenedDocument | null> => {
    try {
      return await library.getDocument(docId);
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not-found') return null;
      throw error;
    }
  };
  return exportAnnotations(entries, format, scope, getDocument, now);
}

export async function countForExport(
  annotations: AnnotationService,
  library: LibraryReader,
  scope: ExportScope,
): Promise<number> {
  return chooseForExport(await annotationEntries(annotations, library), scope).length;
}

export function importIntoProfile(
  annotations: AnnotationService,
  library: LibraryReader,
  bytes: Uint8Array,
): Promise<ImportReport> {
  return importAnnotations(annotations, library, bytes);
}
