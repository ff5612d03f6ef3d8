/**
 * A shard's key lookup: an open-addressing hash table (linear probing, three quarters full) of indices into the
 * shard's ascending key array, written into the shard file at build time. Entries are 16-bit when the shard has
 * fewer than 65,535 keys (every issue so far has about 14,000). The size is not rounded up to a power of two: that
 * left tables between three eighths and three quarters full, 128 MB of a 2,000-issue library instead of 75.
 *
 * Every query looks each of its keys up in every shard. A binary search over a shard's ~14,000 keys touches ~14
 * cache lines of an array that is not in cache (500 shards hold 28 MB of keys), and that was the largest cost of a
 * query at 500 issues; a probe here touches one or two. A key the shard lacks ends at the first empty slot, so
 * shards that cannot match are skipped just as cheaply, and the table is exact (no false skips, unlike a filter).
 */

const EMPTY = 0;

export type KeyTable = Uint16Array | Uint32Array;

/** Table size for `keyCount` keys: a third more slots than keys, and an empty one. */
export function keyTableSize(keyCount: number): number {
  return keyCount + Math.ceil(keyCount / 3) + 1;
}

/** The entry type for `keyCount` keys: entries go up to `keyCount`. */
export const keyTableType = (keyCount: number): typeof Uint16Array | typeof Uint32Array =>
  keyCount < 0xffff ? Uint16Array : Uint32Array;

/**
 * Fibonacci hashing, scaled to the table: the high bits of the product mix both code units of a key (the low ones
 * would not). The product of a 32-bit hash and a size under 2^21 is exact in a double.
 */
const home = (key: number, size: number): number =>
  Math.floor(((Math.imul(key, 0x9e3779b1) >>> 0) * size) / 0x100000000);

/** Entries are key index + 1; 0 is an empty slot. */
export function buildKeyTable(keys: Uint32Array): KeyTable {
  const table = new (keyTableType(keys.length))(keyTableSize(keys.length));
  const size = table.length;
  for (let k = 0; k < keys.length; k++) {
    let slot = home(keys[k] ?? 0, size);
    while (table[slot] !== EMPTY) slot = slot + 1 === size ? 0 : slot + 1;
    table[slot] = k + 1;
  }
  return table;
}

/** Index of `key` in `keys`, or -1 when the shard does not have it. */
export function lookupKey(table: KeyTable, keys: Uint32Array, key: number): number {
  const size = table.length;
  for (let slot = home(key, size); ; slot = slot + 1 === size ? 0 : slot + 1) {
    const entry = table[slot] ?? EMPTY;
    if (entry === EMPTY) return -1;
    if (keys[entry - 1] === key) return entry - 1;
  }
}
