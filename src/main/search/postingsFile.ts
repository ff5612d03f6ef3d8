/**
 * The library's merged postings on disk: the gram postings of every issue in one file, each issue's documents
 * numbered one after another. It is derived data, a cache of what the issues' shards give: an issue it does not
 * cover, or covers with other text (a different stamp), gets its postings from its shard when loaded, and a file
 * that is missing, foreign, truncated or damaged is simply not used (the worker writes a new one).
 *
 * Layout (little-endian): "GZP1" | u32 header length | header JSON (schemaVersion, issues, keyCount, byteCount) |
 * padding to 4 | keys u32[K] | ends u32[K] | posting bytes. Opening reads the header, keys and ends; the posting
 * bytes of a key are read from the open file when a query asks for them.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { postingBytes, postingsInMemory, type Postings } from './postings';

export const POSTINGS_SCHEMA_VERSION = 1;
const MAGIC = 'GZP1';

/** An issue in the file: its documents are numbered from `base` (the sum of the documents before it). */
export interface CoveredIssue {
  issueId: string;
  /** The shard's stamp (a hash of its folded texts): postings from other text are not this issue's. */
  stamp: string;
  documents: number;
}

export interface MergedPostings {
  issues: CoveredIssue[];
  postings: Postings;
  /** Lets go of the file the postings are read from, if they are. */
  close?(): void;
}

interface Header {
  schemaVersion: number;
  issues: CoveredIssue[];
  keyCount: number;
  byteCount: number;
}

const align4 = (n: number): number => Math.ceil(n / 4) * 4;
/** A key's postings take at most three or four bytes per document: 1 MB is a 250,000-document library's worst. */
const SCRATCH_BYTES = 1 << 20;

export function serializeMergedPostings({ issues, postings }: MergedPostings): Buffer {
  const header: Header = {
    schemaVersion: POSTINGS_SCHEMA_VERSION,
    issues,
    keyCount: postings.keys.length,
    byteCount: postings.ends.at(-1) ?? 0,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const keysAt = align4(8 + json.length);
  const bytesAt = keysAt + header.keyCount * 8;
  const out = Buffer.alloc(bytesAt + header.byteCount);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  new Uint32Array(out.buffer, out.byteOffset + keysAt, header.keyCount).set(postings.keys);
  new Uint32Array(out.buffer, out.byteOffset + keysAt + header.keyCount * 4, header.keyCount).set(postings.ends);
  out.set(postingBytes(postings), bytesAt);
  return out;
}

function isHeader(value: unknown): value is Header {
  const header = value as Partial<Header> | null;
  return (
    typeof header === 'object' &&
    header !== null &&
    header.schemaVersion === POSTINGS_SCHEMA_VERSION &&
    Number.isSafeInteger(header.keyCount) &&
    Number.isSafeInteger(header.byteCount) &&
    Array.isArray(header.issues) &&
    header.issues.every(
      (issue: Partial<CoveredIssue>) =>
        typeof issue.issueId === 'string' &&
        typeof issue.stamp === 'string' &&
        Number.isSafeInteger(issue.documents) &&
        (issue.documents ?? -1) >= 0,
    )
  );
}

/** The header, keys and ends of a postings file, checked; null when they are not a whole, consistent file. */
function readIndexPart(
  readAt: (from: number, to: number) => Uint8Array,
  size: number,
): { header: Header; keys: Uint32Array; ends: Uint32Array; bytesAt: number } | null {
  if (size < 8) return null;
  const start = Buffer.from(readAt(0, 8));
  if (start.toString('latin1', 0, 4) !== MAGIC) return null;
  const jsonLength = start.readUInt32LE(4);
  if (8 + jsonLength > size) return null;
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(readAt(8, 8 + jsonLength)).toString('utf8'));
  } catch {
    return null;
  }
  if (!isHeader(header)) return null;
  const keysAt = align4(8 + jsonLength);
  const bytesAt = keysAt + header.keyCount * 8;
  if (bytesAt + header.byteCount !== size) return null;
  // Its own copy, at offset 0, so the views are aligned (a Buffer's slice() would be a view, hence the constructor).
  const index = new Uint8Array(readAt(keysAt, bytesAt));
  const keys = new Uint32Array(index.buffer, 0, header.keyCount);
  const ends = new Uint32Array(index.buffer, header.keyCount * 4, header.keyCount);
  let previousKey = -1;
  let previousEnd = 0;
  for (let k = 0; k < header.keyCount; k++) {
    const key = keys[k] ?? 0;
    const end = ends[k] ?? 0;
    if (key <= previousKey || end < previousEnd) return null;
    previousKey = key;
    previousEnd = end;
  }
  if (previousEnd !== header.byteCount) return null;
  return { header, keys, ends, bytesAt };
}

const documentsOf = (issues: readonly CoveredIssue[]): number =>
  issues.reduce((sum, issue) => sum + issue.documents, 0);

/** The merged postings in `bytes` (held in memory), or null when they are not a whole, consistent file. */
export function readMergedPostings(bytes: Uint8Array): MergedPostings | null {
  const part = readIndexPart((from, to) => bytes.subarray(from, to), bytes.length);
  if (!part) return null;
  const postingBytes = bytes.subarray(part.bytesAt);
  const { header, keys, ends } = part;
  return { issues: header.issues, postings: postingsInMemory(keys, ends, postingBytes, documentsOf(header.issues)) };
}

/**
 * The merged postings at `path`, read as queries need them from the file, which stays open until `close`; null
 * when there are none to use (missing, foreign, truncated or damaged).
 */
export function openMergedPostings(path: string): MergedPostings | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  // One key's postings at a time go through a scratch buffer; a longer read (all of them, for a merge) gets its own.
  const scratch = Buffer.allocUnsafeSlow(SCRATCH_BYTES);
  const readAt = (from: number, to: number): Uint8Array => {
    const into = to - from <= SCRATCH_BYTES ? scratch : Buffer.allocUnsafeSlow(to - from);
    for (let done = 0; done < to - from;) {
      const read = readSync(fd, into, done, to - from - done, from + done);
      if (read === 0) throw new Error(`${path} ended early`);
      done += read;
    }
    return into.subarray(0, to - from);
  };
  let part: ReturnType<typeof readIndexPart> = null;
  try {
    part = readIndexPart(readAt, fstatSync(fd).size);
  } catch {
    part = null;
  }
  if (!part) {
    closeSync(fd);
    return null;
  }
  const { header, keys, ends, bytesAt } = part;
  return {
    issues: header.issues,
    postings: {
      keys,
      ends,
      documentCount: documentsOf(header.issues),
      read: (from, to) => readAt(bytesAt + from, bytesAt + to),
    },
    close: () => {
      closeSync(fd);
    },
  };
}
