/**
 * Search in notes and quotes: library search's syntax and folding, exact substrings judged against an `includes`
 * oracle (recall and precision 1.000 over random notes and queries), 1- and 2-character words, `标签:` and `颜色:`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationColor } from '../../../src/shared/annotations/annotation';
import { filterAnnotations, listAnnotations } from '../../../src/shared/annotations/annotationListing';
import type { AnnotationEntry } from '../../../src/shared/annotations/annotationListing';
import { parseQuery } from '../../../src/shared/search/parseQuery';

// Each character stands for itself after folding except the width and case variants, which the oracle spells out.
const pieces = ['土', '壤', '普', '查', '的', '〔', '〕', 'a', 'b', '7', '号'];
const variants: Record<string, string> = { a: 'Ａ', b: 'B', '7': '７', '〔': '[', '〕': ']' };
const canonical = (text: string): string =>
  Array.from(text, (char) => Object.entries(variants).find(([, v]) => v === char)?.[0] ?? char).join('');

const piece = fc.constantFrom(...pieces, ...Object.values(variants));
const text = fc.array(piece, { maxLength: 14 }).map((chars) => chars.join(''));
const word = fc.array(piece, { minLength: 1, maxLength: 3 }).map((chars) => chars.join(''));

function entry(
  id: number,
  quote: string,
  noteText: string,
  color: AnnotationColor = 'yellow',
  tags: string[] = [],
): AnnotationEntry {
  const annotation: Annotation = {
    id: `a${String(id)}`,
    docId: 'doc',
    docKey: 'key',
    anchor: quote === '' ? null : { start: 0, end: quote.length, exact: quote, prefix: '', suffix: '' },
    textHash: 'h',
    status: 'anchored',
    color,
    style: 'highlight',
    note: noteText === '' ? null : { version: 1, editorState: '{}', text: noteText },
    tags,
    createdAt: '2026-11-30T00:00:00.000Z',
    updatedAt: '2026-11-30T00:00:00.000Z',
    deletedAt: null,
  };
  return { annotation, document: null };
}

describe('notes search', () => {
  it('finds exactly the annotations whose quote or note contains every word and no excluded one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 2 }),
        fc.array(word, { maxLength: 1 }),
        (notes, words, excluded) => {
          const entries = notes.map(([quote, noteText], i) => entry(i, quote, noteText));
          const query = [...words, ...excluded.map((w) => `-${w}`)].join(' ');
          const found = new Set(filterAnnotations(entries, { query }).map((e) => e.annotation.id));
          const contains = (e: AnnotationEntry, w: string): boolean =>
            canonical(e.annotation.anchor?.exact ?? '').includes(canonical(w)) ||
            canonical(e.annotation.note?.text ?? '').includes(canonical(w));
          const expected = entries.filter(
            (e) => words.every((w) => contains(e, w)) && !excluded.some((w) => contains(e, w)),
          );
          // Same size and every expected one found: recall and precision are both 1.
          expect(found.size).toBe(expected.length);
          for (const e of expected) expect(found.has(e.annotation.id)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never matches a word across the end of the quote and the start of the note', () => {
    const entries = [entry(1, '土壤', '普查')];
    expect(filterAnnotations(entries, { query: '壤普' })).toEqual([]);
    expect(filterAnnotations(entries, { query: '壤 普' })).toHaveLength(1);
  });

  it('finds 1- and 2-character words, phrases and 文号 spelt another way', () => {
    const entries = [entry(1, '根据济政发〔2022〕7号文件', ''), entry(2, '', '土壤 普查'), entry(3, '查', '')];
    const ids = (query: string): string[] => filterAnnotations(entries, { query }).map((e) => e.annotation.id);
    expect(ids('查')).toEqual(['a2', 'a3']);
    expect(ids('土壤')).toEqual(['a2']);
    expect(ids('"壤普"')).toEqual(['a2']);
    expect(ids('济政发[２０２２]7号')).toEqual(['a1']);
  });

  it('takes 标签: and 颜色: conditions, and says which colour it did not know', () => {
    const entries = [
      entry(1, '土壤', '', 'red', ['待办']),
      entry(2, '土壤', '', 'yellow', ['ＴＯＤＯ']),
      entry(3, '土壤', '', 'green'),
    ];
    const ids = (query: string): string[] => filterAnnotations(entries, { query }).map((e) => e.annotation.id);
    expect(parseQuery('标签:待办 颜色:红').filters).toMatchObject({ tags: ['待办'], colors: ['红'] });
    expect(ids('土壤 标签:待办')).toEqual(['a1']);
    expect(ids('tag:todo')).toEqual(['a2']);
    expect(ids('颜色:红色')).toEqual(['a1']);
    expect(ids('颜色:黄 颜色:green')).toEqual(['a2', 'a3']);
    expect(listAnnotations(entries, { query: '颜色:橙' }).notes).toEqual([
      '「颜色:橙」不是批注的颜色（黄、绿、蓝、红、紫），已忽略。',
    ]);
  });
});
