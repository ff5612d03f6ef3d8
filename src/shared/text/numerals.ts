/** Chinese numerals as gazettes print them: 一…十, 二十六, 一百零五, and 二○二二 (digit by digit, in dates). */

const DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese or Arabic numeral, or null when `text` is not one. */
export function parseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 0) return null;
  const chars = Array.from(text);
  // Positional form (二○二二): only digits, no units.
  if (chars.length > 1 && chars.every((char) => char in DIGITS)) {
    return chars.reduce((value, char) => value * 10 + (DIGITS[char] ?? 0), 0);
  }
  let total = 0;
  let pending: number | null = null;
  for (const char of chars) {
    const digit = DIGITS[char];
    const unit = UNITS[char];
    if (digit !== undefined) {
      pending = digit;
    } else if (unit !== undefined) {
      total += (pending ?? 1) * unit;
      pending = null;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}
