/**
 * 专栏 (boxed panels) inside plans. Their numbered row groups (`（一）经济绿色转型`) are not headings, so a box's
 * paragraphs are kept out of heading recognition. A tabular box (indicator tables) becomes one preformatted block;
 * a prose box keeps its paragraphs.
 */
import type { HeadingMatch } from './headings';

export interface Box {
  start: number;
  /** Exclusive. */
  end: number;
  tabular: boolean;
}

/** A 专栏 title line (`专栏1 …`), which opens a box. */
export const BOX_TITLE = /^专栏\s*[\d一二三四五六七八九十]+/u;
/** Cells separated by spaces, or several numbers: a table row. */
function isRowLike(raw: string): boolean {
  const cells = raw.trim().split(/\s+/u);
  return cells.length >= 4 || cells.filter((cell) => /^[〔(（]?[\d.]+[〕)）]?%?$/u.test(cell)).length >= 2;
}

/**
 * `stops(index)` says whether a paragraph can never be inside a box (dates, attachments, a new box).
 * A tabular box runs to its 注 line or the next level-1 heading; a prose box to the next level-1/2 heading.
 */
export function findBoxes(
  raws: readonly string[],
  headings: readonly (HeadingMatch | null)[],
  stops: (index: number) => boolean,
): Box[] {
  const boxes: Box[] = [];
  for (let start = 0; start < raws.length; start++) {
    if (!BOX_TITLE.test(raws[start]?.trim() ?? '')) continue;
    const tabular = raws.slice(start + 1, start + 4).some((raw) => isRowLike(raw));
    let end = start + 1;
    for (; end < raws.length; end++) {
      if (stops(end) || BOX_TITLE.test(raws[end]?.trim() ?? '')) break;
      const heading = headings[end];
      if (heading && !heading.itemLike && heading.level <= (tabular ? 1 : 2) && !heading.scheme.startsWith('decimal'))
        break;
      if (tabular && /^注\s*[:：]/u.test(raws[end]?.trim() ?? '')) {
        end++;
        break;
      }
    }
    boxes.push({ start, end, tabular });
    start = end - 1;
  }
  return boxes;
}
