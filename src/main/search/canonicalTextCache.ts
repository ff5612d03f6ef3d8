/**
 * The canonical texts snippets were last made from. A shard puts a canonical text together from its folded text
 * and edits when a snippet needs it (held whole, at 2,000 issues they would be 130 MB), and searching as one types,
 * or paging, shows the same documents again and again; a few dozen texts spare that work.
 */
import type { CanonicalText } from './canonicalEdits';
import type { LoadedShard } from './shardFormat';

const CAPACITY = 64;

export class CanonicalTextCache {
  /** In use order, oldest first (a Map iterates in insertion order). */
  private readonly texts = new Map<string, { shard: LoadedShard; text: CanonicalText }>();

  get(shard: LoadedShard, local: number): CanonicalText {
    const key = `${shard.issueId}\n${local}`;
    const cached = this.texts.get(key);
    if (cached?.shard === shard) {
      this.texts.delete(key);
      this.texts.set(key, cached);
      return cached.text;
    }
    const text = shard.canonicalText(local);
    this.texts.delete(key);
    this.texts.set(key, { shard, text });
    if (this.texts.size > CAPACITY) this.texts.delete(this.texts.keys().next().value ?? '');
    return text;
  }

  forget(shard: LoadedShard): void {
    for (const [key, cached] of this.texts) if (cached.shard === shard) this.texts.delete(key);
  }
}
