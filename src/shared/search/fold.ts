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
for (let unit = 0; unit < 0x10000; unit++) {
  if (unit >= 0xd800 && unit <= 0xdfff) {
    // Surrogate halves pass through unchanged: astral characters are compared as their two code units.
    singleFolds[unit] = unit;
    continue;
  }
  const folded = foldCharacter(String.fromCharCode(unit));
  if (folded.length === 0) singleFolds[unit] = DROP;
  else if (folded.length === 1) singleFolds[unit] = folded.charCodeAt(0);
  else {
    singleFolds[unit] = MULTI;
    multiFolds.set(unit, folded);
  }
}

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

/**
 * Offsets in `text` of the given positions in `fold(text)` (ascending), found in one walk that stops at the last
 * one — snippets need a handful of positions, not a map of the whole document.
 */
export function sourceOffsets(text: string, foldedPositions: readonly number[]): number[] {
  const result: number[] = [];
  let folded = 0;
  let next = 0;
  for (let i = 0; i < text.length && next < foldedPositions.length; i++) {
    const unit = text.charCodeAt(i);
    const mapped = singleFolds[unit] ?? unit;
    const width = mapped === DROP ? 0 : mapped === MULTI ? (multiFolds.get(unit)?.length ?? 0) : 1;
    folded += width;
    while (next < foldedPositions.length && (foldedPositions[next] ?? 0) < folded) {
      result.push(i);
      next++;
    }
  }
  while (result.length < foldedPositions.length) result.push(text.length);
  return result;
}
