import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockOf, textKeys } from '../../../src/main/search/gramKeys';
import {
  buildPostings,
  mergePostings,
  PostingCursor,
  postingFirstBlock,
  postingLastBlock,
  postingTf,
  type Postings,
} from '../../../src/main/search/postings';

/** Every posting, key by key: [key, [[document, tf, first block, last block]…]]. */
function listed(postings: Postings): [number, number[][]][] {
  const cursor = new PostingCursor();
  return [...postings.keys].map((key, k) => {
    const list: number[][] = [];
    cursor.start(postings, k);
    while (cursor.next()) {
      const { packed } = cursor;
      list.push([cursor.document, postingTf(packed), postingFirstBlock(packed), postingLastBlock(packed)]);
    }
    return [key, list];
  });
}

/** The oracle: each gram's occurrences found by scanning the text, one character and one pair at a time. */
function scanned(texts: readonly string[]): Map<string, number[][]> {
  const byGram = new Map<string, number[][]>();
  texts.forEach((text, document) => {
    const seen = new Map<string, number[]>();
    for (let i = 0; i < text.length; i++) {
      const grams = i + 1 < text.length ? [text.slice(i, i + 1), text.slice(i, i + 2)] : [text.slice(i, i + 1)];
      for (const gram of grams) {
        const at = seen.get(gram);
        if (at) at.push(i);
        else seen.set(gram, [i]);
      }
    }
    for (const [gram, positions] of seen) {
      const entry = [document, positions.length, blockOf(positions[0] ?? 0, text.length)];
      entry.push(blockOf(positions.at(-1) ?? 0, text.length));
      byGram.set(gram, [...(byGram.get(gram) ?? []), entry]);
    }
  });
  return byGram;
}

const text = fc.string({ unit: fc.constantFrom('发', '展', '工', '作', '.', '1', 'a'), maxLength: 300 });

describe('gram postings', () => {
  it('hold each gram of each text with its document, count and first and last block (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        const postings = buildPostings(texts);
        expect(postings.documentCount).toBe(texts.length);
        const oracle = scanned(texts);
        const found = listed(postings);
        expect(found).toHaveLength(oracle.size);
        for (const [key, list] of found) {
          const unit = key >>> 16;
          const gram = (key & 0xffff) === 0xffff ? String.fromCharCode(unit) : String.fromCharCode(unit, key & 0xffff);
          const expected = oracle.get(gram) ?? [];
          // Counts are kept in steps past 8 (postings.ts); these texts repeat a gram at most 300 times.
          expect(list.map(([document, , first, last]) => [document, first, last])).toEqual(
            expected.map(([document, , first, last]) => [document, first, last]),
          );
          list.forEach(([, tf], i) => {
            const count = expected[i]?.[1] ?? 0;
            expect(tf).toBeLessThanOrEqual(count);
            if (count <= 8) expect(tf).toBe(count);
            else expect(tf).toBeGreaterThan(count / 2);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('merge into the postings of the documents kept, renumbered (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (groups, keepFlags) => {
          const parts = [];
          let base = 0;
          for (const texts of groups) {
            parts.push({ postings: buildPostings(texts), base });
            base += texts.length;
          }
          const all = groups.flat();
          const keep = all.map((_, document) => keepFlags[document] ?? true);
          const renumber = new Int32Array(all.length).fill(-1);
          let next = 0;
          keep.forEach((kept, document) => (renumber[document] = kept ? next++ : -1));
          const merged = mergePostings(parts, renumber, next);
          expect(listed(merged)).toEqual(listed(buildPostings(all.filter((_, document) => keep[document]))));
          expect(listed(mergePostings(parts, null, all.length))).toEqual(listed(buildPostings(all)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts keys exactly as a sorted scan does, across a long text', () => {
    const long = '中华人民共和国国务院办公厅关于印发'.repeat(400);
    const { keys, counts } = textKeys(long);
    expect([...keys]).toEqual([...keys].sort((a, b) => a - b));
    const oracle = scanned([long]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(long.length * 2 - 1);
    expect(keys.length).toBe(oracle.size);
  });
});
