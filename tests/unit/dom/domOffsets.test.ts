// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { domPointToOffset, domRangeToOffsets, textPointAt } from '../../../src/renderer/domOffsets';
import { annotationIdsAt } from '../../../src/renderer/annotationMarks';

/**
 * A strip as DocumentPages renders it: a paragraph with a highlight and a hit inside (offsets 0–9), a printed page
 * number between blocks, a table whose canonical text is "甲\t乙乙\n丙丙丙\t丁" (offsets 10–19), and an attachment
 * title "附件1\n名称" (offsets 20–26).
 */
const TABLE_TEXT = '甲\t乙乙\n丙丙丙\t丁';
const CANONICAL = `第一段有标记的文字。${TABLE_TEXT}附件1\n名称`;

let strip: HTMLElement;

function build(): HTMLElement {
  const html = [
    '<p data-block="0" data-start="0"><span>第一段</span><span><mark class="hl" data-annotation-id="a">有<mark class="hit">标记</mark></mark></span><span>的文字。</span></p>',
    '<p class="printed-page">原刊第 2 页</p>',
    '<table data-block="1" data-start="10"><tbody>',
    '<tr><td data-start="10">甲</td><td data-start="12">乙乙</td></tr>',
    '<tr><td data-start="15">丙丙丙</td><td data-start="19"><span>丁</span></td></tr>',
    '</tbody></table>',
    '<h3 data-block="2" data-start="20"><span class="attachment-label">附件1</span>\n<span class="attachment-name">名称</span></h3>',
  ].join('');
  const parsed = new DOMParser().parseFromString(`<article>${html}</article>`, 'text/html');
  const article = document.adoptNode(parsed.body.firstElementChild as HTMLElement);
  document.body.replaceChildren(article);
  return article;
}

/** Every text node in the strip with the canonical offset of its first character, as the test expects it. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

beforeEach(() => {
  strip = build();
});

describe('domPointToOffset', () => {
  it('is exact inside nested marks of a paragraph', () => {
    const mark = strip.querySelector('mark.hit')?.firstChild as Text;
    expect(mark.data).toBe('标记');
    expect(domPointToOffset(strip, mark, 0)).toBe(4);
    expect(domPointToOffset(strip, mark, 2)).toBe(6);
    expect(CANONICAL.slice(4, 6)).toBe('标记');
  });

  it('is exact inside table cells, counting the tab and newline the table does not render', () => {
    const cells = [...strip.querySelectorAll('td')];
    const ding = cells[3]?.querySelector('span')?.firstChild as Text;
    expect(domPointToOffset(strip, ding, 0)).toBe(19);
    expect(CANONICAL[19]).toBe('丁');
    const bing = cells[2]?.firstChild as Text;
    expect(domPointToOffset(strip, bing, 1)).toBe(16);
    expect(CANONICAL.slice(16, 18)).toBe('丙丙');
    expect(domPointToOffset(strip, cells[1] as Node, 1)).toBe(14);
  });

  it('maps every character of every block back to the canonical text', () => {
    for (const node of textNodes(strip)) {
      if (node.parentElement?.closest('.printed-page')) continue;
      for (let index = 0; index < node.data.length; index++) {
        const offset = domPointToOffset(strip, node, index);
        expect(offset).not.toBeNull();
        expect(CANONICAL[offset ?? -1]).toBe(node.data[index]);
      }
    }
  });

  it('maps a point between cells or between blocks to the next text, or with an end bias to the previous', () => {
    const row = strip.querySelectorAll('tr')[1] as HTMLElement;
    expect(domPointToOffset(strip, row, 1)).toBe(19);
    expect(domPointToOffset(strip, row, 1, 'end')).toBe(18);
    const printed = strip.querySelector('.printed-page')?.firstChild as Text;
    expect(domPointToOffset(strip, printed, 2)).toBe(10);
    expect(domPointToOffset(strip, printed, 2, 'end')).toBe(10);
    expect(domPointToOffset(strip, strip, strip.childNodes.length, 'end')).toBe(CANONICAL.length);
  });

  it('refuses a point outside the strip', () => {
    const outside = document.createElement('p');
    document.body.append(outside);
    expect(domPointToOffset(strip, outside, 0)).toBeNull();
  });
});

describe('domRangeToOffsets', () => {
  it('covers a selection across blocks and cells exactly', () => {
    const range = document.createRange();
    range.setStart(strip.querySelector('mark.hit')?.firstChild as Text, 1);
    range.setEnd(strip.querySelectorAll('td')[2]?.firstChild as Text, 2);
    const offsets = domRangeToOffsets(strip, range);
    expect(offsets).toEqual({ start: 5, end: 17 });
    expect(CANONICAL.slice(5, 17)).toBe('记的文字。甲\t乙乙\n丙丙');
  });

  it('gives nothing for a collapsed range', () => {
    const range = document.createRange();
    range.setStart(strip.querySelector('td')?.firstChild as Text, 0);
    expect(domRangeToOffsets(strip, range)).toBeNull();
  });
});

describe('textPointAt', () => {
  it('finds the drawn character for every offset, and none for the separators between cells', () => {
    const blocks = [...strip.querySelectorAll<HTMLElement>('[data-block]')];
    const starts = [0, 10, 20];
    const ends = [10, 20, CANONICAL.length];
    blocks.forEach((element, block) => {
      for (let offset = starts[block] ?? 0; offset < (ends[block] ?? 0); offset++) {
        const point = textPointAt(element, offset);
        const character = CANONICAL[offset];
        if (element.tagName === 'TABLE' && (character === '\t' || character === '\n')) {
          expect(point).toBeNull();
        } else {
          expect(point?.node.data[point.index]).toBe(character);
        }
      }
    });
  });
});

describe('annotationIdsAt', () => {
  it('names every highlight around a clicked spot, innermost first, so each overlapping one can be chosen', () => {
    const parsed = new DOMParser().parseFromString(
      '<p><mark data-annotation-id="outer">甲<mark data-annotation-id="inner">乙<mark class="hit">丙</mark></mark></mark>丁</p>',
      'text/html',
    );
    const hit = parsed.querySelector('mark.hit');
    expect(annotationIdsAt(hit)).toEqual(['inner', 'outer']);
    expect(annotationIdsAt(parsed.querySelector('p'))).toEqual([]);
  });
});
