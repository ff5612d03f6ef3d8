/**
 * Arbitrary text never breaks the parser: it returns a model that passes the schema and whose offsets agree with
 * the canonical text, or — for text with nothing in it — the 'empty' error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GazetteImportError, parseIssueBuffer } from '../../../src/main/gazette/index';
import { documentText } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';

/** Fragments of real gazette text, so the generator reaches headings, 文号, dates and attachments, not just noise. */
const fragments = fc.constantFrom(
  '一、',
  '（一）',
  '(二)',
  '1.',
  '1.1 ',
  '（1）',
  '第一章 ',
  '第三条',
  '附件',
  '附件1',
  '附件:',
  '专栏1',
  '济南市人民政府',
  '关于印发',
  '的通知',
  '济政发 〔２０２２〕７号',
  '国令第706号',
  '２０２２年６月１０日',
  '(２０２２年６月１０日印发)',
  '各区县人民政府:',
  '。',
  '.',
  ',',
  ';',
  ':',
  '«',
  '»',
  '　　',
  ' ',
  '\n',
  '\r\n',
  '\n\n',
  '４３',
  '济南市人民政府公报 (２０２２年第１２/１３期)',
  '严 守 安 全',
  '55.29',
);
const text = fc
  .array(fc.oneof(fragments, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

describe('arbitrary text', () => {
  it('never throws anything but the empty error, and always yields a consistent model', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        try {
          const parsed = await parseIssueBuffer(new TextEncoder().encode(input), 'random.txt');
          expectConsistentModel(parsed);
        } catch (error) {
          expect(error).toBeInstanceOf(GazetteImportError);
          expect((error as GazetteImportError).code).toMatch(/^(empty|binary)$/u);
          // Only input with nothing but blanks and page furniture (page numbers, running headers) is empty.
          if ((error as GazetteImportError).code === 'empty') {
            // Page numbers may be dash-decorated (`- 12 -`, `0-`), as pageNumberOf reads them.
            const content = input.split(/\r\n|\r|\n/u).filter((line) => !/^[\s\d０-９\-—–－―]*$|公报/u.test(line));
            expect(content).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** Ideographs, digits and Latin: characters reading normalisation never changes, so they can be counted. */
const IDEOGRAPHS = Array.from(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下',
);
const bodyLine = fc
  .tuple(
    fc.constantFrom(...IDEOGRAPHS),
    fc.array(fc.constantFrom(...IDEOGRAPHS, ...Array.from('0123456789ABCxyz')), { minLength: 3, maxLength: 30 }),
  )
  .map(([first, rest]) => first + rest.join(''));

const counts = (text: string): Map<string, number> => {
  const map = new Map<string, number>();
  for (const char of text) map.set(char, (map.get(char) ?? 0) + 1);
  return map;
};

describe('text saved from a web page', () => {
  it('loses no body character to the chrome around it', async () => {
    const title = '关于加强监测工作的通知';
    const head = [`${title}_政务公开`, '首页', '当前位置：', '/ 政务公开', '> 政策文件', title];
    const rows = ['(发布日期：2021年01月07日', '文号：沪发改能源〔2021〕3号)', '字号：', '大', '中', '小', '【打印】'];
    const tail = ['分享', '打印本页', '关闭窗口', '网站地图', '主办单位：某某市人民政府', '京ICP备11044902号'];
    await fc.assert(
      fc.asyncProperty(fc.array(bodyLine, { minLength: 1, maxLength: 20 }), async (body) => {
        const input = [...head, ...rows, ...body, ...tail].join('\n');
        const parsed = await parseIssueBuffer(new TextEncoder().encode(input), 'page.txt');
        expectConsistentModel(parsed);
        const kept = counts(parsed.documents.map((document) => documentText(document)).join(''));
        for (const [char, count] of counts(body.join(''))) expect(kept.get(char) ?? 0).toBeGreaterThanOrEqual(count);
        expect(parsed.documents.map((document) => document.title)).toEqual([title]);
        const text = parsed.documents.map((document) => documentText(document)).join('\n');
        expect(text).not.toMatch(/打印本页|关闭窗口|当前位置|京ICP备|发布日期/u);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
