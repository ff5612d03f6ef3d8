/**
 * What the body index stores as terms: every character (unigram) and every pair of adjacent characters (bigram) of
 * the folded text, each packed into one 32-bit key instead of a string. Any query of two or more characters occurs
 * in a document only if all its bigrams do, and a one-character query is one unigram, so these keys give complete
 * candidate sets for exact-substring search (recall 100%); candidates are then verified against the folded text.
 *
 * Keys work on UTF-16 code units; U+FFFF, which folding removes from every text, marks a unigram.
 */

const UNIGRAM_MARK = 0xffff;

export const unigramKey = (unit: number): number => ((unit << 16) | UNIGRAM_MARK) >>> 0;
export const bigramKey = (first: number, second: number): number => ((first << 16) | second) >>> 0;

/** The distinct keys a query term must all have (one unigram for one character, else its bigrams). */
export function termKeys(term: string): number[] {
  if (term.length === 1) return [unigramKey(term.charCodeAt(0))];
  const keys = new Set<number>();
  for (let i = 0; i + 1 < term.length; i++) keys.add(bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
  return [...keys];
}

/** Every key of a folded text with its count, keys ascending. */
export function countTextKeys(folded: string): { keys: Uint32Array; counts: Uint32Array } {
  const all = new Uint32Array(Math.max(0, folded.length * 2 - 1));
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    all[n++] = unigramKey(unit);
    if (i + 1 < folded.length) all[n++] = bigramKey(unit, folded.charCodeAt(i + 1));
  }
  all.sort();
  const keys = new Uint32Array(all.length);
  const counts = new Uint32Array(all.length);
  let distinct = 0;
  for (let i = 0; i < all.length; i++) {
    const key = all[i] ?? 0;
    if (distinct > 0 && keys[distinct - 1] === key) counts[distinct - 1] = (counts[distinct - 1] ?? 0) + 1;
    else {
      keys[distinct] = key;
      counts[distinct++] = 1;
    }
  }
  return { keys: keys.slice(0, distinct), counts: counts.slice(0, distinct) };
}
