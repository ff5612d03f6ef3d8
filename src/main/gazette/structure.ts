/** Structure recovery over any source: lines → paragraphs → documents. */
import type { GazetteDocument } from '../../shared/model';
import { buildDocument } from './buildDocument';
import { genreOf } from './headerLines';
import { documentIds } from './ids';
import { buildParagraphs } from './paragraphs';
import type { LineSource, SourceMetadata } from './sourceLines';
import { splitDocuments } from './splitDocuments';

/** A single-document source's own metadata (gov.cn's table) wins over what the text shows. */
function withMetadata(document: GazetteDocument, metadata: SourceMetadata): GazetteDocument {
  const title = metadata.title ?? document.title;
  return {
    ...document,
    title,
    genre: genreOf(title),
    issuer: metadata.issuer ?? document.issuer,
    docNumber: metadata.docNumber ?? document.docNumber,
    signedOn: metadata.signedOn ?? document.signedOn,
  };
}

export function recoverDocuments(source: LineSource, sourceSha256: string): GazetteDocument[] {
  const { metadata } = source;
  const paragraphs = buildParagraphs(source.lines, source.layout);
  const spans = splitDocuments(paragraphs, metadata?.title).filter((span) => span.end > span.start);
  let drafts = spans.map((span) => buildDocument(paragraphs, span, ''));
  const [only] = drafts;
  if (metadata && only && drafts.length === 1) drafts = [withMetadata(only, metadata)];
  const ids = documentIds(sourceSha256, drafts);
  return drafts.map((document, index) => ({ ...document, id: ids[index] ?? `doc-${index}` }));
}
