import type { DocumentSummary } from '../../shared/api';
import type { GazetteDocument } from '../../shared/model';
import { issuerLabel } from '../../shared/issuers';
import { globalDocId } from '../library/documentIds';

/** What the manifest, the library list and the search shard keep of a document. */
export function summarizeDocument(issueId: string, doc: GazetteDocument): DocumentSummary {
  return {
    id: globalDocId(issueId, doc.id),
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: issuerLabel(doc.issuers),
    signedOn: doc.signedOn,
    genre: doc.genre,
  };
}
