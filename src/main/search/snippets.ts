/**
 * Snippets: up to three windows of about 60 characters of canonical text around the places the query's words
 * occur, with highlight ranges inside each window and offsets in the canonical text so the reader can jump there.
 * Matching runs on folded text; `foldWithOffsets` maps each match back to the canonical characters it came from.
 */
import type { SearchSnippet } from '../../shared/api';
import { foldWithOffsets } from '../../shared/search/fold';

const WINDOW = 60;
const LEAD = 20;
const MAX_SNIPPETS = 3;
const MAX_MATCHES_PER_TERM = 50;

interface Range {
  start: number;
  end: number;
}

/** Canonical ranges of the first occurrences of each term, in text order. */
function matchRanges(text: string, terms: readonly string[]): Range[] {
  const { folded, sourceOffsets } = foldWithOffsets(text);
  const ranges: Range[] = [];
  for (const term of new Set(terms)) {
    let found = 0;
    for (let at = folded.indexOf(term); at >= 0 && found < MAX_MATCHES_PER_TERM; at = folded.indexOf(term, at + 1)) {
      ranges.push({ start: sourceOffsets[at] ?? 0, end: (sourceOffsets[at + term.length - 1] ?? 0) + 1 });
      found++;
    }
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function makeSnippets(text: string, terms: readonly string[]): SearchSnippet[] {
  if (terms.length === 0) return [];
  const ranges = matchRanges(text, terms);
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
