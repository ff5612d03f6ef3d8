/**
 * Where a parsed query occurs in a text: the one match rule of the result list's snippets, the reader's hits and
 * 下一处, so both show the same places.
 *
 * - What is looked for: the words and phrases that must occur, and the values of the text conditions `文号:`,
 *   `标题:` and `机关:` (a 文号 is in the document's text, so a `文号:` search marks it). Excluded words are not,
 *   and neither are 文种, 年份 and 日期, which are categories, not text.
 * - How: on the folded text (fold.ts), each word's occurrences from left to right without overlapping each other
 *   (`哈哈` in `哈哈哈哈哈` is found twice), mapped back to [start, end) in the original text; then ranges of
 *   different words that overlap are merged into one (touching ones stay separate, so each is one hit).
 */
import type { TextRange } from '../annotations/annotation';
import { fold, sourceOffsetWalker, type TextSource } from './fold';
import type { ParsedQuery } from './parseQuery';

/** The folded strings a query marks in a text (see the module comment), without repeats. */
export function markedTerms(query: ParsedQuery): string[] {
  const { terms, filters } = query;
  return [...new Set([...terms, ...filters.docNumber, ...filters.title, ...filters.issuer])].filter(
    (term) => term !== '',
  );
}

/**
 * Each term's occurrences in `folded` ([start, last], inclusive; a term's own occurrences do not overlap), in
 * order of start and, at one start, the longest first. Found as they are read, so a snippet that needs the first
 * few matches of a word does not look for the hundreds after them.
 */
function* foldedOccurrences(folded: string, terms: readonly string[]): Generator<[number, number]> {
  const next = terms.map((term) => folded.indexOf(term));
  for (;;) {
    let best = -1;
    for (let t = 0; t < terms.length; t++) {
      const at = next[t] ?? -1;
      if (at < 0) continue;
      const bestAt = next[best] ?? -1;
      if (best < 0 || at < bestAt || (at === bestAt && (terms[t] ?? '').length > (terms[best] ?? '').length)) best = t;
    }
    if (best < 0) return;
    const at = next[best] ?? 0;
    const length = (terms[best] ?? '').length;
    next[best] = folded.indexOf(terms[best] ?? '', at + length);
    yield [at, at + length - 1];
  }
}

/** A match, with where it is in the folded text too ([start, last], inclusive). */
export interface Match extends TextRange {
  folded: [number, number];
}

/**
 * The matches of `query` in `text` in text order, mapped back to the text only as far as they are read: the
 * reader reads them all, snippets only the first few. `folded` is `fold(text)` when the caller already has it.
 */
export function* matches(text: TextSource, query: ParsedQuery, folded: string = fold(text.slice(0))): Generator<Match> {
  const toSource = sourceOffsetWalker(text);
  let pending: Match | null = null;
  for (const [start, last] of foldedOccurrences(folded, markedTerms(query))) {
    if (pending && start <= pending.folded[1]) {
      // Overlapping matches of different words are one.
      if (last > pending.folded[1]) {
        pending.folded[1] = last;
        pending.end = toSource(last) + 1;
      }
      continue;
    }
    const match: Match = { start: toSource(start), end: toSource(last) + 1, folded: [start, last] };
    // Two folded matches inside one character that folds to several (ﬁ, ㍿) are one range of the text.
    if (pending && match.start < pending.end) {
      pending.end = match.end;
      pending.folded[1] = last;
      continue;
    }
    if (pending) yield pending;
    pending = match;
  }
  if (pending) yield pending;
}

/** Every match of `query` in `text`, in text order (see `matches`). */
export function matchRanges(text: string, query: ParsedQuery, folded?: string): TextRange[] {
  return Array.from(matches(text, query, folded), ({ start, end }) => ({ start, end }));
}
