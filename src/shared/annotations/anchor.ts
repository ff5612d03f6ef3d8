/**
 * Making an anchor for a passage, and finding it again after the document's text changed (a parser upgrade
 * re-parsed the issue, or a corrected file was imported). The order follows Hypothesis's anchoring: the stored
 * position if the quote and its context are still there, then the exact quote chosen by context and position,
 * then an approximate match. The rule that matters most: `anchored` is only ever returned when the text at the
 * anchor equals the person's quote. Anything less certain is `doubtful` (需确认) or `orphan` (孤立批注).
 *
 * Thresholds (Hypothesis has none; a 4-character quote in boilerplate text needs them). Gazettes repeat
 * themselves — a 预案 prints near-identical paragraphs for each 级别, a short quote occurs hundreds of times — so
 * an exact match is anchored only when:
 * - its context (32 characters each side, by edit distance) is the best of all occurrences and each side is at
 *   least half like the old one, it is the nearest to the old position among occurrences with about as good a context, and at least
 *   one of its immediate neighbours (4 characters) is unchanged — or the quote is 16+ characters and unique;
 * - and no other place — an approximate match of the quote, or where the old context now stands with the quote
 *   rewritten — has a clearly better context, or as good a context nearer to where the quote was.
 * Otherwise it is doubtful. An approximate match (one edit per 4 characters of quote, at most 64; quotes under
 * 4 characters are not matched approximately) is never more than doubtful, and needs a weighted score of 0.7
 * (quote 0.5, context 0.4, position 0.1); a quote under 16 characters also needs context 0.6.
 *
 * A doubtful anchor keeps the person's original quote and context (shown to them as what they marked, and used
 * again at the next re-anchoring) and takes the new position, so the reader can show where it probably belongs.
 * An orphan keeps its old anchor untouched.
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
/** Context similarity (0–1) an exact match needs on each side to count as the same place. */
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
/** Exact occurrences weighed, the nearest to the old position first (a one-character quote occurs everywhere). */
const MAX_EXACT_MATCHES = 2000;
/** Characters right beside the quote, one side of which must be unchanged for an exact match to count. */
const ADJACENT_CHARS = 4;
/** How much better (0–1) one place's context must be than another's to decide between them by context alone. */
const CONTEXT_MARGIN = 0.1;
/** Context scores this close count as the same. */
const SAME_CONTEXT = 0.02;
/** Characters of the prefix's end and the suffix's start looked up to find where the context now stands. */
const CONTEXT_SEED_CHARS = 8;
const MIN_CONTEXT_SEED = 3;
const MAX_CONTEXT_SEEDS = 200;

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

/** How alike the text around [start, end) is to the stored context: each side's similarity, and their mean. */
function contextSides(text: string, anchor: Anchor, start: number, end: number): { mean: number; weaker: number } {
  const here = contextAt(text, start, end);
  const before = similarity(anchor.prefix, here.prefix);
  const after = similarity(anchor.suffix, here.suffix);
  return { mean: (before + after) / 2, weaker: Math.min(before, after) };
}

function contextScore(text: string, anchor: Anchor, start: number, end: number): number {
  return contextSides(text, anchor, start, end).mean;
}

function positionScore(text: string, anchor: Anchor, start: number): number {
  return 1 - Math.min(1, Math.abs(start - anchor.start) / Math.max(1, text.length));
}

/** Whether the characters right beside a candidate are the ones beside the quote when it was made. */
function adjacent(text: string, anchor: Anchor, start: number, end: number): boolean {
  const before = anchor.prefix.slice(-ADJACENT_CHARS);
  const after = anchor.suffix.slice(0, ADJACENT_CHARS);
  return (
    (before.length > 0 && text.slice(start - before.length, start) === before) ||
    (after.length > 0 && text.slice(end, end + after.length) === after) ||
    (before.length === 0 && start === 0) ||
    (after.length === 0 && end === text.length)
  );
}

export function reanchor(text: string, anchor: Anchor): Reanchored {
  const { exact } = anchor;
  const anchored = (start: number): Reanchored => {
    const end = start + exact.length;
    return { anchor: { ...anchor, start, end, ...contextAt(text, start, end) }, status: 'anchored' };
  };
  const doubtful = (start: number, end: number): Reanchored => ({
    anchor: { ...anchor, start, end },
    status: 'doubtful',
  });
  // The stored position, when the quote and everything around it are still there.
  if (text.slice(anchor.start, anchor.end) === exact && contextScore(text, anchor, anchor.start, anchor.end) === 1) {
    return anchored(anchor.start);
  }
  const found = exactMatch(text, anchor);
  const approximate = approximateMatch(text, anchor, found);
  if (!found) {
    return approximate && acceptable(approximate, exact.length)
      ? doubtful(approximate.start, approximate.end)
      : { anchor, status: 'orphan' };
  }
  // The person's passage edited, and a near-twin of it (the 特别重大/较大 paragraphs of a 预案, or the same
  // paragraph printed twice) still holding the exact words: the twin is not theirs. A place whose context is
  // better, or as good and nearer to where the quote was, splits the evidence, so nothing is anchored.
  const rival = [approximate, contextPlace(text, anchor, found)]
    .filter((place): place is Place => place !== null)
    .find((place) => rivals(text, anchor, place, found));
  if (!rival && found.confident) return anchored(found.start);
  if (rival && rival.context > found.context + CONTEXT_MARGIN) {
    // The exact words stand elsewhere, but the person's place is recognisably somewhere else: not theirs.
    return approximate && acceptable(approximate, exact.length)
      ? doubtful(approximate.start, approximate.end)
      : { anchor, status: 'orphan' };
  }
  return doubtful(found.start, found.end);
}

interface Place {
  start: number;
  end: number;
  context: number;
}

function rivals(text: string, anchor: Anchor, place: Place, found: Place): boolean {
  if (place.start < found.end && place.end > found.start) return false;
  if (place.context > found.context + CONTEXT_MARGIN) return true;
  const distance = (at: number): number => Math.abs(at - anchor.start);
  return place.context >= found.context - CONTEXT_MARGIN && distance(place.start) < distance(found.start);
}

/**
 * The place the stored context fits best, whatever now stands between prefix and suffix: seeded by where the
 * end of the prefix and the start of the suffix occur. It finds the person's passage when the quote itself was
 * rewritten or deleted — not to anchor there, but to know that an exact match elsewhere may be a twin.
 */
function contextPlace(text: string, anchor: Anchor, found: Place): Place | null {
  const m = anchor.exact.length;
  const tail = anchor.prefix.slice(-CONTEXT_SEED_CHARS);
  const head = anchor.suffix.slice(0, CONTEXT_SEED_CHARS);
  const spans: [number, number][] = [];
  const nearest = (positions: number[]): number[] =>
    positions.sort((a, b) => Math.abs(a - anchor.start) - Math.abs(b - anchor.start)).slice(0, MAX_CONTEXT_SEEDS);
  const heads = head.length >= MIN_CONTEXT_SEED ? nearest(occurrences(text, head)) : [];
  const tails = tail.length >= MIN_CONTEXT_SEED ? nearest(occurrences(text, tail)).map((at) => at + tail.length) : [];
  for (const start of tails) {
    const end = heads.find((at) => at >= start && at <= start + 2 * m + CONTEXT_SEED_CHARS);
    spans.push([start, end ?? Math.min(text.length, start + m)]);
  }
  for (const end of heads) {
    const start = tails.find((at) => at <= end && at >= end - 2 * m - CONTEXT_SEED_CHARS);
    spans.push([start ?? Math.max(0, end - m), end]);
  }
  let best: Place | null = null;
  for (const [start, end] of spans) {
    if (start < found.end && end > found.start) continue;
    const context = contextScore(text, anchor, start, end);
    if (!best || context > best.context) best = { start, end, context };
  }
  return best;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

interface ExactMatch extends Place {
  confident: boolean;
}

/**
 * The exact occurrence to choose: among those whose context is about as good as the best (within
 * CONTEXT_MARGIN), the one nearest to where the quote was. It is confident when it is also the best by context,
 * sits right beside its old neighbours, and its context is recognisably the old one — or when the quote is long
 * and occurs only once.
 */
function exactMatch(text: string, anchor: Anchor): ExactMatch | null {
  const { exact } = anchor;
  const distance = (at: number): number => Math.abs(at - anchor.start);
  // Nearest to the old position first, so a huge number of matches of a tiny quote stays bounded.
  const starts = occurrences(text, exact)
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, MAX_EXACT_MATCHES);
  const scored = starts.map((start) => ({ start, context: contextScore(text, anchor, start, start + exact.length) }));
  const bestContext = Math.max(...scored.map((candidate) => candidate.context));
  const pick = scored.find((candidate) => candidate.context >= bestContext - CONTEXT_MARGIN);
  if (!pick) return null;
  const end = pick.start + exact.length;
  // Both sides must still be recognisable: with a paragraph deleted, the sentence before it can end in the same
  // boilerplate and be followed by the same next paragraph — one perfect side, one foreign.
  const inPlace =
    pick.context >= bestContext - SAME_CONTEXT &&
    contextSides(text, anchor, pick.start, end).weaker >= EXACT_CONTEXT &&
    adjacent(text, anchor, pick.start, end);
  return {
    start: pick.start,
    end,
    context: pick.context,
    confident: inPlace || (starts.length === 1 && exact.length >= LONG_QUOTE),
  };
}

interface ApproximateMatch extends Place {
  quote: number;
  score: number;
}

function acceptable(match: ApproximateMatch, quoteLength: number): boolean {
  return match.score >= APPROXIMATE_SCORE && (quoteLength >= LONG_QUOTE || match.context >= SHORT_QUOTE_CONTEXT);
}

/**
 * The best place where the quote occurs with at least one and at most `maxErrors` edits, away from the exact
 * match (if any). Seeds, then verification: by the pigeonhole principle, a quote split into `errors + 1` pieces
 * that matches with at most `errors` edits contains at least one piece unchanged; each occurrence of a piece (and
 * of the stored prefix and suffix) votes for where the quote would start, and the best-voted places are checked
 * with an edit distance.
 */
function approximateMatch(text: string, anchor: Anchor, exactFound: ExactMatch | null): ApproximateMatch | null {
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
    for (const at of occurrences(text, piece).slice(0, MAX_EXACT_MATCHES)) vote(at - offset);
  }
  const prefixTail = anchor.prefix.slice(-8);
  if (prefixTail.length >= 4) for (const at of occurrences(text, prefixTail)) vote(at + prefixTail.length);
  const suffixHead = anchor.suffix.slice(0, 8);
  if (suffixHead.length >= 4) for (const at of occurrences(text, suffixHead)) vote(at - m);

  const candidates = [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - anchor.start) - Math.abs(b[0] - anchor.start))
    .slice(0, MAX_CANDIDATES);
  let best: ApproximateMatch | null = null;
  const checked = new Set<string>();
  for (const [start] of candidates) {
    const from = Math.max(0, start - maxErrors);
    const to = Math.min(text.length, start + m + maxErrors);
    const match = bestMatchInWindow(exact, text, from, to, maxErrors);
    if (!match || match.errors === 0 || match.end <= match.start) continue;
    if (exactFound && match.start < exactFound.end && match.end > exactFound.start) continue;
    const key = `${String(match.start)}:${String(match.end)}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const quote = 1 - match.errors / m;
    const context = contextScore(text, anchor, match.start, match.end);
    const score = 0.5 * quote + 0.4 * context + 0.1 * positionScore(text, anchor, match.start);
    if (!best || score > best.score) best = { start: match.start, end: match.end, quote, context, score };
  }
  return best;
}
