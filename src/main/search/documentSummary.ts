import type { DocumentSummary } from '../../shared/api';
import type { GazetteDocument } from '../../shared/model';

/** A document's id across the library: the parser's id is unique within its issue only. */
export const globalDocId = (issueId: string, localId: string): string => `${issueId}-${localId}`;

/** What the manifest, the library list and the search shard keep of a document. */
export function summarizeDocument(issueId: string, doc: GazetteDocument): DocumentSummary {
  return {
    id: globalDocId(issueId, doc.id),
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    signedOn: doc.signedOn,
    genre: doc.genre,
  };
}
