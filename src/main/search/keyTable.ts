/**
 * A shard's key lookup: an open-addressing hash table (linear probing, at most half full) of indices into the
 * shard's ascending key array, written into the shard file at build time.
 *
 * Every query looks each of its keys up in every shard. A binary search over a shard's ~14,000 keys touches ~14
 * cache lines of an array that is not in cache (500 shards hold 28 MB of keys), and that was the largest cost of a
 * query at 500 issues; a probe here touches one or two. A key the shard lacks ends at the first empty slot, so
 * shards that cannot match are skipped just as cheaply, and the table is exact (no false skips, unlike a filter).
 */

const EMPTY = 0;

/** Table size for `keyCount` keys: a power of two at least twice the count. */
export function keyTableSize(keyCount: number): number {
  return 2 ** (32 - Math.clz32(Math.max(1, keyCount * 2 - 1)));
}

/** Fibonacci hashing: the high bits of the product mix both code units of a key (the low ones would not). */
const home = (key: number, size: number): number => Math.imul(key, 0x9e3779b1) >>> Math.clz32(size - 1);

/** Entries are key index + 1; 0 is an empty slot. */
export function buildKeyTable(keys: Uint32Array): Uint32Array {
  const size = keyTableSize(keys.length);
  const table = new Uint32Array(size);
  const mask = size - 1;
  for (let k = 0; k < keys.length; k++) {
    let slot = home(keys[k] ?? 0, size);
    while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
    table[slot] = k + 1;
  }
  return table;
}

/** Index of `key` in `keys`, or -1 when the shard does not have it. */
export function lookupKey(table: Uint32Array, keys: Uint32Array, key: number): number {
  const mask = table.length - 1;
  for (let slot = home(key, table.length); ; slot = (slot + 1) & mask) {
    const entry = table[slot] ?? EMPTY;
    if (entry === EMPTY) return -1;
    if (keys[entry - 1] === key) return entry - 1;
  }
}
