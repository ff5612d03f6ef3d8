import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, startsWithin, substringCheck } from '../../../src/main/search/substringCheck';

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

  it("finds a word starting in a window exactly when one of the window's positions starts it (property)", () => {
    // Long texts too, so that windows past the unit-at-a-time limit are searched in a slice.
    const long = fc.array(unit, { maxLength: 700 }).map((units) => units.join(''));
    fc.assert(
      fc.property(
        long,
        term,
        fc.integer({ min: -5, max: 720 }),
        fc.integer({ min: -5, max: 720 }),
        (haystack, needle, from, to) => {
          let expected = false;
          for (let at = Math.max(0, from); at <= to && !expected; at++) expected = haystack.startsWith(needle, at);
          expect(startsWithin(haystack, needle, substringCheck(needle), from, to)).toBe(expected);
          // The word planted at a window's first or last position is found; one position outside it need not be.
          const at = Math.min(Math.max(0, from), haystack.length);
          const planted = haystack.slice(0, at) + needle + haystack.slice(at);
          expect(startsWithin(planted, needle, substringCheck(needle), at, Math.max(at, to))).toBe(true);
          expect(startsWithin(planted, needle, substringCheck(needle), Math.min(at, to), at)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
