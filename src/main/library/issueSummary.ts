import type { DocumentSummary } from '../../shared/api';
import type { ParsedIssue } from '../../shared/model';
import { globalDocId } from '../search/buildShard';

/** What the manifest (and the library list) keeps of each document of an issue. */
export function summarizeDocuments(issueId: string, parsed: ParsedIssue): DocumentSummary[] {
  return parsed.documents.map((doc) => ({
    id: globalDocId(issueId, doc.id),
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    signedOn: doc.signedOn,
    genre: doc.genre,
  }));
}
