/** Structure recovery over any source: lines → paragraphs → documents. */
import type { GazetteDocument } from '../../shared/model';
import { buildDocument } from './buildDocument';
import { genreOf } from './headerLines';
import { documentIds } from './ids';
import { buildParagraphs } from './paragraphs';
import type { LineSource, SourceMetadata } from './sourceLines';
import { splitDocuments, squeezed } from './splitDocuments';

/**
 * A source's own metadata (gov.cn's table, a page's 索引号/文号/成文日期 rows, front matter) wins over what the text
 * shows. It describes the page's document: the one it names by title, else the first; a signed 解读 appended to
 * the page is a document of its own and takes none of it.
 */
function withMetadata(document: GazetteDocument, metadata: SourceMetadata): GazetteDocument {
  const title = metadata.title ?? document.title;
  return {
    ...document,
    title,
    genre: genreOf(title),
    issuers: metadata.issuer === undefined ? document.issuers : [metadata.issuer],
    docNumber: metadata.docNumber ?? document.docNumber,
    signedOn: metadata.signedOn ?? document.signedOn,
  };
}

export function recoverDocuments(source: LineSource, sourceSha256: string): GazetteDocument[] {
  const { metadata } = source;
  const paragraphs = buildParagraphs(source.lines, source.layout);
  const spans = splitDocuments(paragraphs, metadata?.title).filter((span) => span.end > span.start);
  let drafts = spans.map((span) => buildDocument(paragraphs, span, ''));
  if (metadata) {
    const named = drafts.findIndex(
      (draft) => metadata.title !== undefined && squeezed(draft.title) === squeezed(metadata.title),
    );
    const described = Math.max(named, 0);
    drafts = drafts.map((draft, index) => (index === described ? withMetadata(draft, metadata) : draft));
  }
  const ids = documentIds(sourceSha256, drafts);
  return drafts.map((document, index) => ({ ...document, id: ids[index] ?? `doc-${index}` }));
}
