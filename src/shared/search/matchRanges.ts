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
import { fold, sourceOffsetWalker } from './fold';
import type { ParsedQuery } from './parseQuery';

/** The folded strings a query marks in a text (see the module comment), without repeats. */
export function markedTerms(query: ParsedQuery): string[] {
  const { terms, filters } = query;
  return [...new Set([...terms, ...filters.docNumber, ...filters.title, ...filters.issuer])].filter(
    (term) => term !== '',
  );
}

/** A match, with where it is in the folded text too ([start, last], inclusive). */
export interface Match extends TextRange {
  folded: [number, number];
}

/**
 * The matches of `query` in `text` in text order, mapped back to the text only as far as they are read: the
 * reader reads them all, snippets only the first few. `folded` is `fold(text)` when the caller already has it.
 */
export function* matches(text: string, query: ParsedQuery, folded: string = fold(text)): Generator<Match> {
  const found: [number, number][] = [];
  for (const term of markedTerms(query)) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      found.push([at, at + term.length - 1]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const toSource = sourceOffsetWalker(text);
  let pending: Match | null = null;
  for (const [start, last] of found) {
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
