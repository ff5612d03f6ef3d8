/**
 * Every annotation of the person with the library document it belongs to, in the library's order — what
 * 我的批注, the exports and `gazette annotations list` start from. An annotation whose document id is gone
 * follows its document key to a re-imported copy; with neither it is `removed` (文件已移除).
 */
import type { IssueSummary } from '../../shared/api';
import type { Annotation } from '../../shared/annotations/annotation';
import type { AnnotatedDocument, AnnotationEntry } from '../../shared/annotations/annotationListing';
import { documentKey } from '../../shared/annotations/documentKey';
import { issueLabel } from '../../shared/issueLabel';
import type { AnnotationService } from './annotationService';

export function libraryDocuments(issues: readonly IssueSummary[]): {
  byId: Map<string, AnnotatedDocument>;
  byKey: Map<string, AnnotatedDocument>;
} {
  const byId = new Map<string, AnnotatedDocument>();
  const byKey = new Map<string, AnnotatedDocument>();
  let order = 0;
  for (const issue of issues) {
    const label = issueLabel(issue);
    for (const doc of issue.documents) {
      const entry: AnnotatedDocument = {
        docId: doc.id,
        title: doc.title,
        docNumber: doc.docNumber,
        issuer: doc.issuer,
        signedOn: doc.signedOn,
        genre: doc.genre,
        issueId: issue.id,
        issueLabel: label,
        year: issue.year,
        order: order++,
      };
      byId.set(doc.id, entry);
      const key = documentKey(doc);
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  return { byId, byKey };
}

export function joinDocuments(annotations: readonly Annotation[], issues: readonly IssueSummary[]): AnnotationEntry[] {
  const { byId, byKey } = libraryDocuments(issues);
  return annotations.map((annotation) => {
    const document = byId.get(annotation.docId) ?? byKey.get(annotation.docKey) ?? null;
    return { annotation: document ? annotation : { ...annotation, status: 'removed' }, document };
  });
}

const joined = new WeakMap<readonly Annotation[], { library: string; entries: AnnotationEntry[] }>();

/**
 * The same list while neither the annotations (the store hands back the same array while unchanged) nor the
 * library changed, so the folded text that searches compare (annotationListing.ts) is kept between keystrokes.
 */
export async function annotationEntries(
  service: Pick<AnnotationService, 'all'>,
  library: { listIssues(): Promise<IssueSummary[]> },
): Promise<AnnotationEntry[]> {
  const [annotations, issues] = await Promise.all([service.all(), library.listIssues()]);
  const libraryState = JSON.stringify(issues);
  const known = joined.get(annotations);
  if (known?.library === libraryState) return known.entries;
  const entries = joinDocuments(annotations, issues);
  joined.set(annotations, { library: libraryState, entries });
  return entries;
}
