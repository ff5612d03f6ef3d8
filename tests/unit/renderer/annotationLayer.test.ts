import { describe, expect, it } from 'vitest';
import type { Annotation, AnchorStatus } from '../../../src/shared/annotations/annotation';
import { highlightDecorations, inReadingOrder } from '../../../src/renderer/logic/annotationLayer';
import { citation } from '../../../src/renderer/logic/citation';
import { splitIntoSegments, type Decoration } from '../../../src/renderer/logic/textSegments';
import { highlightRecord } from '../../helpers/annotationRecords';

const annotation = (id: string, start: number, end: number, status?: AnchorStatus): Annotation =>
  highlightRecord(id, start, 'x'.repeat(end - start), status);

describe('highlightDecorations', () => {
  it('draws anchored and doubtful highlights by id, and no orphan or removed one', () => {
    const list = [
      annotation('a', 0, 4),
      annotation('b', 2, 6, 'doubtful'),
      annotation('c', 1, 3, 'orphan'),
      annotation('d', 1, 3, 'removed'),
    ];
    const decorations = highlightDecorations(list, 'b');
    expect(decorations.map((d) => [d.annotationId, d.start, d.end, d.flash])).toEqual([
      ['a', 0, 4, false],
      ['b', 2, 6, true],
    ]);
  });

  it('gives an overlap the ids of both highlights, and keeps a search hit inside it as its own decoration', () => {
    const hit: Decoration = { kind: 'hit', start: 3, end: 5 };
    const segments = splitIntoSegments(0, 8, [
      ...highlightDecorations([annotation('a', 0, 4), annotation('b', 2, 6)], null),
      hit,
    ]);
    expect(
      segments.map((segment) => [
        segment.start,
        segment.end,
        segment.decorations.map((d) => (d.kind === 'highlight' ? d.annotationId : d.kind)),
      ]),
    ).toEqual([
      [0, 2, ['a']],
      [2, 3, ['a', 'b']],
      [3, 4, ['a', 'b', 'hit']],
      [4, 5, ['b', 'hit']],
      [5, 6, ['b']],
      [6, 8, []],
    ]);
  });
});

describe('inReadingOrder', () => {
  it('orders placed highlights by position and lists the ones without a place last, never dropping them', () => {
    const list = [annotation('orphan', 0, 1, 'orphan'), annotation('late', 9, 12), annotation('early', 2, 5)];
    expect(inReadingOrder(list).map((a) => a.id)).toEqual(['early', 'late', 'orphan']);
  });
});

describe('citation', () => {
  it('follows the quote with the title and the 文号, or the issue when there is none', () => {
    expect(
      citation(
        ' 开展土壤普查 ',
        '关于开展第三次全国土壤普查的通知',
        '济政发〔2022〕7号',
        '济南市人民政府公报 2022年 第12期',
      ),
    ).toBe('开展土壤普查——《关于开展第三次全国土壤普查的通知》（济政发〔2022〕7号）');
    expect(citation('引文', '标题', null, '济南市人民政府公报 2022年 第12期')).toBe(
      '引文——《标题》（济南市人民政府公报 2022年 第12期）',
    );
  });
});
