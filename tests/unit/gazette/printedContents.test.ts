/** A plan's printed 目录: found when it is one, and looked for in bounded time whatever the file holds. */
import { describe, expect, it } from 'vitest';
import { findContents, MAX_CONTENTS_ENTRIES } from '../../../src/main/gazette/contents';
import { matchHeading } from '../../../src/main/gazette/headings';

const entries = (count: number): string[] => Array.from({ length: count }, (_, i) => `工作要求第${String(i)}项`);
const find = (raws: string[]): [number, number][] => findContents(raws.map(matchHeading), raws);

describe('the printed contents list', () => {
  it('is a run of short lines that ends where its first entry is printed again', () => {
    const raws = ['目录', ...entries(5), '工作要求第0项', '正文从这里开始。'];
    expect(find(raws)).toEqual([[0, 6]]);
  });

  it('is no longer than the bound, so a file of thousands of short lines is not read as one', () => {
    const list = entries(MAX_CONTENTS_ENTRIES + 100);
    expect(find([...list, list[0] ?? ''])).toEqual([]);
  });

  it('is looked for in linear time: 20,000 distinct short lines finish well inside the test timeout', () => {
    // Before the bound this took minutes (each line scanned to the end of the run), stalling an import.
    expect(find(entries(20_000))).toEqual([]);
  });
});
