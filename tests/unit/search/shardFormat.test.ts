import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { buildShard } from '../../../src/main/search/buildShard';
import { storeFieldIndex } from '../../../src/main/search/fieldIndex';
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

describe('shard format', () => {
  it('reads back what was written: documents, folded texts and canonical texts', () => {
    const loaded = readShard(bytes);
    expect(loaded.issueId).toBe('fixture');
    expect(loaded.documents).toEqual(built.documents);
    expect(loaded.foldedTexts).toEqual(built.foldedTexts);
    parsed.documents.forEach((doc, local) => {
      expect(loaded.canonicalText(local).slice(0)).toBe(documentText(doc));
    });
  });

  it('holds the folded text once, and the canonical text in under a fifth of its size', () => {
    const foldedBytes = built.foldedTexts.reduce((sum, text) => sum + text.length * 2, 0);
    const canonicalBytes = built.canonicalTexts.reduce((sum, text) => sum + text.length * 2, 0);
    const field = storeFieldIndex(built.fieldIndex);
    const fieldBytes = Object.values(field).reduce(
      (sum: number, part: unknown) => sum + (ArrayBuffer.isView(part) ? part.byteLength : 0),
      0,
    );
    const headerBytes = bytes.readUInt32LE(4) + 8;
    // What is left besides the folded text, the field index and the header: the edits and a few bytes of padding.
    const rest = bytes.length - foldedBytes - fieldBytes - headerBytes;
    expect(rest).toBeGreaterThan(0);
    expect(rest).toBeLessThan(canonicalBytes / 5);
  });

  it('stamps the folded text: the same text gives the same stamp, other text another', () => {
    const again = readShard(serializeShard(buildShard('fixture', parsed))).stamp;
    expect(again).toBe(readShard(bytes).stamp);
    const fewer = buildShard('fixture', { ...parsed, documents: parsed.documents.slice(1) });
    expect(readShard(serializeShard(fewer)).stamp).not.toBe(again);
  });

  it('loads from a file and keeps nothing of it: the shard still gives its texts once the file is gone', () => {
    const path = join(tempDir(), 'index.gzs');
    writeFileSync(path, bytes);
    const loaded = loadShardFile(path);
    rmSync(path);
    expect(loaded.foldedTexts).toEqual(built.foldedTexts);
    expect(loaded.canonicalText(2).slice(0)).toBe(
      documentText(parsed.documents[2] as ParsedIssue['documents'][number]),
    );
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
