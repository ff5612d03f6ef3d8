/**
 * One issue's search shard, as a single binary file: adding or removing an issue writes or deletes one shard and
 * never touches the others; the index in memory is the set of loaded shards.
 *
 * Layout (little-endian), each array starting at a multiple of its element size:
 *   "GZS1" | u32 header length | header JSON (schemaVersion, documents, sizes, the field index's refs) |
 *   index (kept in memory): keys u32[K] by hash bucket (keyTable.ts) | key directory u16 or u32[B+1] |
 *     bucket posting starts u8, u16 or u32[B+1] | document frequencies u8 or u16[K] |
 *     posting documents u8 or u16[P] | posting term frequencies u8[P] (capped at 255) |
 *     field vector elements f64[V] | field terms u32[F] | field posting ends u32[F+1] | field postings UTF-8 |
 *   folded texts, UTF-16LE, one after another (decoded into strings at load) |
 *   canonical texts, UTF-16LE, one after another (read from the file when a snippet needs one).
 *
 * At 2,000 issues the texts are most of the bytes, so the widths follow the shard (an issue has tens of documents,
 * so document numbers and document frequencies fit a byte), postings carry no positions (candidates are verified
 * on the folded text) and the canonical text is never loaded: loading reads the index and the folded texts only.
 * A term frequency past 255 adds nothing BM25 can see (tf / (tf + k1·norm) is 0.995 there).
 */
import type lunr from 'lunr';
import type { DocumentSummary } from '../../shared/api';
import { storeFieldIndex, type StoredFieldIndex } from './fieldIndex';
import { bucketCount, bucketPostingStarts, buildKeyDirectory, keyDirectoryType, type KeyIndex } from './keyTable';

/** Bump whenever the bytes written here or their meaning (folding, keys, fields) change: old shards are rebuilt. */
export const SEARCH_SCHEMA_VERSION = 7;

const MAGIC = 'GZS1';
const MAX_TF = 0xff;

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
  fieldIndex: { fields: string[]; vectorRefs: string[]; vectorEnds: number[]; termCount: number; postingBytes: number };
}

export interface ShardContent {
  issueId: string;
  documents: ShardDocument[];
  /** In the order of the key directory (keyTable.ts). */
  keys: Uint32Array;
  /** Where each key's postings start in `postingDocs`/`postingCounts` (K + 1 entries). */
  offsets: Uint32Array;
  /** The document (its number in the issue) of each posting, and how often the key occurs in it. */
  postingDocs: Uint16Array;
  postingCounts: Uint32Array;
  foldedTexts: string[];
  canonicalTexts: string[];
  fieldIndex: lunr.Index;
}

export interface LoadedShard extends KeyIndex {
  issueId: string;
  documents: ShardDocument[];
  postingDocs: UintArray;
  /** Term frequencies, capped at 255. */
  postingTfs: Uint8Array;
  foldedTexts: string[];
  /**
   * What a query reads of every candidate, outside the document objects (one look-up instead of a chain of them
   * per document, for the thousands of candidates of a one-character query): folded lengths for BM25, and the
   * folded title and 文号 joined by a line break, which no query word contains, for the title tier.
   */
  foldedLengths: Uint32Array;
  titlesAndNumbers: string[];
  /** The document's canonical text, read from the shard's bytes; null when they cannot be read any more. */
  canonicalText(local: number): string | null;
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

type UintArray = Uint8Array | Uint16Array | Uint32Array;
type Section = Float64Array | UintArray;
type SectionType = { new (b: ArrayBuffer, o: number, n: number): Section; BYTES_PER_ELEMENT: number };

/** The narrowest unsigned array type that holds values up to `max`. */
const widthFor = (max: number): typeof Uint8Array | typeof Uint16Array | typeof Uint32Array =>
  max <= 0xff ? Uint8Array : max <= 0xffff ? Uint16Array : Uint32Array;

/** The index sections of a shard, in file order, with their types and lengths, from its header alone. */
function indexSections(header: ShardHeader): { type: SectionType; length: number }[] {
  const { fieldIndex } = header;
  const buckets = bucketCount(header.keyCount) + 1;
  return [
    { type: Uint32Array, length: header.keyCount },
    { type: keyDirectoryType(header.keyCount), length: buckets },
    { type: widthFor(header.postingCount), length: buckets },
    { type: widthFor(header.documents.length), length: header.keyCount },
    { type: widthFor(Math.max(0, header.documents.length - 1)), length: header.postingCount },
    { type: Uint8Array, length: header.postingCount },
    { type: Float64Array, length: fieldIndex.vectorEnds.at(-1) ?? 0 },
    { type: Uint32Array, length: fieldIndex.termCount },
    { type: Uint32Array, length: fieldIndex.termCount + 1 },
    { type: Uint8Array, length: fieldIndex.postingBytes },
  ];
}

interface Layout {
  /** Start of each index section, relative to `indexStart` (which is 8-aligned, so alignment carries over). */
  starts: number[];
  indexStart: number;
  foldedStart: number;
  canonicalStart: number;
  end: number;
}

function layoutOf(header: ShardHeader, headerLength: number): Layout {
  const indexStart = alignTo(8 + headerLength, 8);
  let at = 0;
  const starts = indexSections(header).map(({ type, length }) => {
    const start = alignTo(at, type.BYTES_PER_ELEMENT);
    at = start + length * type.BYTES_PER_ELEMENT;
    return start;
  });
  const foldedStart = alignTo(indexStart + at, 2);
  const foldedUnits = header.documents.reduce((sum, doc) => sum + doc.foldedLength, 0);
  const canonicalStart = foldedStart + foldedUnits * 2;
  const canonicalUnits = header.documents.reduce((sum, doc) => sum + doc.textLength, 0);
  return { starts, indexStart, foldedStart, canonicalStart, end: canonicalStart + canonicalUnits * 2 };
}

export function serializeShard(shard: ShardContent): Buffer {
  const field = storeFieldIndex(shard.fieldIndex);
  const header: ShardHeader = {
    schemaVersion: SEARCH_SCHEMA_VERSION,
    issueId: shard.issueId,
    documents: shard.documents,
    keyCount: shard.keys.length,
    postingCount: shard.postingDocs.length,
    fieldIndex: {
      fields: field.fields,
      vectorRefs: field.vectorRefs,
      vectorEnds: field.vectorEnds,
      termCount: field.termKeys.length,
      postingBytes: field.postings.length,
    },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const layout = layoutOf(header, headerBytes.length);
  const keyDirectory = buildKeyDirectory(shard.keys);
  const values: ArrayLike<number>[] = [
    shard.keys,
    keyDirectory,
    bucketPostingStarts(keyDirectory, shard.offsets),
    shard.keys.map((_, k) => (shard.offsets[k + 1] ?? 0) - (shard.offsets[k] ?? 0)),
    shard.postingDocs,
    shard.postingCounts.map((count) => Math.min(count, MAX_TF)),
    field.vectorElements,
    field.termKeys,
    field.postingEnds,
    field.postings,
  ];
  const out = Buffer.alloc(layout.end);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  indexSections(header).forEach(({ type, length }, i) => {
    const section = new type(out.buffer, out.byteOffset + layout.indexStart + (layout.starts[i] ?? 0), length);
    section.set(values[i] ?? []);
  });
  let at = layout.foldedStart;
  for (const text of shard.foldedTexts) at += out.write(text, at, 'utf16le');
  for (const text of shard.canonicalTexts) at += out.write(text, at, 'utf16le');
  return out;
}

/** Where a shard's bytes are read from: memory (a shard just built) or its file (only the parts needed). */
export interface ShardSource {
  size: number;
  /** `length` bytes at `start`; throws when they cannot be read (the file changed or is gone). */
  read(start: number, length: number): Uint8Array;
}

export const memorySource = (bytes: Uint8Array): ShardSource => ({
  size: bytes.length,
  read: (start, length) => bytes.subarray(start, start + length),
});

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Reads a shard; throws ShardFormatError for a foreign file or an older schemaVersion (the caller rebuilds). */
export function readShard(bytes: Uint8Array): LoadedShard {
  return loadShard(memorySource(bytes));
}

export function loadShard(source: ShardSource): LoadedShard {
  if (source.size < 8) throw new ShardFormatError('not a shard file');
  const start = asBuffer(source.read(0, 8));
  if (start.toString('latin1', 0, 4) !== MAGIC) throw new ShardFormatError('not a shard file');
  const headerLength = start.readUInt32LE(4);
  if (8 + headerLength > source.size) throw new ShardFormatError('truncated or corrupt');
  let header: ShardHeader;
  try {
    header = JSON.parse(asBuffer(source.read(8, headerLength)).toString('utf8')) as ShardHeader;
  } catch {
    throw new ShardFormatError('unreadable header');
  }
  if (header.schemaVersion !== SEARCH_SCHEMA_VERSION) {
    throw new ShardFormatError(`schemaVersion ${header.schemaVersion}, expected ${SEARCH_SCHEMA_VERSION}`, true);
  }
  let layout: Layout;
  try {
    layout = layoutOf(header, headerLength);
  } catch {
    throw new ShardFormatError('unreadable header');
  }
  if (layout.end !== source.size) throw new ShardFormatError('truncated or corrupt');
  // A copy of the index alone: the views below must not keep the file's other bytes (its texts) in memory.
  const index = new Uint8Array(layout.foldedStart - layout.indexStart);
  index.set(source.read(layout.indexStart, index.length));
  const [
    keys,
    keyDirectory,
    bucketPostings,
    frequencies,
    postingDocs,
    postingTfs,
    vectorElements,
    termKeys,
    postingEnds,
    fieldPostings,
  ] = indexSections(header).map(({ type, length }, i) => new type(index.buffer, layout.starts[i] ?? 0, length)) as [
    Uint32Array,
    KeyIndex['keyDirectory'],
    UintArray,
    UintArray,
    UintArray,
    Uint8Array,
    Float64Array,
    Uint32Array,
    Uint32Array,
    Uint8Array,
  ];
  if ((bucketPostings.at(-1) ?? 0) !== header.postingCount) throw new ShardFormatError('truncated or corrupt');

  const folded = asBuffer(source.read(layout.foldedStart, layout.canonicalStart - layout.foldedStart));
  const foldedTexts: string[] = [];
  const canonicalStarts: number[] = [];
  let foldedAt = 0;
  let canonicalAt = layout.canonicalStart;
  for (const doc of header.documents) {
    foldedTexts.push(folded.toString('utf16le', foldedAt, foldedAt + doc.foldedLength * 2));
    foldedAt += doc.foldedLength * 2;
    canonicalStarts.push(canonicalAt);
    canonicalAt += doc.textLength * 2;
  }
  const { fieldIndex } = header;
  return {
    issueId: header.issueId,
    documents: header.documents,
    keys,
    keyDirectory,
    bucketPostings,
    frequencies,
    postingDocs,
    postingTfs,
    foldedTexts,
    foldedLengths: Uint32Array.from(header.documents, (doc) => doc.foldedLength),
    titlesAndNumbers: header.documents.map(({ folded }) => `${folded.title}\n${folded.docNumber}`),
    canonicalText: (local) => {
      const length = (header.documents[local]?.textLength ?? 0) * 2;
      try {
        return asBuffer(source.read(canonicalStarts[local] ?? 0, length)).toString('utf16le');
      } catch {
        return null;
      }
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
