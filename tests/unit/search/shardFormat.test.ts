import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { buildShard } from '../../../src/main/search/buildShard';
import { postingStart } from '../../../src/main/search/keyTable';
import { loadShardFile } from '../../../src/main/search/shardFile';
import {
  readShard,
  serializeShard,
  ShardFormatError,
  SEARCH_SCHEMA_VERSION,
  type ShardContent,
} from '../../../src/main/search/shardFormat';
import { documentText, type ParsedIssue } from '../../../src/shared/model';
import { fixturePath, fixturesDir } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const tempDir = tempDirs('gazette-shard-');
let parsed: ParsedIssue;
let built: ShardContent;
let bytes: Buffer;
beforeAll(async () => {
  parsed = await parseIssueFile(fixturePath);
  built = buildShard('fixture', parsed);
  bytes = serializeShard(built);
});

/** What a shard says about its postings, key by key: [key, [document, tf]…], from the built or the loaded arrays. */
function postingsOf(
  keys: Uint32Array,
  range: (key: number, k: number) => [number, number],
  docs: ArrayLike<number>,
  tfs: ArrayLike<number>,
): [number, number[][]][] {
  return [...keys].map((key, k) => {
    const list: number[][] = [];
    const [from, to] = range(key, k);
    for (let p = from; p < to; p++) list.push([docs[p] ?? 0, tfs[p] ?? 0]);
    return [key, list];
  });
}

describe('shard format', () => {
  it('reads back what was written: documents, keys, postings (tf capped at 255) and both texts', () => {
    const loaded = readShard(bytes);
    expect(loaded.issueId).toBe('fixture');
    expect(loaded.documents).toEqual(built.documents);
    expect([...loaded.keys]).toEqual([...built.keys]);
    const capped = built.postingCounts.map((count) => Math.min(count, 255));
    const loadedRange = (key: number, k: number): [number, number] => {
      const start = postingStart(loaded, key, k);
      return [start, start + (loaded.frequencies[k] ?? 0)];
    };
    const builtRange = (_: number, k: number): [number, number] => [built.offsets[k] ?? 0, built.offsets[k + 1] ?? 0];
    expect(postingsOf(loaded.keys, loadedRange, loaded.postingDocs, loaded.postingTfs)).toEqual(
      postingsOf(built.keys, builtRange, built.postingDocs, capped),
    );
    expect(built.postingCounts.some((count) => count > 255)).toBe(true);
    expect(loaded.foldedTexts).toEqual(built.foldedTexts);
    parsed.documents.forEach((doc, local) => {
      expect(loaded.canonicalText(local)).toBe(documentText(doc));
    });
  });

  it('stores document numbers and frequencies in a byte, and posting starts per bucket, for a few documents', () => {
    const loaded = readShard(bytes);
    expect(loaded.postingDocs).toBeInstanceOf(Uint8Array);
    expect(loaded.frequencies).toBeInstanceOf(Uint8Array);
    expect(loaded.frequencies).toHaveLength(loaded.keys.length);
    expect(loaded.bucketPostings).toHaveLength(Math.ceil(loaded.keys.length / 8) + 1);
    // The canonical text, at the end, is not loaded: the index and the folded text take the rest.
    const canonicalBytes = parsed.documents.reduce((sum, doc) => sum + documentText(doc).length * 2, 0);
    expect(bytes.length).toBeGreaterThan(canonicalBytes);
  });

  it('loads from a file without the canonical text, reads it on demand, and gives none once the file changed', () => {
    const path = join(tempDir(), 'index.gzs');
    writeFileSync(path, bytes);
    const loaded = loadShardFile(path);
    expect(loaded.foldedTexts).toEqual(built.foldedTexts);
    expect(loaded.canonicalText(2)).toBe(documentText(parsed.documents[2] as ParsedIssue['documents'][number]));
    const other = buildShard('other', { ...parsed, documents: parsed.documents.slice(1) });
    writeFileSync(path, serializeShard(other));
    expect(loaded.canonicalText(2)).toBeNull();
  });

  it('rejects every truncation and a damaged header with ShardFormatError, never another error (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (length) => {
        expect(() => readShard(bytes.subarray(0, length))).toThrow(ShardFormatError);
      }),
      { numRuns: 200 },
    );
    const damaged = Buffer.from(bytes);
    damaged.write('{"schemaVersion"', 8 + 2, 'utf8');
    expect(() => readShard(damaged)).toThrow(ShardFormatError);
    const longer = Buffer.concat([bytes, Buffer.alloc(4)]);
    expect(() => readShard(longer)).toThrow(ShardFormatError);
  });

  it('takes a shard of format version 4 for an outdated one, to be rebuilt', () => {
    const old = readFileSync(join(fixturesDir, 'search', 'shard-v4.gzs'));
    expect(SEARCH_SCHEMA_VERSION).toBeGreaterThan(4);
    let error: unknown;
    try {
      readShard(old);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ShardFormatError);
    expect((error as ShardFormatError).outdated).toBe(true);
  });
});
