/**
 * Gram postings: for each key (gramKeys.ts), the documents that have it and how often, over any number of documents
 * numbered from 0. One structure serves a single issue just imported and the whole library merged (postingsFile.ts).
 *
 * A key's postings are a varint gap (the document minus the one before, minus one; the first counts from −1) and
 * two bytes: the term frequency in four bits (exact to 8, then in steps: BM25's tf / (tf + k1·norm) hardly moves
 * there) and the blocks of the key's first and last occurrence in six bits each (gramKeys.ts). Keys
 * are held once for the library, not once per issue: an issue has about 14,000 distinct keys and most of them are
 * in every other issue too, which made per-issue key tables the largest part of the index.
 */
import { textKeys } from './gramKeys';
import { KeyNumbers } from './keyNumbers';
import { grown } from './typedArrays';
import { varintLength, writeVarint } from './varint';

/** The term frequency each four-bit code stands for; a count gets the largest that is not above it. */
const TF_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30, 50, 100, 200];

const tfCode = (count: number): number => {
  let code = TF_STEPS.length - 1;
  while (code > 0 && (TF_STEPS[code] ?? 0) > count) code--;
  return code;
};

/** A posting's two bytes as one number: tf code, first block, last block. */
export const packPosting = (count: number, firstBlock: number, lastBlock: number): number =>
  (tfCode(count) << 12) | (firstBlock << 6) | lastBlock;
export const postingTf = (packed: number): number => TF_STEPS[packed >>> 12] ?? 1;
export const postingFirstBlock = (packed: number): number => (packed >>> 6) & 0x3f;
export const postingLastBlock = (packed: number): number => packed & 0x3f;

export interface Postings {
  /** Distinct keys, ascending. */
  keys: Uint32Array;
  /** Where each key's postings end in the posting bytes; a key's start is the end of the key before it. */
  ends: Uint32Array;
  documentCount: number;
  /**
   * The posting bytes from `from` to `to`, valid until the next call: held in memory, or read from the library's
   * merged postings file (postingsFile.ts), which the page cache keeps as close as memory without the process
   * holding it.
   */
  read(from: number, to: number): Uint8Array;
}

export const postingsInMemory = (
  keys: Uint32Array,
  ends: Uint32Array,
  bytes: Uint8Array,
  documentCount: number,
): Postings => ({ keys, ends, documentCount, read: (from, to) => bytes.subarray(from, to) });

/** All of the posting bytes, in memory (a read of the whole range is never a shared scratch buffer). */
export const postingBytes = (postings: Postings): Uint8Array => postings.read(0, postings.ends.at(-1) ?? 0);

/** A part of a merge: postings whose documents are `base`, `base + 1`… in the numbering the merge maps from. */
export interface PostingsPart {
  postings: Postings;
  base: number;
}

/** Position of `key` in ascending `keys`, or -1. */
export function findKey(keys: Uint32Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = keys[middle] ?? 0;
    if (at === key) return middle;
    if (at < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export const postingsFrom = ({ ends }: Postings, k: number): number => (k > 0 ? (ends[k - 1] ?? 0) : 0);

/**
 * Reads the postings of one key at a time, documents ascending: after each `next()` that returns true, `document`
 * and `packed` (as packPosting makes it) are the posting's. A document past the postings' count or a posting cut
 * short (only damaged bytes make them) ends the key. One cursor is reused; no closure or object per posting.
 */
export class PostingCursor {
  document = -1;
  packed = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  private at = 0;
  private end = 0;
  private documentCount = 0;

  /** Starts on the postings of the `k`th key. */
  start(postings: Postings, k: number): this {
    this.bytes = postings.read(postingsFrom(postings, k), postings.ends[k] ?? 0);
    this.at = 0;
    this.end = this.bytes.length;
    this.documentCount = postings.documentCount;
    this.document = -1;
    return this;
  }

  next(): boolean {
    const { bytes, end } = this;
    let at = this.at;
    if (at >= end) return false;
    let byte = bytes[at++] ?? 0;
    let gap = byte & 0x7f;
    for (let scale = 0x80; byte >= 0x80 && at < end && scale <= 2 ** 28; scale *= 0x80) {
      byte = bytes[at++] ?? 0;
      gap += (byte & 0x7f) * scale;
    }
    const document = this.document + gap + 1;
    if (document >= this.documentCount || at + 2 > end) {
      this.at = end;
      return false;
    }
    this.document = document;
    this.packed = ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
    this.at = at + 2;
    return true;
  }
}

/**
 * Merges parts into one set of postings, renumbering documents by `renumber` (from `base + local` to the merged
 * number, or -1 to leave the document out; none: the numbers stay). Parts must be in document order and `renumber`
 * ascending over the documents it keeps, so each key's postings are the parts' postings one after another.
 *
 * Two passes over the parts, each reading every part from start to end: the first numbers the distinct keys and
 * sizes each key's merged postings exactly, the second writes them in place. A k-way merge by key instead jumps
 * between thousands of parts at every key and took ten times as long on 2,000 issues.
 */
export function mergePostings(
  parts: readonly PostingsPart[],
  renumber: Int32Array | null,
  documentCount: number,
): Postings {
  const numbers = new KeyNumbers(1 << 16);
  let sizes = new Float64Array(1 << 16);
  let last = new Int32Array(1 << 16);
  const cursor = new PostingCursor();
  const merged = (base: number): number =>
    renumber ? (renumber[base + cursor.document] ?? -1) : base + cursor.document;
  for (const { postings, base } of parts) {
    for (let k = 0; k < postings.keys.length; k++) {
      const number = numbers.numberOf(postings.keys[k] ?? 0);
      if (number === sizes.length) {
        sizes = grown(sizes, number * 2);
        last = grown(last, number * 2);
      }
      if (number === numbers.count - 1 && sizes[number] === 0) last[number] = -1;
      cursor.start(postings, k);
      while (cursor.next()) {
        const document = merged(base);
        if (document < 0) continue;
        sizes[number] = (sizes[number] ?? 0) + varintLength(document - (last[number] ?? -1) - 1) + 2;
        last[number] = document;
      }
    }
  }
  const keys = numbers.keys
    .slice(0, numbers.count)
    .sort()
    .filter((key) => (sizes[numbers.find(key)] ?? 0) > 0);
  const ends = new Uint32Array(keys.length);
  /** Per key number: where its next posting is written. */
  const writeAt = new Float64Array(numbers.count);
  let total = 0;
  keys.forEach((key, k) => {
    const number = numbers.find(key);
    writeAt[number] = total;
    total += sizes[number] ?? 0;
    ends[k] = total;
    last[number] = -1;
  });
  const bytes = new Uint8Array(total);
  for (const { postings, base } of parts) {
    for (let k = 0; k < postings.keys.length; k++) {
      const number = numbers.find(postings.keys[k] ?? 0);
      let at = writeAt[number] ?? 0;
      cursor.start(postings, k);
      while (cursor.next()) {
        const document = merged(base);
        if (document < 0) continue;
        at = writeVarint(bytes, at, document - (last[number] ?? -1) - 1);
        bytes[at++] = cursor.packed >>> 8;
        bytes[at++] = cursor.packed & 0xff;
        last[number] = document;
      }
      writeAt[number] = at;
    }
  }
  return postingsInMemory(keys, ends, bytes, documentCount);
}

/** The postings of one document's folded text. */
function documentPostings(folded: string): Postings {
  const { keys, counts, firstBlocks, lastBlocks } = textKeys(folded);
  const bytes = new Uint8Array(keys.length * 3);
  const ends = new Uint32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const packed = packPosting(counts[k] ?? 0, firstBlocks[k] ?? 0, lastBlocks[k] ?? 0);
    bytes[3 * k + 1] = packed >>> 8;
    bytes[3 * k + 2] = packed & 0xff;
    ends[k] = 3 * k + 3;
  }
  return postingsInMemory(keys, ends, bytes, 1);
}

/** The postings of documents numbered by their place in `foldedTexts`. */
export function buildPostings(foldedTexts: readonly string[]): Postings {
  const parts = foldedTexts.map((folded, base) => ({ postings: documentPostings(folded), base }));
  return mergePostings(parts, null, foldedTexts.length);
}
