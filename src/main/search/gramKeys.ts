/**
 * What the body index stores as terms: every character (unigram) and every pair of adjacent characters (bigram) of
 * the folded text, each packed into one 32-bit key instead of a string. Any query of two or more characters occurs
 * in a document only if all its bigrams do, and a one-character query is one unigram, so these keys give complete
 * candidate sets for exact-substring search (recall 100%); candidates are then verified against the folded text.
 *
 * Keys work on UTF-16 code units; U+FFFF, which folding removes from every text, marks a unigram.
 */

import { KeyNumbers } from './keyNumbers';

const UNIGRAM_MARK = 0xffff;

export const unigramKey = (unit: number): number => ((unit << 16) | UNIGRAM_MARK) >>> 0;
export const bigramKey = (first: number, second: number): number => ((first << 16) | second) >>> 0;

/** A key of a query word, with where it starts in the word (the first and the last time, for a repeated gram). */
export interface WordKey {
  key: number;
  first: number;
  last: number;
}

/** The distinct keys a query word must all have (one unigram for one character, else its bigrams). */
export function termKeys(term: string): WordKey[] {
  if (term.length === 1) return [{ key: unigramKey(term.charCodeAt(0)), first: 0, last: 0 }];
  const keys = new Map<number, WordKey>();
  for (let i = 0; i + 1 < term.length; i++) {
    const key = bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1));
    const known = keys.get(key);
    if (known) known.last = i;
    else keys.set(key, { key, first: i, last: i });
  }
  return [...keys.values()];
}

/**
 * Where in a text a key occurs, coarsely: the text is cut into 64 equal blocks, and a posting keeps the blocks of
 * the key's first and last occurrence. A word longer than two characters can then only start where each of its
 * keys' blocks allow, so verifying a candidate reads that stretch of its text, not the whole text (and none of it
 * when the stretches do not meet).
 */
export const POSITION_BLOCKS = 64;

export const blockOf = (position: number, length: number): number => Math.floor((position * POSITION_BLOCKS) / length);
/** The first and the last position in `block` of a text of `length` units. */
export const blockStart = (block: number, length: number): number => Math.ceil((block * length) / POSITION_BLOCKS);
export const blockEnd = (block: number, length: number): number =>
  Math.ceil(((block + 1) * length) / POSITION_BLOCKS) - 1;

/** Every key of a folded text, ascending, with its count and the blocks of its first and last occurrence. */
export function textKeys(folded: string): {
  keys: Uint32Array;
  counts: Uint32Array;
  firstBlocks: Uint8Array;
  lastBlocks: Uint8Array;
} {
  const length = folded.length;
  const numbers = new KeyNumbers(Math.min(length * 2, 1 << 16));
  // A text has at most two keys per character.
  const counts = new Uint32Array(length * 2);
  const firstBlocks = new Uint8Array(length * 2);
  const lastBlocks = new Uint8Array(length * 2);
  for (let i = 0; i < length; i++) {
    const unit = folded.charCodeAt(i);
    const block = blockOf(i, length);
    for (let gram = 0; gram < 2; gram++) {
      if (gram === 1 && i + 1 === length) break;
      const number = numbers.numberOf(gram === 0 ? unigramKey(unit) : bigramKey(unit, folded.charCodeAt(i + 1)));
      if (counts[number] === 0) firstBlocks[number] = block;
      counts[number] = (counts[number] ?? 0) + 1;
      lastBlocks[number] = block;
    }
  }
  const keys = numbers.keys.slice(0, numbers.count).sort();
  const inOrder = {
    keys,
    counts: new Uint32Array(keys.length),
    firstBlocks: new Uint8Array(keys.length),
    lastBlocks: new Uint8Array(keys.length),
  };
  for (let k = 0; k < keys.length; k++) {
    const number = numbers.find(keys[k] ?? 0);
    inOrder.counts[k] = counts[number] ?? 0;
    inOrder.firstBlocks[k] = firstBlocks[number] ?? 0;
    inOrder.lastBlocks[k] = lastBlocks[number] ?? 0;
  }
  return inOrder;
}
