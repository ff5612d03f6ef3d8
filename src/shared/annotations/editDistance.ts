/**
 * Edit distances for re-anchoring. Plain dynamic programming over UTF-16 code units: the strings compared are a
 * quote against a window of the document, or 32 characters of context, so two rows are all the memory needed.
 */

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

export interface WindowMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The substring of `text[from, to)` closest to `pattern` (semi-global alignment: the pattern is matched whole,
 * the text is free to start and end anywhere in the window), or null when it needs more than `maxErrors` edits.
 * Each cell carries the text offset its alignment started at, so the match's start comes out of one pass.
 */
export function bestMatchInWindow(
  pattern: string,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
): WindowMatch | null {
  const width = to - from;
  const m = pattern.length;
  let cost = new Int32Array(width + 1);
  let origin = Int32Array.from({ length: width + 1 }, (_, j) => from + j);
  let nextCost = new Int32Array(width + 1);
  let nextOrigin = new Int32Array(width + 1);
  for (let i = 1; i <= m; i++) {
    const unit = pattern.charCodeAt(i - 1);
    nextCost[0] = i;
    nextOrigin[0] = from;
    let rowMin = i;
    for (let j = 1; j <= width; j++) {
      const diagonal = (cost[j - 1] ?? 0) + (text.charCodeAt(from + j - 1) === unit ? 0 : 1);
      const up = (cost[j] ?? 0) + 1;
      const left = (nextCost[j - 1] ?? 0) + 1;
      if (diagonal <= up && diagonal <= left) {
        nextCost[j] = diagonal;
        nextOrigin[j] = origin[j - 1] ?? from;
      } else if (up <= left) {
        nextCost[j] = up;
        nextOrigin[j] = origin[j] ?? from;
      } else {
        nextCost[j] = left;
        nextOrigin[j] = nextOrigin[j - 1] ?? from;
      }
      rowMin = Math.min(rowMin, nextCost[j] ?? 0);
    }
    if (rowMin > maxErrors) return null;
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  let best: WindowMatch | null = null;
  for (let j = 1; j <= width; j++) {
    const errors = cost[j] ?? 0;
    const start = origin[j] ?? from;
    if (errors > maxErrors || start >= from + j) continue;
    if (!best || errors < best.errors) best = { start, end: from + j, errors };
  }
  return best;
}
