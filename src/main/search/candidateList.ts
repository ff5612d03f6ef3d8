/**
 * The documents a query matched, as parallel typed arrays instead of one object each. A one-character query matches
 * nearly every document of a 500-issue library; per-candidate objects, closures and maps (and the garbage they left)
 * were most of its cost. One list lives as long as its index and is reused by every query.
 */
export class CandidateList {
  count = 0;
  /** Keys per candidate in `termFrequencies`: one for each key of the query. */
  width = 0;
  /** Position of the candidate's shard in the index's shard list. */
  shard = new Uint32Array(256);
  /** The document's number inside its shard. */
  local = new Uint32Array(256);
  /** 1 when the title or 文号 contains every word (ranked first). */
  tier = new Uint8Array(256);
  /** The document's folded length, for BM25. */
  length = new Uint32Array(256);
  score = new Float64Array(256);
  /** `width` term frequencies per candidate, in query key order (the postings' tf, already capped at 65535). */
  termFrequencies = new Uint16Array(256);

  reset(width: number): void {
    this.count = 0;
    this.width = width;
  }

  /** Appends a candidate and returns its index. */
  push(shard: number, local: number, tier: number, length: number): number {
    const at = this.count;
    if (at === this.shard.length) this.grow(at * 2);
    if ((at + 1) * this.width > this.termFrequencies.length) {
      this.termFrequencies = grown(this.termFrequencies, Math.max(256, (at + 1) * this.width * 2));
    }
    this.shard[at] = shard;
    this.local[at] = local;
    this.tier[at] = tier;
    this.length[at] = length;
    this.score[at] = 0;
    this.count = at + 1;
    return at;
  }

  private grow(capacity: number): void {
    this.shard = grown(this.shard, capacity);
    this.local = grown(this.local, capacity);
    this.tier = grown(this.tier, capacity);
    this.length = grown(this.length, capacity);
    this.score = grown(this.score, capacity);
  }
}

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;

function grown<T extends TypedArray>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
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
