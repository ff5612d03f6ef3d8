/** Character classes for Chinese text. Pure: shared by the parser (main) and the search tokenizer. */

/** CJK ideographs (BMP blocks and extension A), plus 〇 which gazettes use as a digit in dates (二○二二年). */
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\u25cb]/u;
/** CJK punctuation and brackets, including the ones restored by normalisation. */
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201f\u2026\u2014\u00b7《》〈〉「」『』【】〔〕]/u;

export function isIdeograph(char: string | undefined): boolean {
  return char !== undefined && IDEOGRAPH.test(char);
}

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && (IDEOGRAPH.test(char) || CJK_PUNCT.test(char));
}
