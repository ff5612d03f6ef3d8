/** Dates as gazettes print them: `2022年6月10日`, `2022 年 6 月 27 日`, `二○二二年六月十日`. */
import { foldWidth } from '../../shared/text/normalize';
import { parseNumeral } from '../../shared/text/numerals';

const NUMERAL = '[\\d〇○零一二三四五六七八九十]';
const DATE = new RegExp(`(${NUMERAL}{4})\\s*年\\s*(${NUMERAL}{1,3})\\s*月\\s*(${NUMERAL}{1,3})\\s*日`, 'u');
const DATE_LINE = new RegExp(`^${DATE.source}$`, 'u');

/** The first date in `text` as an ISO date, or null when there is none or it is impossible. */
export function parseDate(text: string): string | null {
  const match = DATE.exec(foldWidth(text));
  if (!match) return null;
  const [year, month, day] = [match[1], match[2], match[3]].map((part) => parseNumeral(part ?? ''));
  if (year == null || month == null || day == null) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A line that is only a date: the 成文日期 under a signature. */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(foldWidth(text).trim());
}
