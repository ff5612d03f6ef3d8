/**
 * Snippets: up to three windows of about 60 characters of canonical text around the places the query matches,
 * with highlight ranges inside each window and offsets in the canonical text so the reader can jump there. The
 * matches are the shared rule's (matchRanges.ts), the same the reader steps through; they are read only as far
 * as the windows need, so a frequent word in a long document costs a few windows, not the whole text.
 */
import type { SearchSnippet } from '../../shared/api';
import type { TextRange } from '../../shared/annotations/annotation';
import { markedTerms, matches, type Match } from '../../shared/search/matchRanges';
import type { ParsedQuery } from '../../shared/search/parseQuery';
import type { TextSource } from '../../shared/search/fold';

const WINDOW = 60;
const LEAD = 20;
const MAX_SNIPPETS = 3;

/** `folded` is `fold(text)`, which the index already holds. */
export function makeSnippets(text: TextSource, folded: string, query: ParsedQuery): SearchSnippet[] {
  const source = matches(text, query, folded);
  const read: Match[] = [];
  /** The next match not read yet, or null when there are no more. */
  const readOne = (): Match | null => {
    const next = source.next();
    if (next.done) return null;
    read.push(next.value);
    return next.value;
  };
  const last = (): Match | undefined => read[read.length - 1];

  // Prefer windows that show different words: first each word's first match, then the rest in text order.
  const firsts: Match[] = [];
  const firstPositions = markedTerms(query)
    .map((term) => folded.indexOf(term))
    .filter((at) => at >= 0)
    .sort((a, b) => a - b);
  for (const at of firstPositions) {
    while ((last()?.folded[1] ?? -1) < at && readOne());
    const match = read.find((candidate) => candidate.folded[1] >= at);
    if (match && !firsts.includes(match)) firsts.push(match);
  }
  const anchors = function* (): Generator<Match> {
    yield* firsts;
    for (let i = 0; i < read.length || readOne(); i++) yield read[i] as Match;
  };

  const snippets: SearchSnippet[] = [];
  const covered: TextRange[] = [];
  for (const anchor of anchors()) {
    if (snippets.length >= MAX_SNIPPETS) break;
    if (covered.some((window) => anchor.start >= window.start && anchor.end <= window.end)) continue;
    const start = Math.max(0, Math.min(anchor.start - LEAD, text.length - WINDOW));
    const end = Math.min(text.length, Math.max(start + WINDOW, anchor.end));
    covered.push({ start, end });
    while ((last()?.start ?? -1) < end && readOne());
    const highlights: [number, number][] = read
      .filter((range) => range.start >= start && range.end <= end)
      .map((range) => [range.start - start, range.end - start]);
    snippets.push({
      // Line breaks become spaces: same length, so the highlight ranges and offsets stay valid.
      text: text.slice(start, end).replace(/\n/gu, ' '),
      highlights,
      start,
      hitStart: anchor.start,
      hitEnd: anchor.end,
    });
  }
  return snippets.sort((a, b) => a.start - b.start);
}
