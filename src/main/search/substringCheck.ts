/**
 * `text.includes(term)` for verifying candidates, faster for the short words that dominate verification time.
 *
 * V8 finds a short pattern (under 7 units; longer ones get Boyer–Moore–Horspool) by `memchr` for the higher-valued
 * byte of its first UTF-16 unit, then compares. In Chinese text the high bytes 0x4E–0x9F are in nearly every
 * character, and `.` (folded `。`), `,` and digits are everywhere too, so a word that starts with such a character
 * stops the scan at most characters: verifying `.加大` against 2,400 candidates at 500 issues took 6–7 ms. Scanning
 * for the word's tail from a character whose search byte is rare (`加大`, then the `.` before it) takes about
 * two thirds of that, and `术创新、` half.
 * https://github.com/v8/v8/blob/main/src/strings/string-search.h (FindFirstCharacter)
 */

/** How often V8's search byte for `unit` turns up in Chinese text: 0 rarely, 1 often (ASCII), 2 almost always. */
function scanCost(unit: number): number {
  const searchByte = Math.max(unit & 0xff, unit >>> 8);
  if (searchByte >= 0x4e && searchByte <= 0x9f) return 2;
  return unit < 0x80 ? 1 : 0;
}

/** A word prepared for `contains`: scanned for from `tail`, with `head` (possibly empty) compared before each hit. */
export interface SubstringCheck {
  head: string;
  tail: string;
}

export function substringCheck(term: string): SubstringCheck {
  let anchor = 0;
  if (term.length < 7) {
    for (let i = 1; i < term.length; i++)
      if (scanCost(term.charCodeAt(i)) < scanCost(term.charCodeAt(anchor))) anchor = i;
  }
  return { head: term.slice(0, anchor), tail: term.slice(anchor) };
}

export function contains(text: string, { head, tail }: SubstringCheck): boolean {
  if (head === '') return text.includes(tail);
  for (let at = text.indexOf(tail, head.length); at >= 0; at = text.indexOf(tail, at + 1)) {
    if (text.startsWith(head, at - head.length)) return true;
  }
  return false;
}

/** Windows up to this many start positions are checked a unit at a time; a call into V8's search costs more. */
const SHORT_WINDOW = 256;

/**
 * Whether `word` starts somewhere in `text` from `from` to `lastStart`. A short window (the blocks of a word's keys
 * usually leave a few dozen positions) is compared a unit at a time, which costs a fraction of a string search;
 * a longer one is searched in a slice of the text, so that the search cannot run on past the window.
 */
export function startsWithin(
  text: string,
  word: string,
  check: SubstringCheck,
  from: number,
  lastStart: number,
): boolean {
  const first = Math.max(0, from);
  const last = Math.min(lastStart, text.length - word.length);
  if (last - first > SHORT_WINDOW) return contains(text.slice(first, last + word.length), check);
  const lead = word.charCodeAt(0);
  for (let at = first; at <= last; at++) {
    if (text.charCodeAt(at) !== lead) continue;
    let i = 1;
    while (i < word.length && text.charCodeAt(at + i) === word.charCodeAt(i)) i++;
    if (i === word.length) return true;
  }
  return false;
}
