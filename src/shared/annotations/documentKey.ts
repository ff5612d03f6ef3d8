/**
 * A document's key outlives the file it came from: a corrected file imported again gets new document ids, and a
 * parser upgrade may spell the title differently, but the 发文字号 and the issuer stay. Annotations are looked up by
 * this key as well as by id, so they follow the document. Parts are folded as search folds them, so bracket and
 * width variants of one 文号 (`济政发〔2022〕7号`, `济政发[2022]7号`) give one key.
 */
import type { GazetteDocument } from '../model';
import { normalizeDocNumber } from '../docNumber';
import { issuerLabel } from '../issuers';
import { fold } from '../search/fold';

/** A document as the model holds it (`issuers`), or as the library lists it (`issuer`, their one line). */
export type KeyedDocument = Pick<GazetteDocument, 'docNumber' | 'title' | 'signedOn'> &
  ({ issuers: readonly string[] } | { issuer: string | null });

export function documentKey(doc: KeyedDocument): string {
  const issuer = fold(('issuers' in doc ? issuerLabel(doc.issuers) : doc.issuer) ?? '');
  const number = doc.docNumber === null ? '' : fold(normalizeDocNumber(doc.docNumber) ?? doc.docNumber);
  if (number) return `文号|${issuer}|${number}`;
  return `标题|${issuer}|${fold(doc.title)}|${doc.signedOn ?? ''}`;
}
