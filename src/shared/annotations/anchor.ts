/**
 * Making an anchor for a passage, and finding it again after the document's text changed (a parser upgrade
 * re-parsed the issue, or a corrected file was imported). The order follows Hypothesis's anchoring: the stored
 * position if its text is still the quote, then the exact quote chosen by context and position, then an
 * approximate match. The rule that matters most: `anchored` is only ever returned when the text at the anchor
 * equals the person's quote. Anything less certain is `doubtful` (需确认) or `orphan` (孤立批注).
 *
 * Thresholds (Hypothesis has none; a 4-character quote in boilerplate text needs them):
 * - an exact quote is anchored when its surroundings match the stored context (or it is long and unique);
 *   otherwise it is doubtful;
 * - an approximate match allows one edit per 4 characters of quote (at most 64) and is never more than doubtful;
 *   it must also score well on context, and short quotes need context even more: a few characters with an
 *   edit are found all over a gazette.
 * - a doubtful anchor keeps the person's original quote and context (shown to them as what they marked) and
 *   takes the new position, so the reader can show where it probably belongs.
 */
import { ANCHOR_CONTEXT_CHARS } from './annotation';
import type { Anchor, AnchorStatus, TextRange } from './annotation';
import { bestMatchInWindow, similarity } from './editDistance';

export type PlacedStatus = Exclude<AnchorStatus, 'removed'>;
export interface Reanchored {
  anchor: Anchor;
  status: PlacedStatus;
}

/** A quote this long that occurs once is itself the evidence, whatever happened around it. */
const LONG_QUOTE = 16;
/** Context similarity (0–1) an exact match needs to count as the same place. */
const EXACT_CONTEXT = 0.5;
/** Below this length an approximate match is not attempted: a quote of 1–3 characters with an edit is noise. */
const MIN_APPROXIMATE_QUOTE = 4;
const MAX_ERRORS = 64;
/** Weighted score (quote, context, position) an approximate match needs to be offered as 需确认. */
const APPROXIMATE_SCORE = 0.7;
/** Context similarity a short approximate quote needs on top of that. */
const SHORT_QUOTE_CONTEXT = 0.6;
/** Candidates verified by edit distance, the most promising first. */
const MAX_CANDIDATES = 40;

export function anchorFor(text: string, range: TextRange): Anchor {
  return {
    start: range.start,
    end: range.end,
    exact: text.slice(range.start, range.end),
    ...contextAt(text, range.start, range.end),
  };
}

function contextAt(text: string, start: number, end: number): Pick<Anchor, 'prefix' | 'suffix'> {
  return {
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_CHARS),
  };
}

function contextScore(text: string, anchor: Anchor, start: number, end: number): number {
  const here = contextAt(text, start, end);
  return (similarity(anchor.prefix, here.prefix) + similarity(anchor.suffix, here.suffix)) / 2;
}

function positionScore(text: string, anchor: Anchor, start: number): number {
  return 1 - Math.min(1, Math.abs(start - anchor.start) / Math.max(1, text.length));
}

export function reanchor(text: string, anchor: Anchor): Reanchored {
  const { exact } = anchor;
  if (text.slice(anchor.start, anchor.end) === exact) {
    return { anchor: { ...anchor, ...contextAt(text, anchor.start, anchor.end) }, status: 'anchored' };
  }
  return exactQuote(text, anchor) ?? approximateQuote(text, anchor) ?? { anchor, status: 'orphan' };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function exactQuote(text: string, anchor: Anchor): Reanchored | null {
  const { exact } = anchor;
  // Nearest to the old position first, so a huge number of matches of a tiny quote stays bounded.
  const starts = occurrences(text, exact)
    .sort((a, b) => Math.abs(a - anchor.start) - Math.abs(b - anchor.start))
    .slice(0, 2000);
  if (starts.length === 0) return null;
  const ranked = starts
    .map((start) => {
      const context = contextScore(text, anchor, start, start + exact.length);
      return { start, context, score: 0.9 * context + 0.1 * positionScore(text, anchor, start) };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best) return null;
  const placed = { ...anchor, start: best.start, end: best.start + exact.length };
  const unambiguous = !second || best.context >= 0.9 || best.context - second.context >= 0.1;
  const confident =
    (best.context >= EXACT_CONTEXT && unambiguous) || (starts.length === 1 && exact.length >= LONG_QUOTE);
  return confident
    ? { anchor: { ...placed, ...contextAt(text, placed.start, placed.end) }, status: 'anchored' }
    : { anchor: placed, status: 'doubtful' };
}

/**
 * Seeds, then verification. By the pigeonhole principle, a quote split into `errors + 1` pieces that matches
 * with at most `errors` edits contains at least one piece unchanged; each occurrence of a piece (and of the
 * stored prefix and suffix) votes for where the quote would start. The best-voted places are checked with an
 * edit distance, and the best-scoring match wins if it clears the thresholds.
 */
function approximateQuote(text: string, anchor: Anchor): Reanchored | null {
  const { exact } = anchor;
  const m = exact.length;
  if (m < MIN_APPROXIMATE_QUOTE) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(m / 4));
  const votes = new Map<number, number>();
  const vote = (start: number): void => {
    if (start >= -maxErrors && start <= text.length) votes.set(start, (votes.get(start) ?? 0) + 1);
  };
  const pieces = maxErrors + 1;
  const pieceLength = Math.floor(m / pieces);
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLength;
    const piece = exact.slice(offset, p === pieces - 1 ? m : offset + pieceLength);
    for (const at of occurrences(text, piece)) vote(at - offset);
  }
  const prefixTail = anchor.prefix.slice(-8);
  if (prefixTail.length >= 4) for (const at of occurrences(text, prefixTail)) vote(at + prefixTail.length);
  const suffixHead = anchor.suffix.slice(0, 8);
  if (suffixHead.length >= 4) for (const at of occurrences(text, suffixHead)) vote(at - m);

  const candidates = [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - anchor.start) - Math.abs(b[0] - anchor.start))
    .slice(0, MAX_CANDIDATES);
  let best: { start: number; end: number; score: number; context: number } | null = null;
  const checked = new Set<string>();
  for (const [start] of candidates) {
    const from = Math.max(0, start - maxErrors);
    const to = Math.min(text.length, start + m + maxErrors);
    const match = bestMatchInWindow(exact, text, from, to, maxErrors);
    if (!match || match.end <= match.start) continue;
    const key = `${String(match.start)}:${String(match.end)}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const quote = 1 - match.errors / m;
    const context = contextScore(text, anchor, match.start, match.end);
    const score = 0.5 * quote + 0.4 * context + 0.1 * positionScore(text, anchor, match.start);
    if (!best || score > best.score) best = { start: match.start, end: match.end, score, context };
  }
  if (!best || best.score < APPROXIMATE_SCORE) return null;
  if (m < LONG_QUOTE && best.context < SHORT_QUOTE_CONTEXT) return null;
  return { anchor: { ...anchor, start: best.start, end: best.end }, status: 'doubtful' };
}
