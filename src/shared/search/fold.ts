/**
 * Search folding: the one normalisation applied to document text at index time and to query text at query
 * time, so that `济政发〔2022〕7号`, `济政发[2022]7号`, `济政发(2022)7号` and `济政发〔２０２２〕７号` are the same
 * string to search. Exact-substring semantics are defined on folded text.
 *
 * Folding works code unit by code unit (through a lookup table built once), so every folded character can be
 * mapped back to the offset it came from in the canonical text — snippets and highlights need that.
 *
 * - the shared width folding (`foldWidth`, NFKC except for … Ⅱ ①) per character, then lower case;
 * - every kind of bracket around a 文号 year (`〔〕 [] () 【】 〖〗 ［］ （）`) becomes `(` `)`;
 * - `«»`, `〈〉` become `《》` (text extraction turns 《》 into «»); curly and straight quotes are one quote;
 * - dashes (`— – ‐ －`) are `-`, full stops `。．｡` are `.` (extraction often prints `.` for `。`);
 * - all whitespace is dropped: gazette text wraps mid-word and letter-spaces headings (`严 守 安 全`), and a phrase
 *   that crossed a line or page break in the source must still be found.
 */

import { foldWidth } from '../text/normalize';

const DROP = -1;
const MULTI = -2;

const punctuationFolds: Record<string, string> = {
  '〔': '(',
  '〕': ')',
  '[': '(',
  ']': ')',
  '【': '(',
  '】': ')',
  '〖': '(',
  '〗': ')',
  '«': '《',
  '»': '》',
  '〈': '《',
  '〉': '》',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '‘': "'",
  '’': "'",
  '—': '-',
  '–': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '-',
  '−': '-',
  '。': '.',
  '｡': '.',
};

function foldCharacter(char: string): string {
  const normalised = foldWidth(char).toLowerCase();
  let out = '';
  for (const c of normalised) {
    if (/\s/u.test(c) || c === '\uFFFE' || c === '\uFFFF' || c === '\u200B' || c === '\uFEFF') continue;
    out += punctuationFolds[c] ?? c;
  }
  return out;
}

/** For each BMP code unit: the folded code unit, DROP, or MULTI (look it up in `multiFolds`). */
const singleFolds = new Int32Array(0x10000);
const multiFolds = new Map<number, string>();
/** For each BMP code unit: how many code units it folds to (what `sourceOffsetWalker` steps by). */
const foldedWidths = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) {
  if (unit >= 0xd800 && unit <= 0xdfff) {
    // Surrogate halves pass through unchanged: astral characters are compared as their two code units.
    singleFolds[unit] = unit;
    foldedWidths[unit] = 1;
    continue;
  }
  const folded = foldCharacter(String.fromCharCode(unit));
  foldedWidths[unit] = folded.length;
  if (folded.length === 0) singleFolds[unit] = DROP;
  else if (folded.length === 1) singleFolds[unit] = folded.charCodeAt(0);
  else {
    singleFolds[unit] = MULTI;
    multiFolds.set(unit, folded);
  }
}

/** Whether a code unit folds to itself alone: the units a stored text can take from its folded form as they are. */
export const foldsToItself = (unit: number): boolean => singleFolds[unit] === unit;

/** How many code units `unit` folds to (0 for whitespace, which folding drops). */
export const foldedWidth = (unit: number): number => foldedWidths[unit] ?? 1;

/** Folds text for searching (see the module comment). */
export function fold(text: string): string {
  let out = '';
  let runStart = 0;
  // Fast path: copy unchanged runs in one slice; most CJK text folds to itself.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = singleFolds[unit] ?? unit;
    if (folded === unit) continue;
    out += text.slice(runStart, i);
    runStart = i + 1;
    if (folded === DROP) continue;
    out += folded === MULTI ? (multiFolds.get(unit) ?? '') : String.fromCharCode(folded);
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** What the walker and snippets read of a text: a string, or a text put together only as far as it is read. */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end?: number): string;
  /** `sourceOffsetWalker` for this text, when the text can do it faster than character by character. */
  walkSourceOffsets?(): (foldedPosition: number) => number;
}

/**
 * Maps positions in `fold(text)` to the offsets in `text` of the characters they came from, walking the text only
 * as far as the positions asked for so far: snippets need a few positions near the start of a long document.
 * Positions must be asked for in ascending order; past the end of the folded text, the answer is `text.length`.
 */
export function sourceOffsetWalker(text: TextSource): (foldedPosition: number) => number {
  if (text.walkSourceOffsets) return text.walkSourceOffsets();
  let source = 0;
  // How many folded units the characters before `source` make.
  let folded = 0;
  return (position) => {
    while (source < text.length) {
      const width = foldedWidth(text.charCodeAt(source));
      if (position < folded + width) return source;
      folded += width;
      source++;
    }
    return text.length;
  };
}
