import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyNumbers } from '../../../src/main/search/keyNumbers';

describe('key numbers', () => {
  it('numbers distinct keys in order of first sight, as a Map would, across growth (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 2000 }), (keys) => {
        const numbers = new KeyNumbers(4);
        const oracle = new Map<number, number>();
        for (const key of keys) {
          if (!oracle.has(key)) oracle.set(key, oracle.size);
          expect(numbers.numberOf(key)).toBe(oracle.get(key));
        }
        expect(numbers.count).toBe(oracle.size);
        for (const [key, number] of oracle) expect(numbers.find(key)).toBe(number);
        expect(numbers.find(0x1234567)).toBe(oracle.get(0x1234567) ?? -1);
      }),
    );
  });
});
