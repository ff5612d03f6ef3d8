/**
 * One issue's search shard, as a single binary file: adding or removing an issue writes or deletes one shard and
 * never touches the others; the index in memory is the set of loaded shards.
 *
 * Layout (little-endian):
 *   "GZS1" | u32 header length | header JSON (schemaVersion, documents, the fielded lunr index) | padding to 4 |
 *   keys u32[K] ascending | offsets u32[K+1] into postings | postings u32[P] = (local doc << 16) | min(tf, 65535) |
 *   key table u32[T] (keyTable.ts) | per document: folded text, then canonical text, both UTF-16LE.
 *
 * Typed arrays are views on the file's bytes, so loading costs one read and a JSON.parse of a small header; the
 * canonical text stays in those bytes until a snippet needs it.
 */
import lunr from 'lunr';
import { buildKeyTable } from './keyTable';

/** Bump whenever the bytes written here or their meaning (folding, keys, fields) change: old shards are rebuilt. */
export const SEARCH_SCHEMA_VERSION = 2;

const MAGIC = 'GZS1';

export interface ShardDocument {
  id: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  signedOn: string | null;
  genre: string | null;
  /** 成文日期, else 印发日期 (ISO), for date filters and newest-first ties. */
  date: string | null;
  /** The year of `date`, else the issue's year. */
  year: number | null;
  folded: { title: string; docNumber: string; issuer: string; headings: string };
  foldedLength: number;
  textLength: number;
}

interface ShardHeader {
  schemaVersion: number;
  issueId: string;
  documents: ShardDocument[];
  keyCount: number;
  postingCount: number;
  keyTableSize: number;
  fieldIndex: object;
}

export interface ShardContent {
  issueId: string;
  documents: ShardDocument[];
  keys: Uint32Array;
  offsets: Uint32Array;
  postings: Uint32Array;
  foldedTexts: string[];
  canonicalTexts: string[];
  fieldIndex: lunr.Index;
}

export interface LoadedShard {
  issueId: string;
  documents: ShardDocument[];
  keys: Uint32Array;
  offsets: Uint32Array;
  postings: Uint32Array;
  keyTable: Uint32Array;
  foldedTexts: string[];
  canonicalText(local: number): string;
  fieldIndex(): lunr.Index;
}

export class ShardFormatError extends Error {
  constructor(message: string) {
    super(`search shard: ${message}`);
    this.name = 'ShardFormatError';
  }
}

const align4 = (n: number): number => (n + 3) & ~3;

export function serializeShard(shard: ShardContent): Buffer {
  const keyTable = buildKeyTable(shard.keys);
  const header: ShardHeader = {
    schemaVersion: SEARCH_SCHEMA_VERSION,
    issueId: shard.issueId,
    documents: shard.documents,
    keyCount: shard.keys.length,
    postingCount: shard.postings.length,
    keyTableSize: keyTable.length,
    fieldIndex: shard.fieldIndex.toJSON(),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const arraysStart = align4(8 + headerBytes.length);
  const arrayBytes = (shard.keys.length * 2 + 1 + shard.postings.length + keyTable.length) * 4;
  const textUnits = shard.documents.reduce((sum, doc) => sum + doc.foldedLength + doc.textLength, 0);
  const out = Buffer.alloc(arraysStart + arrayBytes + textUnits * 2);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  let at = arraysStart;
  for (const array of [shard.keys, shard.offsets, shard.postings, keyTable]) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, at);
    at += array.byteLength;
  }
  shard.documents.forEach((_, i) => {
    at += out.write(shard.foldedTexts[i] ?? '', at, 'utf16le');
    at += out.write(shard.canonicalTexts[i] ?? '', at, 'utf16le');
  });
  return out;
}

/** Reads a shard; throws ShardFormatError for a foreign file or an older schemaVersion (the caller rebuilds). */
export function readShard(bytes: Uint8Array): LoadedShard {
  // Typed-array views need 4-byte alignment; small pooled buffers may not have it.
  const data = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buffer.length < 8 || buffer.toString('latin1', 0, 4) !== MAGIC) throw new ShardFormatError('not a shard file');
  const headerLength = buffer.readUInt32LE(4);
  let header: ShardHeader;
  try {
    header = JSON.parse(buffer.toString('utf8', 8, 8 + headerLength)) as ShardHeader;
  } catch {
    throw new ShardFormatError('unreadable header');
  }
  if (header.schemaVersion !== SEARCH_SCHEMA_VERSION) {
    throw new ShardFormatError(`schemaVersion ${header.schemaVersion}, expected ${SEARCH_SCHEMA_VERSION}`);
  }
  let at = buffer.byteOffset + align4(8 + headerLength);
  const view = (length: number): Uint32Array => {
    const array = new Uint32Array(buffer.buffer, at, length);
    at += length * 4;
    return array;
  };
  const keys = view(header.keyCount);
  const offsets = view(header.keyCount + 1);
  const postings = view(header.postingCount);
  const keyTable = view(header.keyTableSize);
  let textAt = at - buffer.byteOffset;
  const foldedTexts: string[] = [];
  const canonicalStarts: number[] = [];
  for (const doc of header.documents) {
    foldedTexts.push(buffer.toString('utf16le', textAt, textAt + doc.foldedLength * 2));
    textAt += doc.foldedLength * 2;
    canonicalStarts.push(textAt);
    textAt += doc.textLength * 2;
  }
  if (textAt !== buffer.length) throw new ShardFormatError('truncated or corrupt');
  let fieldIndex: lunr.Index | null = null;
  return {
    issueId: header.issueId,
    documents: header.documents,
    keys,
    offsets,
    postings,
    keyTable,
    foldedTexts,
    canonicalText: (local) => {
      const start = canonicalStarts[local] ?? 0;
      return buffer.toString('utf16le', start, start + (header.documents[local]?.textLength ?? 0) * 2);
    },
    // Parsed on first use: most queries never need the fielded index of most shards.
    fieldIndex: () => (fieldIndex ??= lunr.Index.load(header.fieldIndex)),
  };
}
