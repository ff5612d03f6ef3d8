/**
 * Arbitrary text never breaks the parser: it returns a model that passes the schema and whose offsets agree with
 * the canonical text, or — for text with nothing in it — the 'empty' error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GazetteImportError, parseIssueBuffer } from '../../../src/main/gazette/index';
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
            const content = input.split(/\r\n|\r|\n/u).filter((line) => !/^[\s\d０-９]*$|公报/u.test(line));
            expect(content).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
