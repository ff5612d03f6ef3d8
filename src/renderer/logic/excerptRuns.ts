/**
 * A quote or note as 我的批注 shows it: cut to a window around the first hit, with the hits marked by the one
 * match rule of search (matchRanges.ts), as the library's result snippets are.
 */
import type { ParsedQuery } from '../../shared/search/parseQuery';
import { matchRanges } from '../../shared/search/matchRanges';

export interface TextRun {
  text: string;
  marked: boolean;
}

/** Characters shown before the first hit when the text has to be cut so that the hit is seen. */
const LEAD_CHARS = 16;

/**
 * `text` on one line, cut to `maxChars` (with … where cut) so that the first hit is inside, in runs marked where
 * the query matches. A hit that the cut splits is marked as far as it is shown.
 */
export function excerptRuns(text: string, query: ParsedQuery, maxChars: number): TextRun[] {
  const line = text.replace(/\s+/gu, ' ').trim();
  const ranges = matchRanges(line, query);
  const first = ranges[0];
  const from =
    first && first.end > maxChars ? Math.max(0, Math.min(first.start - LEAD_CHARS, line.length - maxChars)) : 0;
  const to = Math.min(line.length, from + maxChars);
  const runs: TextRun[] = [];
  if (from > 0) runs.push({ text: '…', marked: false });
  let at = from;
  for (const range of ranges) {
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    if (start > at) runs.push({ text: line.slice(at, start), marked: false });
    runs.push({ text: line.slice(start, end), marked: true });
    at = end;
  }
  if (at < to) runs.push({ text: line.slice(at, to), marked: false });
  if (to < line.length) runs.push({ text: '…', marked: false });
  return runs;
}
