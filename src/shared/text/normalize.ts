/**
 * Text normalisation for reading, shared by the importer and the search index so that both see the same text.
 *
 * Extracted gazette text mixes widths and punctuation: full-width digits (２０２２), ASCII punctuation where the
 * print had ，。：（）, «» for 《》, and letter-spaced headings (严 守 安 全 底 线). We fold widths with NFKC, then
 * put Chinese punctuation back wherever it stands in Chinese context, so `55.29`, `4.1` and Latin keep theirs.
 */
import { isCjk, isIdeograph } from './cjk';

/**
 * CJK Radicals Supplement code points that PDF fonts' ToUnicode maps emit for ordinary characters (⺠ for 民,
 * ⻅ for 见). NFKC folds the Kangxi radicals (⼈ → 人) but has no mapping for these, so they are listed here:
 * the ones that are also standalone characters.
 */
const RADICALS: Record<string, string> = {
  '⺁': '厂',
  '⺇': '几',
  '⺊': '卜',
  '⺌': '小',
  '⺎': '兀',
  '⺏': '尢',
  '⺒': '巳',
  '⺓': '幺',
  '⺗': '心',
  '⺝': '月',
  '⺟': '母',
  '⺠': '民',
  '⺢': '水',
  '⺩': '王',
  '⺪': '疋',
  '⺫': '罒',
  '⺬': '示',
  '⺮': '竹',
  '⺯': '糸',
  '⺱': '网',
  '⺶': '羊',
  '⺷': '羊',
  '⺺': '聿',
  '⺼': '月',
  '⺽': '臼',
  '⻁': '虎',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻊': '足',
  '⻋': '车',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻫': '齐',
  '⻬': '齐',
  '⻭': '齿',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};

/**
 * NFKC would turn … into "...", Ⅱ into "II" and ① into "1"; those are meaningful in gazettes, so they are kept.
 * Everything else (full-width digits, Latin, ASCII-fied punctuation, the ideographic space) is folded.
 */
export function foldWidth(text: string): string {
  return text
    .replace(/[^\u2026\u2160-\u217f\u2460-\u24ff]+/gu, (run) => run.normalize('NFKC'))
    .replace(/[\u2e80-\u2eff]/gu, (radical) => RADICALS[radical] ?? radical);
}

/** Whitespace between two characters where either is Chinese carries no meaning (letter-spacing, PDF gaps). */
export function removeCjkSpacing(text: string): string {
  return text.replace(/[ \t\u00a0\u3000]+/gu, (space, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + space.length];
    return isCjk(before) || isCjk(after) ? '' : ' ';
  });
}

const FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '!': '！', '?': '？' };
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isLatinOrDigit = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9]/.test(char);

/** File extensions named in 附件 (`实施方案.docx`): their dot is part of the name, not a full stop. */
export const FILE_EXTENSIONS = 'docx?|pdf|xlsx?|wps|ofd|zip|rar|txt';
const FILE_EXTENSION = new RegExp(`^(?:${FILE_EXTENSIONS})(?![A-Za-z])`, 'iu');

/** Pairs of ASCII parentheses by index, so `(单位)` converts as a pair even when only one side touches Chinese. */
function parenthesisPairs(chars: string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((char, index) => {
    if (char === '(') open.push(index);
    else if (char === ')') {
      const start = open.pop();
      if (start !== undefined) {
        pairs.set(start, index);
        pairs.set(index, start);
      }
    }
  });
  return pairs;
}

function convertParentheses(chars: string[]): void {
  const pairs = parenthesisPairs(chars);
  const converted = new Set<number>();
  chars.forEach((char, index) => {
    if (char !== '(' && char !== ')') return;
    const partner = pairs.get(index);
    let chinese: boolean;
    if (partner === undefined) {
      chinese = isCjk(chars[index - 1]) || isCjk(chars[index + 1]);
    } else {
      const [start, end] = index < partner ? [index, partner] : [partner, index];
      chinese =
        converted.has(partner) ||
        isCjk(chars[start - 1]) ||
        isCjk(chars[end + 1]) ||
        chars.slice(start + 1, end).some((inner) => isIdeograph(inner));
    }
    if (chinese) {
      chars[index] = char === '(' ? '（' : '）';
      converted.add(index);
    }
  });
}

function convertMarks(chars: string[]): void {
  chars.forEach((char, index) => {
    const full = FULL[char];
    if (full === undefined) return;
    const before = chars[index - 1];
    const after = chars[index + 1];
    let chinese: boolean;
    switch (char) {
      case ',':
      case ';':
        chinese = isCjk(before) || isCjk(after) || (before === undefined && !isLatinOrDigit(after));
        if (isDigit(before) && isDigit(after)) chinese = false;
        break;
      case '.':
        // Only a lone full stop after Chinese: "1." labels, 55.29, "..." and "方案.docx" keep theirs.
        chinese =
          isCjk(before) &&
          before !== '.' &&
          after !== '.' &&
          !isDigit(after) &&
          !FILE_EXTENSION.test(chars.slice(index + 1, index + 6).join(''));
        break;
      case ':':
        chinese = isCjk(before) || (isCjk(after) && !isDigit(before));
        break;
      default:
        chinese = isCjk(before);
    }
    if (chinese) chars[index] = full;
  });
}

export function restoreChinesePunctuation(text: string): string {
  const chars = Array.from(text);
  convertParentheses(chars);
  convertMarks(chars);
  return chars.join('');
}

/** The text readers see and search indexes: folded widths, Chinese punctuation, no letter-spacing. */
export function normalizeForReading(text: string): string {
  const folded = foldWidth(text).replace(/«/gu, '《').replace(/»/gu, '》');
  // Spacing goes before punctuation is restored (so `国发 〔` joins) and again after (for a new `）` before digits).
  return removeCjkSpacing(restoreChinesePunctuation(removeCjkSpacing(folded)))
    .replace(/[ \t\u00a0]+/gu, ' ')
    .trim();
}
