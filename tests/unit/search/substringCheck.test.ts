import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, substringCheck } from '../../../src/main/search/substringCheck';

// Characters whose search bytes are common, rare and ASCII, so that every kind of anchor is exercised.
const unit = fc.constantFrom(...'.加大机构鼓术创新、国办发(2003)8号的一aA'.split(''));
const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));
const term = fc.array(unit, { minLength: 1, maxLength: 9 }).map((units) => units.join(''));

describe('substring check', () => {
  it('agrees with includes (property)', () => {
    fc.assert(
      fc.property(text, term, fc.nat(), (haystack, needle, at) => {
        expect(contains(haystack, substringCheck(needle))).toBe(haystack.includes(needle));
        const planted =
          haystack.slice(0, at % (haystack.length + 1)) + needle + haystack.slice(at % (haystack.length + 1));
        expect(contains(planted, substringCheck(needle))).toBe(true);
      }),
    );
  });

  it('scans from a character with a rare search byte, and leaves long words to includes', () => {
    expect(substringCheck('.加大')).toEqual({ head: '.', tail: '加大' });
    expect(substringCheck('加强组织')).toEqual({ head: '', tail: '加强组织' });
    expect(substringCheck('国办发(2003)8号').head).toBe('');
    expect(contains('加大.加', substringCheck('.加大'))).toBe(false);
  });
});
