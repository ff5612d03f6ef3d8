/** Which cited 发文字号 can become links: those of documents in the library (other than the one being read). */
import type { IssueSummary } from '../../shared/api';
import { normalizeDocNumber } from '../../shared/docNumber';
import type { Reference } from '../../shared/model';

export interface LinkedReference extends Reference {
  targetDocId: string;
}

/** Normalised 发文字号 → document id, for every document in the library that has one. */
export function docNumberIndex(issues: readonly IssueSummary[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const issue of issues) {
    for (const document of issue.documents) {
      if (document.docNumber === null) continue;
      const key = normalizeDocNumber(document.docNumber) ?? document.docNumber;
      if (!index.has(key)) index.set(key, document.id);
    }
  }
  return index;
}

export function linkReferences(
  references: readonly Reference[],
  index: ReadonlyMap<string, string>,
  currentDocId: string,
): LinkedReference[] {
  return references.flatMap((reference) => {
    const target = index.get(normalizeDocNumber(reference.docNumber) ?? reference.docNumber);
    return target !== undefined && target !== currentDocId ? [{ ...reference, targetDocId: target }] : [];
  });
}
