/**
 * The fixture as other tools would have saved it. These transforms are deliberately naive and independent of
 * the parser: they are what a word processor or a careless conversion produces.
 */

/** CRLF line ends and the blank lines between visual lines removed. */
export function withCrlfNoBlankLines(text: string): string {
  return text
    .split(/\r?\n/u)
    .filter((line) => line.trim().length > 0)
    .join('\r\n');
}

/** Ideographs, full-width forms, “”—…○«» and the ASCII marks that stand in for full-width ones take a full cell. */
const visualWidth = (line: string): number =>
  Array.from(line.trim()).reduce(
    (sum, char) => sum + (char >= '\u2e80' || /[\u2010-\u27ff«»,.:;()]/u.test(char) ? 1 : 0.5),
    0,
  );
const LABEL = /^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|[０-９\d]+[．.])/u;

/** Lines a word processor keeps apart when it reflows: the 文号, a date, 附件, the （…印发） line, page furniture. */
const keptApart =
  /〔.{4}〕.{1,4}号\s*$|^\s*[０-９\d]{4}年.{1,6}日\s*$|^\s*附件|印发\)\s*$|^\s*[０-９\d]{1,3}\s*$|公报 \(/u;

/**
 * One paragraph per line, the way "reflow" in an editor does it: a visual line that reaches (nearly) the column
 * width and does not end a sentence runs on into the next one, unless the next is indented or kept apart.
 */
export function reflowed(text: string): string {
  const lines = text.split(/\r?\n/u).filter((line) => line.trim().length > 0);
  const out: string[] = [];
  let current = '';
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    current += current.length > 0 ? line.trim() : line.replace(/^ /u, '');
    const runsOn =
      next !== undefined &&
      visualWidth(line) >= 16 &&
      !/[.:。：]\s*$/u.test(line) &&
      // `…各区县政府)` / `…局;` followed by a numbered item: the item starts a new paragraph.
      !(/[)）;；]\s*$/u.test(line) && LABEL.test(next)) &&
      // An indented line without punctuation is a heading on its own.
      !(/^\s{2,}|^\u3000/u.test(line) && !/[,.:;，。：；]/u.test(line)) &&
      !/^\s{2,}|^\u3000/u.test(next) &&
      !keptApart.test(line) &&
      !keptApart.test(next);
    if (!runsOn) {
      out.push(current);
      current = '';
    }
  });
  return out.join('\n');
}
