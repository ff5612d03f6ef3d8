/** Builds one issue's search shard from its canonical model (see shardFormat.ts for what a shard holds). */
import { issuerLabel } from '../../shared/issuers';
import { documentText, type ParsedIssue } from '../../shared/model';
import { fold } from '../../shared/search/fold';
import { summarizeDocument } from './documentSummary';
import { buildFieldIndex } from './fieldIndex';
import { countTextKeys } from './gramKeys';
import { bucketOrder } from './keyTable';
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
  /** Per key, its documents and counts, interleaved (document, count, document, count…). */
  const postingsByKey = new Map<number, number[]>();
  parsed.documents.forEach((doc, local) => {
    onDocument?.({ documentIndex: local, documentCount: parsed.documents.length, title: doc.title });
    const text = documentText(doc);
    const folded = fold(text);
    const { keys, counts } = countTextKeys(folded);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] ?? 0;
      let list = postingsByKey.get(key);
      if (!list) postingsByKey.set(key, (list = []));
      list.push(local, counts[k] ?? 0);
    }
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
  if (documents.length > 0xffff) throw new RangeError('search shard: more than 65535 documents in one issue');

  const keys = bucketOrder([...postingsByKey.keys()]);
  const offsets = new Uint32Array(keys.length + 1);
  const postingCount = keys.reduce((sum, key) => sum + (postingsByKey.get(key)?.length ?? 0) / 2, 0);
  const postingDocs = new Uint16Array(postingCount);
  const postingCounts = new Uint32Array(postingCount);
  let at = 0;
  keys.forEach((key, k) => {
    offsets[k] = at;
    const list = postingsByKey.get(key) ?? [];
    for (let i = 0; i < list.length; i += 2, at++) {
      postingDocs[at] = list[i] ?? 0;
      postingCounts[at] = list[i + 1] ?? 0;
    }
  });
  offsets[keys.length] = at;

  const fieldIndex = buildFieldIndex(documents.map((doc, local) => ({ ref: String(local), ...doc.folded })));
  return { issueId, documents, keys, offsets, postingDocs, postingCounts, foldedTexts, canonicalTexts, fieldIndex };
}
