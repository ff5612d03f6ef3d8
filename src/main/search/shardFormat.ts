/**
 * One issue's search shard, as a single binary file: adding or removing an issue writes or deletes one shard and
 * never touches the others; the index in memory is the set of loaded shards.
 *
 * Layout (little-endian), each array starting at a multiple of its element size:
 *   "GZS1" | u32 header length | header JSON (schemaVersion, documents, sizes, the field index's refs) |
 *   field vector elements f64[V] | keys u32[K] ascending | offsets u32[K+1] into postings |
 *   postings u32[P] = (local doc << 16) | min(tf, 65535) | key table u16 or u32[T] (keyTable.ts) |
 *   field terms u32[F] | field posting ends u32[F+1] | field postings UTF-8 (fieldIndex.ts) |
 *   per document: folded text, then canonical text, both UTF-16LE.
 *
 * Typed arrays are views on the file's bytes, so loading costs one read and a JSON.parse of a small header; the
 * canonical text stays in those bytes until a snippet needs it, and the field index until a query ranks one of the
 * issue's documents near the top.
 */
import type lunr from 'lunr';
import type { DocumentSummary } from '../../shared/api';
import { storeFieldIndex, type StoredFieldIndex } from './fieldIndex';
import { buildKeyTable, keyTableType, type KeyTable } from './keyTable';

/** Bump whenever the bytes written here or their meaning (folding, keys, fields) change: old shards are rebuilt. */
export const SEARCH_SCHEMA_VERSION = 4;

const MAGIC = 'GZS1';

export interface ShardDocument extends DocumentSummary {
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
  fieldIndex: { fields: string[]; vectorRefs: string[]; vectorEnds: number[]; termCount: number };
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
  keyTable: KeyTable;
  foldedTexts: string[];
  /**
   * What a query reads of every candidate, outside the document objects (one look-up instead of a chain of them
   * per document, for the thousands of candidates of a one-character query): folded lengths for BM25, and the
   * folded title and 文号 joined by a line break, which no query word contains, for the title tier.
   */
  foldedLengths: Uint32Array;
  titlesAndNumbers: string[];
  canonicalText(local: number): string;
  fieldIndex: StoredFieldIndex;
}

export class ShardFormatError extends Error {
  constructor(
    message: string,
    /** Written by an older schema: rebuilt as a routine upgrade, not a repair. */
    readonly outdated = false,
  ) {
    super(`search shard: ${message}`);
    this.name = 'ShardFormatError';
  }
}

const alignTo = (n: number, size: number): number => Math.ceil(n / size) * size;

type Section = Float64Array | Uint32Array | Uint16Array | Uint8Array;

export function serializeShard(shard: ShardContent): Buffer {
  const keyTable = buildKeyTable(shard.keys);
  const field = storeFieldIndex(shard.fieldIndex);
  const header: ShardHeader = {
    schemaVersion: SEARCH_SCHEMA_VERSION,
    issueId: shard.issueId,
    documents: shard.documents,
    keyCount: shard.keys.length,
    postingCount: shard.postings.length,
    keyTableSize: keyTable.length,
    fieldIndex: {
      fields: field.fields,
      vectorRefs: field.vectorRefs,
      vectorEnds: field.vectorEnds,
      termCount: field.termKeys.length,
    },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const sections: Section[] = [field.vectorElements, shard.keys, shard.offsets, shard.postings, keyTable];
  sections.push(field.termKeys, field.postingEnds, field.postings);
  let at = 8 + headerBytes.length;
  const starts = sections.map((section) => {
    const start = alignTo(at, section.BYTES_PER_ELEMENT);
    at = start + section.byteLength;
    return start;
  });
  const textsStart = alignTo(at, 2);
  const textUnits = shard.documents.reduce((sum, doc) => sum + doc.foldedLength + doc.textLength, 0);
  const out = Buffer.alloc(textsStart + textUnits * 2);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  sections.forEach((section, i) => {
    Buffer.from(section.buffer, section.byteOffset, section.byteLength).copy(out, starts[i]);
  });
  at = textsStart;
  shard.documents.forEach((_, i) => {
    at += out.write(shard.foldedTexts[i] ?? '', at, 'utf16le');
    at += out.write(shard.canonicalTexts[i] ?? '', at, 'utf16le');
  });
  return out;
}

/** Reads a shard; throws ShardFormatError for a foreign file or an older schemaVersion (the caller rebuilds). */
export function readShard(bytes: Uint8Array): LoadedShard {
  // Typed-array views need aligned offsets; small pooled buffers may not have them.
  const data = bytes.byteOffset % 8 === 0 ? bytes : Uint8Array.from(bytes);
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
    throw new ShardFormatError(`schemaVersion ${header.schemaVersion}, expected ${SEARCH_SCHEMA_VERSION}`, true);
  }
  let at = 8 + headerLength;
  const view = <T extends Section>(
    Type: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number },
    length: number,
  ): T => {
    at = alignTo(at, Type.BYTES_PER_ELEMENT);
    if (at + length * Type.BYTES_PER_ELEMENT > buffer.length) throw new ShardFormatError('truncated or corrupt');
    const array = new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + at, length);
    at += array.byteLength;
    return array;
  };
  const { fieldIndex } = header;
  const vectorElements = view(Float64Array, fieldIndex.vectorEnds.at(-1) ?? 0);
  const keys = view(Uint32Array, header.keyCount);
  const offsets = view(Uint32Array, header.keyCount + 1);
  const postings = view(Uint32Array, header.postingCount);
  const keyTable: KeyTable = view<KeyTable>(keyTableType(header.keyCount), header.keyTableSize);
  const termKeys = view(Uint32Array, fieldIndex.termCount);
  const postingEnds = view(Uint32Array, fieldIndex.termCount + 1);
  const fieldPostings = view(Uint8Array, postingEnds[fieldIndex.termCount] ?? 0);
  let textAt = alignTo(at, 2);
  const foldedTexts: string[] = [];
  const canonicalStarts: number[] = [];
  for (const doc of header.documents) {
    foldedTexts.push(buffer.toString('utf16le', textAt, textAt + doc.foldedLength * 2));
    textAt += doc.foldedLength * 2;
    canonicalStarts.push(textAt);
    textAt += doc.textLength * 2;
  }
  if (textAt !== buffer.length) throw new ShardFormatError('truncated or corrupt');
  return {
    issueId: header.issueId,
    documents: header.documents,
    keys,
    offsets,
    postings,
    keyTable,
    foldedTexts,
    foldedLengths: Uint32Array.from(header.documents, (doc) => doc.foldedLength),
    titlesAndNumbers: header.documents.map(({ folded }) => `${folded.title}\n${folded.docNumber}`),
    canonicalText: (local) => {
      const start = canonicalStarts[local] ?? 0;
      return buffer.toString('utf16le', start, start + (header.documents[local]?.textLength ?? 0) * 2);
    },
    fieldIndex: {
      fields: fieldIndex.fields,
      vectorRefs: fieldIndex.vectorRefs,
      vectorEnds: fieldIndex.vectorEnds,
      vectorElements,
      termKeys,
      postingEnds,
      postings: fieldPostings,
    },
  };
}
