import { grown } from './typedArrays';

/**
 * The documents a query matched, as parallel typed arrays instead of one object each. A one-character query matches
 * nearly every document of a 500-issue library; per-candidate objects, closures and maps (and the garbage they left)
 * were most of its cost. One list lives as long as its index and is reused by every query.
 */
export class CandidateList {
  count = 0;
  /** The document's number in the index. */
  document = new Uint32Array(256);
  /** 1 when the title or 文号 contains every word (ranked first). */
  tier = new Uint8Array(256);
  score = new Float64Array(256);

  reset(): void {
    this.count = 0;
  }

  push(document: number, tier: number, score: number): void {
    const at = this.count;
    if (at === this.document.length) {
      this.document = grown(this.document, at * 2);
      this.tier = grown(this.tier, at * 2);
      this.score = grown(this.score, at * 2);
    }
    this.document[at] = document;
    this.tier[at] = tier;
    this.score[at] = score;
    this.count = at + 1;
  }
}

/**
 * Indices of the best `limit` candidates in order (`compare` < 0 means better), by insertion into a short sorted
 * head: sorting thousands of candidates to show twenty is wasted work.
 */
export function selectTop(count: number, limit: number, compare: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  for (let c = 0; c < count; c++) {
    if (top.length === limit) {
      if (compare(c, top[limit - 1] ?? 0) >= 0) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && compare(c, top[at - 1] ?? 0) < 0) at--;
    top.splice(at, 0, c);
  }
  return top;
}
