import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalText, canonicalEdits } from '../../../src/main/search/canonicalEdits';
import { fold, sourceOffsetWalker } from '../../../src/shared/search/fold';

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
        expect(new CanonicalText(fold(text), text.length, canonicalEdits(text)).slice(0)).toBe(text);
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
      expect(new CanonicalText(fold(text), text.length, joined, from, to).slice(0)).toBe(text);
      from = to;
    });
  });

  it('is put together only as far as it is read, and reads the same in any order (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: tricky, maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(220), fc.nat(220))),
        (text, reads) => {
          const canonical = new CanonicalText(fold(text), text.length, canonicalEdits(text));
          for (const [start, end] of reads) {
            expect(canonical.slice(start, end)).toBe(text.slice(start, end));
            expect(canonical.charCodeAt(start)).toBe(text.charCodeAt(start));
          }
        },
      ),
    );
  });

  it('maps folded positions back as the character-by-character walker does (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: tricky, maxLength: 200 }), fc.array(fc.nat(230)), (text, asked) => {
        const positions = [...asked].sort((a, b) => a - b);
        const canonical = new CanonicalText(fold(text), text.length, canonicalEdits(text));
        expect(positions.map(sourceOffsetWalker(canonical))).toEqual(positions.map(sourceOffsetWalker(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('takes a fraction of the text for Chinese prose', () => {
    const prose = '各区县人民政府，市政府各部门：现将《方案》印发给你们，请认真贯彻执行。\n'.repeat(50);
    // Against the two bytes per character the text itself would take.
    expect(canonicalEdits(prose).length).toBeLessThan((prose.length * 2) / 4);
  });
});
