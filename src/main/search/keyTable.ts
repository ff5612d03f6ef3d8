/**
 * A shard's key lookup: its keys are stored grouped by hash bucket (eight keys per bucket on average, ascending
 * inside one), and a directory gives where each bucket starts in the key array. A look-up reads two adjacent
 * directory entries and then a run of about eight consecutive keys, one or two cache lines; a key the shard lacks
 * costs the same, so shards that cannot match are skipped cheaply, and the look-up is exact (no false skips, unlike
 * a filter).
 *
 * The open-addressing table this replaces (an index into ascending keys, three quarters full) took 73 MB of a
 * 2,000-issue library and read a key at a random place for each probe; the directory is one entry per eight keys
 * (16-bit while a shard has fewer than 65,536 keys; every issue so far has about 14,000).
 */

const KEYS_PER_BUCKET = 8;

export type KeyDirectory = Uint16Array | Uint32Array;

/**
 * A shard's keys and where their postings are. Offsets per key (a 16-bit one each, 55 MB of a 2,000-issue library)
 * are replaced by one per bucket and each key's document frequency, a byte while an issue has under 256 documents:
 * a key's postings start after those of the keys before it in its bucket, at most seven adjacent bytes to add.
 */
export interface KeyIndex {
  keys: Uint32Array;
  keyDirectory: KeyDirectory;
  /** Where each bucket's postings start, and where the last one's end (one more than there are buckets). */
  bucketPostings: Uint8Array | Uint16Array | Uint32Array;
  /** Each key's number of postings (documents), in key order. */
  frequencies: Uint8Array | Uint16Array | Uint32Array;
}

export const bucketCount = (keyCount: number): number => Math.ceil(keyCount / KEYS_PER_BUCKET);

/** The directory's entry type for `keyCount` keys: entries go up to `keyCount`. */
export const keyDirectoryType = (keyCount: number): typeof Uint16Array | typeof Uint32Array =>
  keyCount <= 0xffff ? Uint16Array : Uint32Array;

/**
 * Fibonacci hashing, scaled to the bucket count: the high bits of the product mix both code units of a key (the
 * low ones would not). The product of a 32-bit hash and a count under 2^21 is exact in a double.
 */
const bucketOf = (key: number, buckets: number): number =>
  Math.floor(((Math.imul(key, 0x9e3779b1) >>> 0) * buckets) / 0x100000000);

/** `keys` in the order a directory needs: by bucket, ascending inside one. */
export function bucketOrder(keys: ArrayLike<number>): Uint32Array {
  const buckets = bucketCount(keys.length);
  const bucketed = Array.from(keys, (key) => ({ key, bucket: bucketOf(key, buckets) }));
  bucketed.sort((a, b) => a.bucket - b.bucket || a.key - b.key);
  return Uint32Array.from(bucketed, ({ key }) => key);
}

/** Where each bucket starts in `keys` (in bucket order), and where the last one ends. */
export function buildKeyDirectory(keys: Uint32Array): KeyDirectory {
  const buckets = bucketCount(keys.length);
  const directory = new (keyDirectoryType(keys.length))(buckets + 1);
  for (const key of keys) {
    const next = bucketOf(key, buckets) + 1;
    directory[next] = (directory[next] ?? 0) + 1;
  }
  for (let b = 0; b < buckets; b++) directory[b + 1] = (directory[b + 1] ?? 0) + (directory[b] ?? 0);
  return directory;
}

/** Where each bucket's postings start, from each key's (`offsets`, K + 1 of them, in the keys' bucket order). */
export function bucketPostingStarts(directory: KeyDirectory, offsets: ArrayLike<number>): number[] {
  return Array.from(directory, (k) => offsets[k] ?? 0);
}

/** Where the postings of `key`, the `k`th key (as lookupKey found it), start. */
export function postingStart(index: KeyIndex, key: number, k: number): number {
  const { keyDirectory, bucketPostings, frequencies } = index;
  const bucket = bucketOf(key, keyDirectory.length - 1);
  let start = bucketPostings[bucket] ?? 0;
  for (let before = keyDirectory[bucket] ?? 0; before < k; before++) start += frequencies[before] ?? 0;
  return start;
}

/** Index of `key` in `keys`, or -1 when the shard does not have it. */
export function lookupKey(directory: KeyDirectory, keys: Uint32Array, key: number): number {
  const buckets = directory.length - 1;
  if (buckets <= 0) return -1;
  const bucket = bucketOf(key, buckets);
  const end = directory[bucket + 1] ?? 0;
  for (let k = directory[bucket] ?? 0; k < end; k++) {
    const at = keys[k] ?? 0;
    if (at === key) return k;
    if (at > key) return -1;
  }
  return -1;
}
