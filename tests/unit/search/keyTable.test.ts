import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTextKeys, unigramKey } from '../../../src/main/search/gramKeys';
import { buildKeyTable, keyTableSize, lookupKey } from '../../../src/main/search/keyTable';

describe('key table', () => {
  it('is a power of two at most half full', () => {
    for (const count of [0, 1, 2, 3, 1000, 14035]) {
      const size = keyTableSize(count);
      expect(Math.log2(size) % 1).toBe(0);
      expect(size).toBeGreaterThanOrEqual(Math.max(2, count * 2));
    }
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
