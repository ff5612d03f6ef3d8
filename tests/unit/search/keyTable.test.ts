import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTextKeys, unigramKey } from '../../../src/main/search/gramKeys';
import {
  bucketOrder,
  bucketPostingStarts,
  buildKeyDirectory,
  lookupKey,
  postingStart,
} from '../../../src/main/search/keyTable';

describe('key directory', () => {
  it('has one entry per eight keys (and one more), 16-bit while they fit', () => {
    for (const count of [1, 8, 9, 1000, 14035, 65535]) {
      const directory = buildKeyDirectory(bucketOrder(Uint32Array.from({ length: count }, (_, k) => k * 7919)));
      expect(directory.length).toBe(Math.ceil(count / 8) + 1);
      expect(directory.at(-1)).toBe(count);
    }
    expect(buildKeyDirectory(bucketOrder(new Uint32Array(14035).map((_, k) => k)))).toBeInstanceOf(Uint16Array);
    const many = bucketOrder(Uint32Array.from({ length: 70000 }, (_, k) => k));
    const directory = buildKeyDirectory(many);
    expect(directory).toBeInstanceOf(Uint32Array);
    expect(lookupKey(directory, many, 69999)).toBe(many.indexOf(69999));
    expect(lookupKey(directory, many, 70000)).toBe(-1);
  });

  it('keeps every key once, whatever order they come in', () => {
    const keys = [5, 3, 0xffffffff, 0, 77, 1 << 20];
    expect([...bucketOrder(keys)].sort((a, b) => a - b)).toEqual([...keys].sort((a, b) => a - b));
  });

  it('finds every key a text has and never a key it lacks (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (text, probe) => {
          const keys = bucketOrder(countTextKeys(text).keys);
          const directory = buildKeyDirectory(keys);
          keys.forEach((key, k) => {
            expect(lookupKey(directory, keys, key)).toBe(k);
          });
          for (const key of countTextKeys(probe).keys) expect(lookupKey(directory, keys, key)).toBe(keys.indexOf(key));
        },
      ),
    );
  });

  it("gives each key's postings start from its bucket's start and the frequencies before it (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat(), (text, seed) => {
        const keys = bucketOrder(countTextKeys(text).keys);
        const frequencies = Uint32Array.from(keys, (key, k) => (key + seed + k) % 7);
        const offsets = [0];
        for (const frequency of frequencies) offsets.push((offsets.at(-1) ?? 0) + frequency);
        const keyDirectory = buildKeyDirectory(keys);
        const index = {
          keys,
          keyDirectory,
          frequencies,
          bucketPostings: Uint32Array.from(bucketPostingStarts(keyDirectory, offsets)),
        };
        keys.forEach((key, k) => {
          expect(postingStart(index, key, lookupKey(keyDirectory, keys, key))).toBe(offsets[k]);
        });
      }),
    );
  });

  it('answers on an empty shard', () => {
    const keys = bucketOrder([]);
    expect(lookupKey(buildKeyDirectory(keys), keys, unigramKey(0x571f))).toBe(-1);
  });
});
