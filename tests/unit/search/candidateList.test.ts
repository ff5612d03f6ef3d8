import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateList, selectTop } from '../../../src/main/search/candidateList';

describe('candidate list', () => {
  it('keeps every pushed candidate and its term frequencies across growth', () => {
    const list = new CandidateList();
    list.reset(3);
    for (let i = 0; i < 1000; i++) {
      const row = list.push(i % 7, i, i % 2, i * 3);
      list.termFrequencies.set([i % 11, i % 13, i % 17], row * list.width);
    }
    expect(list.count).toBe(1000);
    expect(list.shard[999]).toBe(999 % 7);
    expect(list.local[500]).toBe(500);
    expect(list.tier[501]).toBe(1);
    expect(list.length[999]).toBe(2997);
    expect([...list.termFrequencies.subarray(998 * 3, 999 * 3)]).toEqual([998 % 11, 998 % 13, 998 % 17]);
    list.reset(2);
    expect(list.count).toBe(0);
  });

  it('selects the same head as a full sort (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: 1, max: 30 }), (values, limit) => {
        // Ties broken by index, so the order is total, as the search's comparator is.
        const compare = (a: number, b: number): number => (values[a] ?? 0) - (values[b] ?? 0) || a - b;
        const sorted = values.map((_, i) => i).sort(compare);
        expect(selectTop(values.length, limit, compare)).toEqual(sorted.slice(0, limit));
      }),
    );
  });
});
