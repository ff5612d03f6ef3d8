import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFixtureText } from '../../helpers/fixtureFiles';
import { makeSnippets } from '../../../src/main/search/snippets';
import { findQueryHits } from '../../../src/renderer/logic/documentHits';
import { fold, sourceOffsetWalker } from '../../../src/shared/search/fold';
import { matchRanges } from '../../../src/shared/search/matchRanges';
import { parseQuery, type ParsedQuery } from '../../../src/shared/search/parseQuery';

/** A query that looks for exactly these folded strings. */
const lookingFor = (...terms: string[]): ParsedQuery => ({ ...parseQuery(''), terms });
const slices = (text: string, ranges: readonly { start: number; end: number }[]): string[] =>
  ranges.map((range) => text.slice(range.start, range.end));

/**
 * The oracle, by brute force on the original text: every [start, end) whose folded text is `term`, found with a
 * plain `includes` on each prefix of each suffix (shortest end, starting on a character that does not fold away).
 */
function occurrences(text: string, term: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; start++) {
    if (fold(text.charAt(start)) === '') continue;
    for (let end = start + 1; end <= text.length; end++) {
      const folded = fold(text.slice(start, end));
      if (folded === term) {
        found.push({ start, end });
        break;
      }
      if (!term.startsWith(folded)) break;
    }
  }
  return found;
}

// Characters with several spellings under fold: digits, brackets of a 文号, width and case variants, whitespace.
const alphabet = Array.from('哈济政发号年7２2０0〔〕[]()（）【】aAａＡ «》《 \n');
const variants: Record<string, string[]> = {
  '2': ['2', '２'],
  '0': ['0', '０'],
  '〔': ['〔', '[', '(', '（', '【'],
  '〕': ['〕', ']', ')', '）', '】'],
  a: ['a', 'A', 'ａ', 'Ａ'],
  '《': ['《', '«'],
};
const textArbitrary = fc
  .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join(''));

describe('matchRanges', () => {
  it('finds a 文号 in any spelling and maps it back to the original characters', () => {
    const text = '依据济政发〔２０２２〕７号文件，坚持安全第\n一、预防为主';
    expect(slices(text, matchRanges(text, parseQuery('济政发[2022]7号')))).toEqual(['济政发〔２０２２〕７号']);
    expect(slices(text, matchRanges(text, parseQuery('"安全第一"')))).toEqual(['安全第\n一']);
  });

  it('marks the values of 文号, 标题 and 机关 conditions, not 文种, 年份, 日期 or excluded words', () => {
    const text = '济南市人民政府关于印发的通知 济政发〔2022〕7号 2022年';
    expect(slices(text, matchRanges(text, parseQuery('文号:济政发〔2022〕7号')))).toEqual(['济政发〔2022〕7号']);
    expect(slices(text, matchRanges(text, parseQuery('标题:印发 机关:济南市')))).toEqual(['济南市', '印发']);
    expect(matchRanges(text, parseQuery('文种:通知 年份:2022 日期:2022 -通知'))).toEqual([]);
  });

  it('takes occurrences of one word left to right without overlap, and merges overlapping words', () => {
    expect(matchRanges('哈哈哈哈哈', lookingFor('哈哈'))).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    // Touching matches stay two hits; overlapping ones of different words become one.
    expect(slices('土壤普查土壤', matchRanges('土壤普查土壤', lookingFor('土壤', '普查')))).toEqual([
      '土壤',
      '普查',
      '土壤',
    ]);
    expect(slices('土壤普查', matchRanges('土壤普查', lookingFor('土壤普', '壤普查')))).toEqual(['土壤普查']);
  });

  it('gives each range the folded word and covers every occurrence a plain scan finds (property)', () => {
    fc.assert(
      fc.property(textArbitrary, fc.nat(), fc.integer({ min: 1, max: 8 }), fc.nat(), (text, offset, length, pick) => {
        const start = offset % text.length;
        // A substring of the text, respelled with other variants of its characters.
        const needle = Array.from(text.slice(start, start + length))
          .map((char) => {
            const options = variants[char] ?? [char];
            return options[pick % options.length] ?? char;
          })
          .join('');
        const term = fold(needle);
        fc.pre(term !== '');
        const ranges = matchRanges(text, lookingFor(term));
        expect(ranges.length > 0).toBe(fold(text).includes(term));
        for (const range of ranges) expect(fold(text.slice(range.start, range.end))).toBe(term);
        for (let i = 1; i < ranges.length; i++) {
          expect((ranges[i]?.start ?? 0) >= (ranges[i - 1]?.end ?? 0)).toBe(true);
        }
        // Every occurrence is a range or overlaps the one that was taken before it.
        for (const found of occurrences(text, term)) {
          expect(ranges.some((range) => range.start < found.end && found.start < range.end)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the result list and the reader mark the same places', () => {
  const agree = (text: string, query: string): void => {
    const reader = slices(text, findQueryHits(text, query));
    const snippets = makeSnippets(text, fold(text), parseQuery(query));
    const listed = snippets.flatMap((snippet) =>
      slices(
        snippet.text,
        snippet.highlights.map(([start, end]) => ({ start, end })),
      ),
    );
    expect(reader.length).toBeGreaterThan(0);
    expect(listed).toEqual(reader);
  };

  it('marks 哈哈 twice in 哈哈哈哈哈 in both', () => {
    agree('哈哈哈哈哈', '哈哈');
  });

  it('highlights in each snippet exactly the reader’s hits inside it, on a whole issue', () => {
    const text = readFixtureText();
    for (const query of ['发展 建设', '的', '土壤普查 -耕地', '"安全第一"', '文号:济政发〔2022〕7号 济南']) {
      const hits = findQueryHits(text, query);
      const snippets = makeSnippets(text, fold(text), parseQuery(query));
      expect(snippets.length, query).toBeGreaterThan(0);
      for (const snippet of snippets) {
        const end = snippet.start + snippet.text.length;
        const inside = hits.filter((hit) => hit.start >= snippet.start && hit.end <= end);
        expect(snippet.highlights, query).toEqual(
          inside.map((hit) => [hit.start - snippet.start, hit.end - snippet.start]),
        );
        expect(hits).toContainEqual({ start: snippet.hitStart, end: snippet.hitEnd });
      }
    }
  });

  it('finds a 文号 condition in the reader as in the list', () => {
    agree('为做好普查工作，根据济政发〔2022〕7号文件，现通知如下。', '文号:济政发〔2022〕7号');
  });
});

describe('sourceOffsetWalker', () => {
  it('maps folded positions to the characters they came from, as a walk over every character does (property)', () => {
    // Width and bracket variants, dropped whitespace and zero-width units, and units that fold to several.
    const units = Array.from('济政发〔２０２２〕[a]Ａ 　\n\t\u200B\uFEFF…①Ⅱﬁ㍿㈱½™😀');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 60 }), fc.array(fc.nat(80)), (chars, picked) => {
        const text = chars.join('');
        const positions = [...new Set(picked)].sort((a, b) => a - b);
        const expected = positions.map((position) => {
          for (let i = 0; i < text.length; i++) if (fold(text.slice(0, i + 1)).length > position) return i;
          return text.length;
        });
        expect(positions.map(sourceOffsetWalker(text))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
