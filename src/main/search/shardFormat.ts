/**
 * One issue's search shard, as a single binary file: what search reads of an issue besides the library's merged
 * postings (postingsFile.ts). Adding or removing an issue writes or deletes one shard and never touches the others.
 *
 * Layout (little-endian), each array starting at a multiple of its element size:
 *   "GZS1" | u32 header length | header JSON (schemaVersion, stamp, documents, sizes, the field names) |
 *   field vector elements u32[E] | field vector numbers i32[fields × D] | field vector ends u32[V] |
 *   field terms u32[T] | field posting ends u32[T+1] | canonical-text edit ends u32[D] |
 *   field postings (fieldIndex.ts) | canonical-text edits (canonicalEdits.ts) |
 *   folded texts, UTF-16LE, one after another (decoded into strings at load).
 *
 * No gram postings: they are computed from the folded texts when the merged postings do not cover the issue, and
 * the canonical text is its edits of the folded text, so at 2,000 issues the shards hold the folded text once and
 * little else. The stamp is a hash of the folded texts: the merged postings were made from this text or not.
 */
import { createHash } from 'node:crypto';
import type lunr from 'lunr';
import type { DocumentSummary } from '../../shared/api';
import { CanonicalText, canonicalEdits } from './canonicalEdits';
import { storeFieldIndex, type StoredFieldIndex } from './fieldIndex';

/** Bump whenever the bytes written here or their meaning (folding, keys, fields) change: old shards are rebuilt. */
export const SEARCH_SCHEMA_VERSION = 8;

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
  stamp: string;
  documents: ShardDocument[];
  editBytes: number;
  fieldIndex: {
    fields: string[];
    documents: number;
    vectors: number;
    elements: number;
    terms: number;
    postingBytes: number;
  };
}

export interface ShardContent {
  issueId: string;
  documents: ShardDocument[];
  foldedTexts: string[];
  canonicalTexts: string[];
  fieldIndex: lunr.Index;
}

export interface LoadedShard {
  issueId: string;
  stamp: string;
  documents: ShardDocument[];
  foldedTexts: string[];
  /**
   * What a query reads of every candidate, outside the document objects (one look-up instead of a chain of them
   * per document, for the thousands of candidates of a one-character query): folded lengths for BM25, and the
   * folded title and 文号 joined by a line break, which no query word contains, for the title tier.
   */
  foldedLengths: Uint32Array;
  titlesAndNumbers: string[];
  /** The document's canonical text, put together as it is read. */
  canonicalText(local: number): CanonicalText;
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

type Section = Int32Array | Uint32Array | Uint8Array;
type SectionType = { new (b: ArrayBufferLike, o: number, n: number): Section; BYTES_PER_ELEMENT: number };

/** The sections between the header and the folded texts, in file order, with their types and lengths. */
function indexSections(header: ShardHeader): { type: SectionType; length: number }[] {
  const { fieldIndex } = header;
  return [
    { type: Uint32Array, length: fieldIndex.elements },
    { type: Int32Array, length: fieldIndex.fields.length * fieldIndex.documents },
    { type: Uint32Array, length: fieldIndex.vectors },
    { type: Uint32Array, length: fieldIndex.terms },
    { type: Uint32Array, length: fieldIndex.terms + 1 },
    { type: Uint32Array, length: header.documents.length },
    { type: Uint8Array, length: fieldIndex.postingBytes },
    { type: Uint8Array, length: header.editBytes },
  ];
}

interface Layout {
  /** Start of each index section, relative to `indexStart` (which is 8-aligned, so alignment carries over). */
  starts: number[];
  indexStart: number;
  foldedStart: number;
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
  return { starts, indexStart, foldedStart, end: foldedStart + foldedUnits * 2 };
}

export function serializeShard(shard: ShardContent): Buffer {
  const field = storeFieldIndex(shard.fieldIndex);
  const edits = shard.canonicalTexts.map(canonicalEdits);
  const editEnds = new Uint32Array(edits.length);
  edits.reduce((end, bytes, local) => (editEnds[local] = end + bytes.length), 0);
  const folded = Buffer.from(shard.foldedTexts.join(''), 'utf16le');
  const header: ShardHeader = {
    schemaVersion: SEARCH_SCHEMA_VERSION,
    issueId: shard.issueId,
    stamp: createHash('sha256')
      .update(folded)
      .update(shard.foldedTexts.map((text) => text.length).join(','))
      .digest('hex')
      .slice(0, 32),
    documents: shard.documents,
    editBytes: editEnds.at(-1) ?? 0,
    fieldIndex: {
      fields: field.fields,
      documents: field.documentCount,
      vectors: field.vectorEnds.length,
      elements: field.vectorElements.length,
      terms: field.termKeys.length,
      postingBytes: field.postings.length,
    },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const layout = layoutOf(header, headerBytes.length);
  const values: ArrayLike<number>[] = [
    field.vectorElements,
    field.vectorOf,
    field.vectorEnds,
    field.termKeys,
    field.postingEnds,
    editEnds,
    field.postings,
    Buffer.concat(edits),
  ];
  const out = Buffer.alloc(layout.end);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  indexSections(header).forEach(({ type, length }, i) => {
    const section = new type(out.buffer, out.byteOffset + layout.indexStart + (layout.starts[i] ?? 0), length);
    section.set(values[i] ?? []);
  });
  folded.copy(out, layout.foldedStart);
  return out;
}

interface ShardStart {
  header: ShardHeader;
  layout: Layout;
}

/** The header and layout of a shard; throws ShardFormatError. */
function readShardStart(bytes: Uint8Array): ShardStart {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) throw new ShardFormatError('not a shard file');
  const headerLength = file.readUInt32LE(4);
  if (8 + headerLength > file.length) throw new ShardFormatError('truncated or corrupt');
  let header: ShardHeader;
  try {
    header = JSON.parse(file.toString('utf8', 8, 8 + headerLength)) as ShardHeader;
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
  if (layout.end !== file.length) throw new ShardFormatError('truncated or corrupt');
  return { header, layout };
}

/**
 * A loaded shard from its start, its sections (kept: the shard's arrays are views on them, so they must be its own
 * copy at an aligned offset) and its folded texts (decoded into strings; their bytes can be reused).
 */
function shardFromParts({ header, layout }: ShardStart, index: Uint8Array, folded: Uint8Array): LoadedShard {
  const [vectorElements, vectorOf, vectorEnds, termKeys, postingEnds, editEnds, fieldPostings, edits] = indexSections(
    header,
  ).map(({ type, length }, i) => new type(index.buffer, index.byteOffset + (layout.starts[i] ?? 0), length)) as [
    Uint32Array,
    Int32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint8Array,
    Uint8Array,
  ];
  if ((editEnds.at(-1) ?? 0) !== header.editBytes) throw new ShardFormatError('truncated or corrupt');
  const foldedBytes = Buffer.from(folded.buffer, folded.byteOffset, folded.byteLength);
  let at = 0;
  const foldedTexts = header.documents.map(({ foldedLength }) =>
    foldedBytes.toString('utf16le', at, (at += foldedLength * 2)),
  );
  const { fieldIndex } = header;
  return {
    issueId: header.issueId,
    stamp: header.stamp,
    documents: header.documents,
    foldedTexts,
    foldedLengths: Uint32Array.from(header.documents, (doc) => doc.foldedLength),
    titlesAndNumbers: header.documents.map(({ folded }) => `${folded.title}\n${folded.docNumber}`),
    canonicalText: (local) =>
      new CanonicalText(
        foldedTexts[local] ?? '',
        header.documents[local]?.textLength ?? 0,
        edits,
        editEnds[local - 1] ?? 0,
        editEnds[local] ?? 0,
      ),
    fieldIndex: {
      fields: fieldIndex.fields,
      documentCount: fieldIndex.documents,
      vectorOf,
      vectorEnds,
      vectorElements,
      termKeys,
      postingEnds,
      postings: fieldPostings,
    },
  };
}

/** Reads a shard from its bytes, copying what it keeps; throws ShardFormatError as readShardStart does. */
export function readShard(bytes: Uint8Array): LoadedShard {
  const start = readShardStart(bytes);
  // The sections are copied, to an aligned offset of their own (a Buffer's slice() would be a view); the folded
  // texts are decoded from the bytes as they are.
  const { indexStart, foldedStart, end } = start.layout;
  return shardFromParts(
    start,
    new Uint8Array(bytes.subarray(indexStart, foldedStart)),
    bytes.subarray(foldedStart, end),
  );
}
