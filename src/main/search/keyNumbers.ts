/**
 * Numbers distinct 32-bit keys 0, 1, 2… in the order they are first seen, in an open-addressing hash table of typed
 * arrays: counting a text's grams and merging postings meet each key thousands of times, and a Map of numbers
 * costs several times as much per look-up.
 */
export class KeyNumbers {
  /** The keys, by their number. */
  keys: Uint32Array;
  count = 0;
  /** Per slot: a key's number plus one, 0 when empty; at most half full. */
  private slots: Int32Array;
  private bits: number;

  constructor(expected = 16) {
    this.bits = 4;
    while (1 << this.bits < expected * 2) this.bits++;
    this.slots = new Int32Array(1 << this.bits);
    this.keys = new Uint32Array(1 << (this.bits - 1));
  }

  /** The number of `key`, or -1 when it has none. */
  find(key: number): number {
    return (this.slots[this.slotOf(key)] ?? 0) - 1;
  }

  /** The number of `key`, given it now when it has none (then it is `count - 1`). */
  numberOf(key: number): number {
    const slot = this.slotOf(key);
    const known = this.slots[slot] ?? 0;
    if (known > 0) return known - 1;
    if ((this.count + 1) * 2 > this.slots.length) {
      this.grow();
      return this.numberOf(key);
    }
    this.keys[this.count] = key;
    this.slots[slot] = ++this.count;
    return this.count - 1;
  }

  private slotOf(key: number): number {
    const mask = (1 << this.bits) - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0 || this.keys[entry - 1] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    this.bits++;
    this.slots = new Int32Array(1 << this.bits);
    const keys = new Uint32Array(1 << (this.bits - 1));
    keys.set(this.keys.subarray(0, this.count));
    this.keys = keys;
    for (let number = 0; number < this.count; number++) this.slots[this.slotOf(keys[number] ?? 0)] = number + 1;
  }
}
