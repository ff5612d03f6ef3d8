/** Builds one issue's search shard from its canonical model (see shardFormat.ts for what a shard holds). */
import { issuerLabel } from '../../shared/issuers';
import { documentText, type ParsedIssue } from '../../shared/model';
import { fold } from '../../shared/search/fold';
import { summarizeDocument } from './documentSummary';
import { buildFieldIndex } from './fieldIndex';
import type { ShardContent, ShardDocument } from './shardFormat';

export interface BuildProgress {
  documentIndex: number;
  documentCount: number;
  title: string;
}

export function buildShard(
  issueId: string,
  parsed: ParsedIssue,
  onDocument?: (progress: BuildProgress) => void,
): ShardContent {
  const documents: ShardDocument[] = [];
  const foldedTexts: string[] = [];
  const canonicalTexts: string[] = [];
  parsed.documents.forEach((doc, local) => {
    onDocument?.({ documentIndex: local, documentCount: parsed.documents.length, title: doc.title });
    const text = documentText(doc);
    const folded = fold(text);
    const date = doc.signedOn ?? doc.printedOn;
    const headings = doc.blocks.flatMap((block) => (block.heading ? [block.heading.text] : [])).join('\n');
    documents.push({
      ...summarizeDocument(issueId, doc),
      date,
      year: date ? Number(date.slice(0, 4)) : parsed.issue.year,
      folded: {
        title: fold(doc.title),
        docNumber: fold(doc.docNumber ?? ''),
        issuer: fold(issuerLabel(doc.issuers) ?? ''),
        headings: fold(headings),
      },
      foldedLength: folded.length,
      textLength: text.length,
    });
    foldedTexts.push(folded);
    canonicalTexts.push(text);
  });

  const fieldIndex = buildFieldIndex(documents.map((doc, local) => ({ ref: String(local), ...doc.folded })));
  return { issueId, documents, foldedTexts, canonicalTexts, fieldIndex };
}
