/** Hand-written re-anchoring cases: the places where a gazette's own repetitions could mislead an anchor. */
import { describe, expect, it } from 'vitest';
import { anchorFor, reanchor } from '../../../src/shared/annotations/anchor';
import type { Anchor } from '../../../src/shared/annotations/annotation';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { documentText } from '../../../src/shared/model';
import { documentKey } from '../../../src/shared/annotations/documentKey';
import { fixturePath, readFixtureText } from '../../helpers/fixtureFiles';
import { reflowed } from '../../helpers/fixtureVariants';
import { parseIssueBuffer } from '../../../src/main/gazette/index';

const parsed = await parseIssueFile(fixturePath);

/** An anchor on the `nth` (0-based) occurrence of `quote` in `text`. */
function anchorOn(text: string, quote: string, nth = 0): Anchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`${quote} does not occur ${String(nth + 1)} times`);
  return anchorFor(text, { start: at, end: at + quote.length });
}

describe('anchorFor', () => {
  it('takes the quote and up to 32 characters each side from the canonical text', () => {
    const text = '各区县人民政府，市政府各部门：\n现将《方案》印发给你们，请认真贯彻执行。';
    expect(anchorFor(text, { start: 0, end: 3 })).toEqual({
      start: 0,
      end: 3,
      exact: '各区县',
      prefix: '',
      suffix: '人民政府，市政府各部门：\n现将《方案》印发给你们，请认真贯彻执行',
    });
    const long = '甲'.repeat(40) + '乙' + '丙'.repeat(40);
    expect(anchorFor(long, { start: 40, end: 41 })).toMatchObject({
      prefix: '甲'.repeat(32),
      suffix: '丙'.repeat(32),
    });
  });
});

describe('a repeated boilerplate sentence', () => {
  const paragraphs = [
    '一、加强组织领导。各区县要高度重视，明确责任分工，请认真贯彻执行。',
    '二、强化资金保障。市财政局要统筹安排资金，确保按时拨付到位，请认真贯彻执行。',
    '三、严格督导考核。市政府办公厅将适时组织督查，通报进展情况，请认真贯彻执行。',
  ];
  const text = paragraphs.join('\n');
  const anchor = anchorOn(text, '请认真贯彻执行', 1);

  it('follows its own occurrence when text is inserted before it', () => {
    const edited = `济南市人民政府办公厅\n${text}`;
    const { anchor: placed, status } = reanchor(edited, anchor);
    expect(status).toBe('anchored');
    expect(placed.start).toBe(anchor.start + '济南市人民政府办公厅\n'.length);
  });

  it('is never put on another occurrence when its paragraph is deleted', () => {
    const edited = [paragraphs[0], paragraphs[2]].join('\n');
    expect(reanchor(edited, anchor).status).not.toBe('anchored');
  });

  it('is never put on another occurrence when its own words are changed', () => {
    const edited = text.replace('拨付到位，请认真贯彻执行', '拨付到位，请认真贯彻落实');
    expect(reanchor(edited, anchor).status).toBe('orphan');
  });

  it('a four-character quote in boilerplate is not matched approximately without its context', () => {
    const short = anchorOn(text, '贯彻执行', 1);
    const edited = [paragraphs[0], paragraphs[2], '四、其他事项。请各单位贯彻执行。'].join('\n');
    expect(reanchor(edited, short).status).not.toBe('anchored');
  });
});

describe('a table cell', () => {
  const table = ['指标\t2021年\t2022年', '粮食产量（万吨）\t55.29\t55.30', '蔬菜产量（万吨）\t55.29\t56.10'].join('\n');
  const anchor = anchorOn(table, '55.29', 1);

  it('stays on its row when a row is added above', () => {
    const edited = table.replace('指标\t2021年\t2022年\n', '指标\t2021年\t2022年\n棉花产量（万吨）\t1.20\t1.30\n');
    const { anchor: placed, status } = reanchor(edited, anchor);
    expect(status).toBe('anchored');
    expect(edited.slice(0, placed.start).endsWith('蔬菜产量（万吨）\t')).toBe(true);
  });

  it('does not move to the same value in another row when its own value is corrected', () => {
    const edited = table.replace('蔬菜产量（万吨）\t55.29', '蔬菜产量（万吨）\t55.92');
    expect(reanchor(edited, anchor).status).not.toBe('anchored');
  });
});

describe('the sample issue re-parsed', () => {
  const blocksAcrossPages = parsed.documents.flatMap((doc) =>
    doc.blocks.slice(1).flatMap((block, i) => {
      const before = doc.blocks[i];
      return before && before.page !== null && block.page !== null && block.page > before.page
        ? [{ doc, before, block }]
        : [];
    }),
  );

  it('marks a quote across a page break 需确认 when the new parser joins the paragraph there', () => {
    const crossing = blocksAcrossPages.find(({ before, block }) => before.text.length > 10 && block.text.length > 10);
    if (!crossing) throw new Error('the sample has a paragraph that continues on the next page');
    const text = documentText(crossing.doc);
    const start = crossing.block.start - 11;
    const anchor = anchorFor(text, { start, end: crossing.block.start + 10 });
    expect(anchor.exact).toContain('\n');

    const joined = text.slice(0, crossing.block.start - 1) + text.slice(crossing.block.start);
    const { anchor: placed, status } = reanchor(joined, anchor);
    expect(status).toBe('doubtful');
    expect(joined.slice(placed.start, placed.end)).toBe(anchor.exact.replace('\n', ''));
    expect(placed.exact).toBe(anchor.exact);
  });
});

describe('a corrected edition of the sample, imported with another parser run', () => {
  it('re-anchors highlights across every document, never on text that differs from the quote', async () => {
    // The corrected file: reflowed by a word processor, a phrase reworded throughout, one sentence struck out.
    const corrected = reflowed(readFixtureText())
      .replaceAll('进一步', '进一步地')
      .replace('全面掌握土壤', '全面准确掌握土壤');
    const reparsed = await parseIssueBuffer(new TextEncoder().encode(corrected), 'corrected.txt');
    const byKey = new Map(reparsed.documents.map((doc) => [documentKey(doc), documentText(doc)]));
    const tally = { anchored: 0, doubtful: 0, orphan: 0 };
    let recallChecked = 0;
    for (const doc of parsed.documents) {
      const before = documentText(doc);
      const after = byKey.get(documentKey(doc));
      expect(after, `document ${doc.title} found again by its key`).toBeDefined();
      if (after === undefined) continue;
      for (let start = 0, n = 0; start < before.length - 40; start += 150, n++) {
        const anchor = anchorFor(before, { start, end: start + 4 + (n % 37) });
        const { anchor: placed, status } = reanchor(after, anchor);
        tally[status]++;
        if (status === 'anchored') expect(after.slice(placed.start, placed.end)).toBe(anchor.exact);
        // Where quote and context are untouched and occur once in both editions, nothing excuses not finding it.
        const window = before.slice(Math.max(0, start - 32), anchor.end + 32);
        if (after.split(window).length === 2 && before.split(window).length === 2) {
          recallChecked++;
          expect(status).toBe('anchored');
          expect(placed.start).toBe(after.indexOf(window) + (start - Math.max(0, start - 32)));
        }
      }
    }
    expect(recallChecked).toBeGreaterThan(100);
    console.info(
      `corrected edition of the sample: ${JSON.stringify(tally)}, ${String(recallChecked)} checked for recall`,
    );
  });
});
