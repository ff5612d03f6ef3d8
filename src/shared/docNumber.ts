/**
 * 发文字号 (document numbers): finding them in text and writing them one way.
 *
 * Printed forms vary: `济政发 〔２０２２〕７号`, `国发[2020]8号`, `国办发(2019)3号`, `国办发明电〔2018〕15号`; all are
 * written `济政发〔2022〕7号`. Administrative regulations are numbered by decree: `国务院令第706号` / `国令第706号`.
 */
import { foldWidth } from './text/normalize';

export interface FoundDocNumber {
  docNumber: string;
  /** Offsets of the match in the searched text. */
  start: number;
  end: number;
}

const YEAR_NUMBER = String.raw`[ \u3000]*[〔\[(（【［﹝][ \u3000]*(\d{4})[ \u3000]*[〕\])）】］﹞][ \u3000]*第?[ \u3000]*(\d{1,5})[ \u3000]*号`;
// The issuer's code: Chinese only, at most 12 characters (联防联控机制综发 is 8).
const CODE = String.raw`([\u4e00-\u9fff]{1,12})`;
const DECREE = String.raw`([\u4e00-\u9fff]{0,6}令)[ \u3000]*第[ \u3000]*(\d{1,5})[ \u3000]*号`;
const PATTERN = new RegExp(`${CODE}${YEAR_NUMBER}|${DECREE}`, 'gu');

/**
 * Words that precede a cited number in running text (`根据国发〔2020〕8号`). The code is a run of ideographs with no
 * boundary before it, so these are peeled off its start.
 */
const LEADING_WORDS =
  /^(?:根据|按照|依据|依照|参照|结合|对照|落实|贯彻|印发|关于|转发|详见|参见|见|和|及|与|或|以及|的|即|是|为|按|据|经|在|将|由|对|等|同|号)+/u;

function cleanCode(code: string): string | null {
  const peeled = code.replace(LEADING_WORDS, '');
  return peeled.length > 0 ? peeled : null;
}

/** Every 发文字号 in `text`, normalised, with offsets into `text` itself (not into a folded copy). */
export function findDocNumbers(text: string): FoundDocNumber[] {
  // Only full-width forms and the ideographic space are folded: one code unit each way, so offsets stay valid.
  const searchable = text.replace(/[\uff01-\uff5e\u3000]/gu, (char) => foldWidth(char));
  const found: FoundDocNumber[] = [];
  for (const match of searchable.matchAll(PATTERN)) {
    const [whole, code, year, serial, decree, decreeSerial] = match;
    let docNumber: string | null = null;
    let skipped = 0;
    if (code !== undefined && year !== undefined && serial !== undefined) {
      const clean = cleanCode(code);
      if (clean !== null) {
        skipped = code.length - clean.length;
        docNumber = `${clean}〔${year}〕${Number(serial)}号`;
      }
    } else if (decree !== undefined && decreeSerial !== undefined) {
      const clean = cleanCode(decree);
      if (clean !== null) {
        skipped = decree.length - clean.length;
        docNumber = `${clean}第${Number(decreeSerial)}号`;
      }
    }
    if (docNumber === null) continue;
    const start = match.index + skipped;
    found.push({ docNumber, start, end: match.index + whole.length });
  }
  return found;
}

/** The normalised spelling when `text` is exactly one 发文字号 (surrounding spaces allowed), else null. */
export function normalizeDocNumber(text: string): string | null {
  const trimmed = text.trim();
  const [only] = findDocNumbers(trimmed);
  return only !== undefined && only.start === 0 && only.end === trimmed.length ? only.docNumber : null;
}
