/**
 * Whether decoded bytes are text a person wrote. Any bytes in 0x81–0xFE decode "successfully" as GB18030, so
 * decoding alone proves nothing: random bytes come out as a mix of private-use and unassigned characters, and of
 * CJK ideographs spread evenly over the whole of GBK, where real writing keeps almost entirely to GB2312's 6,763.
 */
import iconv from 'iconv-lite';
import type { TextEncoding } from './decodeText';

/** Characters no text has in any number: controls (but tab, line breaks, form feed), unassigned, private use, U+FFFD. */
const JUNK = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\uFFFD]/gu;
const LAYOUT_CONTROLS = /[\t\n\r\f]/gu;
const HAN = /\p{Script=Han}/gu;

/** Share of junk characters above which bytes are not text. */
export const MAX_JUNK_SHARE = 0.05;
/** Share of ideographs within GB2312 below which a GB18030 guess is not Chinese writing (random bytes: ~43%). */
export const MIN_COMMON_HAN_SHARE = 0.8;
/** Too few ideographs say nothing about their spread. */
const MIN_HAN_TO_JUDGE = 50;

let gb2312Han: Set<string> | null = null;

/** The ideographs of GB2312 (rows 0xB0–0xF7), decoded once from the code table itself. */
function commonHan(): Set<string> {
  if (gb2312Han) return gb2312Han;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  gb2312Han = new Set(iconv.decode(Buffer.from(bytes), 'gb18030').match(HAN) ?? []);
  return gb2312Han;
}

const count = (text: string, pattern: RegExp): number => {
  let found = 0;
  for (const _ of text.matchAll(pattern)) found++;
  return found;
};

/** Why `text` is not writing (for logs), or null when it is. */
export function notTextReason(text: string, encoding: TextEncoding): string | null {
  const junk = count(text, JUNK) - count(text, LAYOUT_CONTROLS);
  if (junk > text.length * MAX_JUNK_SHARE) return `${junk} control, unassigned or undecodable characters`;
  if (encoding !== 'gb18030') return null;
  const common = commonHan();
  let han = 0;
  let inCommon = 0;
  for (const [character] of text.matchAll(HAN)) {
    han++;
    if (common.has(character)) inCommon++;
  }
  if (han >= MIN_HAN_TO_JUDGE && inCommon < han * MIN_COMMON_HAN_SHARE) {
    return `only ${inCommon} of ${han} ideographs are common (GB2312)`;
  }
  return null;
}
