/**
 * 我的批注's text: quotes and notes cut around the first hit with the hits marked, tag autocomplete, and the day a
 * 回收站 row says it will be purged.
 */
import { describe, expect, it } from 'vitest';
import { purgeTime } from '../../../src/shared/annotations/annotation';
import { parseQuery } from '../../../src/shared/search/parseQuery';
import { excerptRuns } from '../../../src/renderer/logic/excerptRuns';
import { tagSuggestions } from '../../../src/renderer/logic/tagSuggestions';

const shown = (runs: { text: string; marked: boolean }[]): string =>
  runs.map((run) => (run.marked ? `[${run.text}]` : run.text)).join('');

describe('excerptRuns', () => {
  it('marks every hit of every word, folded as search folds, on one line', () => {
    expect(shown(excerptRuns('土壤普查\n与ＱＦＬＰ试点', parseQuery('qflp 普查'), 80))).toBe(
      '土壤[普查] 与[ＱＦＬＰ]试点',
    );
    expect(shown(excerptRuns('哈哈哈哈哈', parseQuery('哈哈'), 80))).toBe('[哈哈][哈哈]哈');
  });

  it('cuts a long text so that the first hit is seen, with … where it was cut', () => {
    const text = `${'甲'.repeat(50)}上报进度${'乙'.repeat(50)}`;
    expect(shown(excerptRuns(text, parseQuery('上报'), 30))).toBe(`…${'甲'.repeat(16)}[上报]进度${'乙'.repeat(10)}…`);
    expect(shown(excerptRuns(text, parseQuery(''), 10))).toBe(`${'甲'.repeat(10)}…`);
  });

  it('marks a hit the cut splits as far as it is shown, and nothing that is excluded', () => {
    expect(shown(excerptRuns('一二三四五六', parseQuery('四五六'), 4))).toBe('一二三[四]…');
    expect(shown(excerptRuns('督办事项', parseQuery('-督办'), 10))).toBe('督办事项');
  });
});

describe('tagSuggestions', () => {
  const tags = [
    { tag: '土壤普查', count: 5 },
    { tag: '普查督办', count: 9 },
    { tag: 'QFLP', count: 2 },
    { tag: '会议', count: 1 },
  ];

  it('offers the tags containing what is typed, those starting with it first, then the most used', () => {
    expect(tagSuggestions(tags, '普查', []).map((t) => t.tag)).toEqual(['普查督办', '土壤普查']);
    expect(tagSuggestions(tags, '', []).map((t) => t.tag)).toEqual(['普查督办', '土壤普查', 'QFLP', '会议']);
  });

  it('folds width and case as search does, and leaves out the tags the annotation has', () => {
    expect(tagSuggestions(tags, 'ｑｆ', []).map((t) => t.tag)).toEqual(['QFLP']);
    expect(tagSuggestions(tags, '普查', ['普查督办']).map((t) => t.tag)).toEqual(['土壤普查']);
    expect(tagSuggestions(tags, '', [], 2)).toHaveLength(2);
  });
});

describe('purgeTime', () => {
  it('is 30 days after the deletion, across a month and a year', () => {
    expect(purgeTime('2026-12-02T03:00:00.000Z').toISOString()).toBe('2027-01-01T03:00:00.000Z');
  });
});
