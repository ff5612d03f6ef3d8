import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTextKeys, unigramKey } from '../../../src/main/search/gramKeys';
import { buildKeyTable, keyTableSize, lookupKey } from '../../../src/main/search/keyTable';

describe('key table', () => {
  it('is at most three quarters full (and no more than that, plus one), with 16-bit entries while they fit', () => {
    for (const count of [0, 1, 2, 3, 1000, 14035, 65535]) {
      const size = keyTableSize(count);
      expect(size).toBeGreaterThanOrEqual((count * 4) / 3);
      expect(size).toBeLessThanOrEqual((count * 4) / 3 + 2);
      expect(size).toBeGreaterThan(count);
    }
    expect(buildKeyTable(new Uint32Array(1000))).toBeInstanceOf(Uint16Array);
    const many = Uint32Array.from({ length: 70000 }, (_, k) => k);
    const table = buildKeyTable(many);
    expect(table).toBeInstanceOf(Uint32Array);
    expect(lookupKey(table, many, 69999)).toBe(69999);
  });

  it('finds every key a text has and never a key it lacks (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (text, probe) => {
          const { keys } = countTextKeys(text);
          const table = buildKeyTable(keys);
          keys.forEach((key, k) => {
            expect(lookupKey(table, keys, key)).toBe(k);
          });
          for (const { keys: probeKeys } of [countTextKeys(probe)]) {
            for (const key of probeKeys) expect(lookupKey(table, keys, key)).toBe(keys.indexOf(key));
          }
        },
      ),
    );
  });

  it('answers on an empty shard', () => {
    const keys = new Uint32Array(0);
    expect(lookupKey(buildKeyTable(keys), keys, unigramKey(0x571f))).toBe(-1);
  });
});
