import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateList, selectTop } from '../../../src/main/search/candidateList';

describe('candidate list', () => {
  it('keeps every pushed candidate across growth', () => {
    const list = new CandidateList();
    for (let i = 0; i < 1000; i++) list.push(i * 7, i % 2, i / 4);
    expect(list.count).toBe(1000);
    expect(list.document[999]).toBe(6993);
    expect(list.tier[501]).toBe(1);
    expect(list.score[998]).toBe(249.5);
    list.reset();
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
