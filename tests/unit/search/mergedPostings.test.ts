import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { buildShard } from '../../../src/main/search/buildShard';
import { openMergedPostings, readMergedPostings, serializeMergedPostings } from '../../../src/main/search/postingsFile';
import { createSearchIndex, type SearchIndex } from '../../../src/main/search/searchIndex';
import { readShard, serializeShard, type LoadedShard } from '../../../src/main/search/shardFormat';
import type { ParsedIssue } from '../../../src/shared/model';
import { fixturePath } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const tempDir = tempDirs('gazette-postings-');
const QUERIES = ['土壤普查', '的', '济政发[2022]7号', '国务院', '环境 保护', '"开展第三次"', '通知 -土壤', '标题:预算'];

let parsed: ParsedIssue;
/** Issues a–d, and issue a again with other text (a shard the merged postings must not stand in for). */
let shards: LoadedShard[];
beforeAll(async () => {
  parsed = await parseIssueFile(fixturePath);
  const { documents } = parsed;
  const issue = (id: string, from: number, to: number): LoadedShard =>
    readShard(serializeShard(buildShard(id, { ...parsed, documents: documents.slice(from, to) })));
  shards = [issue('a', 0, 6), issue('b', 2, 6), issue('c', 0, 3), issue('d', 1, 5), issue('a', 1, 6)];
});

/** Everything a search answers, for comparing two indexes. */
const answers = (index: SearchIndex): unknown[] =>
  QUERIES.map((query) => {
    const { total, hits } = index.search(query, { limit: 50 });
    return { query, total, hits: hits.map(({ docId, score, snippets }) => ({ docId, score, snippets })) };
  });

/** An index of `loaded` (issue id → shard) built from scratch, each issue with postings of its own. */
function fresh(loaded: Map<string, LoadedShard>): SearchIndex {
  const index = createSearchIndex();
  for (const shard of loaded.values()) index.addShard(shard);
  return index;
}

type Step = { add: number } | { remove: number } | { merge: true } | { restart: true };

describe('merged postings', () => {
  it('answer every query as postings of each issue would, through adds, removals, merges and restarts (property)', () => {
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ add: fc.nat({ max: 4 }) }),
      fc.record({ remove: fc.nat({ max: 4 }) }),
      fc.record({ merge: fc.constant(true as const) }),
      fc.record({ restart: fc.constant(true as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const postingsPath = join(tempDir(), 'search-postings.gzp');
        let index = createSearchIndex();
        let saved: Uint8Array | null = null;
        const loaded = new Map<string, LoadedShard>();
        for (const next of steps) {
          if ('add' in next) {
            const shard = shards[next.add] as LoadedShard;
            index.addShard(shard);
            loaded.set(shard.issueId, shard);
          } else if ('remove' in next) {
            const { issueId } = shards[next.remove] as LoadedShard;
            index.removeShard(issueId);
            loaded.delete(issueId);
          } else if ('merge' in next) {
            saved = serializeMergedPostings(index.merge());
          } else {
            // A new process: the saved postings first, read from their file, then the shards of the issues in.
            index = createSearchIndex();
            if (saved) writeFileSync(postingsPath, saved);
            const merged = saved && openMergedPostings(postingsPath);
            if (merged) index.useMergedPostings(merged);
            for (const shard of loaded.values()) index.addShard(shard);
          }
          expect(answers(index)).toEqual(answers(fresh(loaded)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('cover an issue only with the text they were made from', () => {
    const first = createSearchIndex();
    first.addShard(shards[0] as LoadedShard);
    const merged = readMergedPostings(serializeMergedPostings(first.merge()));
    expect(merged?.issues.map(({ issueId }) => issueId)).toEqual(['a']);
    const next = createSearchIndex();
    if (merged) next.useMergedPostings(merged);
    next.addShard(shards[4] as LoadedShard);
    expect(next.unmerged()).toEqual({ issues: 1, removedDocuments: 6, documents: 5 });
    expect(answers(next)).toEqual(answers(fresh(new Map([['a', shards[4] as LoadedShard]]))));
  });

  it('read nothing from a truncated, foreign or inconsistent file, never throwing (property)', () => {
    const index = createSearchIndex();
    for (const shard of shards.slice(0, 4)) index.addShard(shard);
    const bytes = serializeMergedPostings(index.merge());
    expect(readMergedPostings(bytes)?.issues).toHaveLength(4);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (length) => {
        expect(readMergedPostings(bytes.subarray(0, length))).toBeNull();
      }),
      { numRuns: 200 },
    );
    expect(readMergedPostings(Buffer.from('GZS1 not postings'))).toBeNull();
    const path = join(tempDir(), 'search-postings.gzp');
    expect(openMergedPostings(path)).toBeNull();
    writeFileSync(path, bytes.subarray(0, bytes.length - 1));
    expect(openMergedPostings(path)).toBeNull();
    const unsorted = Buffer.from(bytes);
    const keysAt = Math.ceil((8 + unsorted.readUInt32LE(4)) / 4) * 4;
    unsorted.writeUInt32LE(0xffffffff, keysAt);
    expect(readMergedPostings(unsorted)).toBeNull();
  });
});
