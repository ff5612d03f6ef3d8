/**
 * Snippets: up to three windows of about 60 characters of canonical text around the places the query's words
 * occur, with highlight ranges inside each window and offsets in the canonical text so the reader can jump there.
 * Matching runs on folded text; `sourceOffsets` maps each match back to the canonical characters it came from.
 */
import type { SearchSnippet } from '../../shared/api';
import { sourceOffsets } from '../../shared/search/fold';

const WINDOW = 60;
const LEAD = 20;
const MAX_SNIPPETS = 3;
const MAX_MATCHES_PER_TERM = 4;

interface Range {
  start: number;
  end: number;
}

/** Canonical ranges of the first occurrences of each term, in text order. */
function matchRanges(text: string, folded: string, terms: readonly string[]): Range[] {
  const foldedRanges: Range[] = [];
  for (const term of new Set(terms)) {
    let found = 0;
    for (let at = folded.indexOf(term); at >= 0 && found < MAX_MATCHES_PER_TERM; at = folded.indexOf(term, at + 1)) {
      foldedRanges.push({ start: at, end: at + term.length - 1 });
      found++;
    }
  }
  const positions = [...new Set(foldedRanges.flatMap((range) => [range.start, range.end]))].sort((a, b) => a - b);
  const offsets = new Map<number, number>();
  sourceOffsets(text, positions).forEach((offset, i) => offsets.set(positions[i] ?? 0, offset));
  return foldedRanges
    .map((range) => ({ start: offsets.get(range.start) ?? 0, end: (offsets.get(range.end) ?? 0) + 1 }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** `folded` is `fold(text)`, which the index already holds. */
export function makeSnippets(text: string, folded: string, terms: readonly string[]): SearchSnippet[] {
  if (terms.length === 0) return [];
  const ranges = matchRanges(text, folded, terms);
  // Prefer windows that show different words: first each term's first match, then the rest in text order.
  const seen = new Set<string>();
  const firstOfEach: Range[] = [];
  for (const range of ranges) {
    const word = text.slice(range.start, range.end);
    if (!seen.has(word)) firstOfEach.push(range);
    seen.add(word);
  }
  const snippets: SearchSnippet[] = [];
  const covered: Range[] = [];
  for (const anchor of [...firstOfEach, ...ranges]) {
    if (snippets.length >= MAX_SNIPPETS) break;
    if (covered.some((window) => anchor.start >= window.start && anchor.end <= window.end)) continue;
    const start = Math.max(0, Math.min(anchor.start - LEAD, text.length - WINDOW));
    const end = Math.min(text.length, Math.max(start + WINDOW, anchor.end));
    covered.push({ start, end });
    const highlights: [number, number][] = [];
    for (const range of ranges) {
      if (range.start < start || range.end > end) continue;
      const last = highlights[highlights.length - 1];
      // Overlapping matches (e.g. two query words that overlap) become one highlight.
      if (last && range.start - start <= last[1]) last[1] = Math.max(last[1], range.end - start);
      else highlights.push([range.start - start, range.end - start]);
    }
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
