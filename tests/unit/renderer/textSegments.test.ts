import { describe, expect, it } from 'vitest';
import { decorationsByBlock, splitIntoSegments, type Decoration } from '../../../src/renderer/logic/textSegments';

const hit = (start: number, end: number): Decoration => ({ kind: 'hit', start, end });

describe('splitIntoSegments', () => {
  it('tiles the range exactly, cutting at every decoration edge inside it', () => {
    const reference: Decoration = { kind: 'reference', start: 12, end: 20, targetDocId: 'doc-x' };
    const segments = splitIntoSegments(10, 30, [hit(5, 14), reference, hit(18, 22)]);
    expect(segments.map((segment) => [segment.start, segment.end])).toEqual([
      [10, 12],
      [12, 14],
      [14, 18],
      [18, 20],
      [20, 22],
      [22, 30],
    ]);
    expect(segments.map((segment) => segment.decorations.map((d) => d.kind))).toEqual([
      ['hit'],
      ['hit', 'reference'],
      ['reference'],
      ['reference', 'hit'],
      ['hit'],
      [],
    ]);
  });

  it('gives one plain segment without decorations, and nothing for an empty range', () => {
    expect(splitIntoSegments(0, 5, [hit(7, 9)])).toEqual([{ start: 0, end: 5, decorations: [] }]);
    expect(splitIntoSegments(4, 4, [hit(0, 9)])).toEqual([]);
  });
});

describe('decorationsByBlock', () => {
  const blocks = [
    { start: 0, end: 10 },
    { start: 11, end: 20 },
    { start: 21, end: 30 },
  ];

  it('hands each block the decorations touching it, a hit across a block break to both', () => {
    const across = hit(8, 13);
    const inLast = hit(25, 27);
    const byBlock = decorationsByBlock(blocks, [inLast, across]);
    expect(byBlock[0]).toEqual([across]);
    expect(byBlock[1]).toEqual([across]);
    expect(byBlock[2]).toEqual([inLast]);
  });

  it('shares one empty array between untouched blocks, so memoised blocks stay put', () => {
    const byBlock = decorationsByBlock(blocks, [hit(25, 27)]);
    expect(byBlock[0]).toHaveLength(0);
    expect(byBlock[0]).toBe(byBlock[1]);
  });
});
