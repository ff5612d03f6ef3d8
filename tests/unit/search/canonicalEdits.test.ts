import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCanonicalEdits, canonicalEdits } from '../../../src/main/search/canonicalEdits';
import { fold } from '../../../src/shared/search/fold';

/** Characters folding changes in every way: dropped (spaces, breaks), mapped (。〔〕，１), widened (ﬁ ㍿), kept. */
const tricky = fc.constantFrom(
  '。',
  '〔',
  '〕',
  '，',
  '１',
  'Ａ',
  ' ',
  '\n',
  '\u3000',
  'ﬁ',
  '㍿',
  '\u{20000}',
  '济',
  'a',
  '.',
);

describe('canonical text as edits of the folded text', () => {
  it('gives back the canonical text from its folded text and edits (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: tricky, maxLength: 200 }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(applyCanonicalEdits(fold(text), canonicalEdits(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads one document’s edits out of several stored one after another', () => {
    const texts = ['济政发〔2022〕7号', '第一条　总则。\n', 'plain'];
    const edits = texts.map(canonicalEdits);
    const joined = Buffer.concat(edits);
    let from = 0;
    texts.forEach((text, i) => {
      const to = from + (edits[i]?.length ?? 0);
      expect(applyCanonicalEdits(fold(text), joined, from, to)).toBe(text);
      from = to;
    });
  });

  it('takes a fraction of the text for Chinese prose', () => {
    const prose = '各区县人民政府，市政府各部门：现将《方案》印发给你们，请认真贯彻执行。\n'.repeat(50);
    // Against the two bytes per character the text itself would take.
    expect(canonicalEdits(prose).length).toBeLessThan((prose.length * 2) / 4);
  });
});
