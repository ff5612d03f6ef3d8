/**
 * `<table>` elements in an official page's body → rows of cell texts. Only data tables qualify: at least two rows
 * and two columns, and no table nested inside (old pages lay whole articles out in tables, which are read as
 * text instead).
 */
import { type Element, isTag } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { foldWidth } from '../../../shared/text/normalize';

/** Labels of gov.cn's metadata table, which is read as metadata (readHtml) and never as document text. */
export const METADATA_LABEL = /^(?:索引号|主题分类|发文机关|成文日期|标题|发文字号|发布日期)[:：]?$/u;

const cellText = (cell: Element): string => foldWidth(textContent(cell)).replace(/\s+/gu, ' ').trim();

/** Two metadata labels make it the metadata table (one `标题` cell could head a data column). */
export function isMetadataTable(table: Element): boolean {
  const cells = findAll((element) => element.name === 'td' || element.name === 'th', table.children);
  return cells.filter((cell) => METADATA_LABEL.test(cellText(cell).replace(/\s+/gu, ''))).length >= 2;
}

const span = (cell: Element, name: string): number =>
  Math.min(Math.max(Number(getAttributeValue(cell, name) ?? 1) || 1, 1), 50);

/**
 * The table's rows of cells, or null when it is a layout table. Cells are laid on a grid: a cell spanning columns
 * or rows appears once, at its top-left slot, and the slots it covers are empty strings.
 */
export function dataTableRows(table: Element): string[][] | null {
  if (findOne((element) => element.name === 'table', table.children, true)) return null;
  /** Rows still covered by a rowspan cell above, per column. */
  const covered: number[] = [];
  const rows = findAll((element) => element.name === 'tr', table.children).map((tr) => {
    const row: string[] = [];
    const skipCovered = (): void => {
      while ((covered[row.length] ?? 0) > 0) {
        covered[row.length] = (covered[row.length] ?? 1) - 1;
        row.push('');
      }
    };
    for (const cell of tr.children) {
      if (!isTag(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      const rowSpan = span(cell, 'rowspan');
      for (let column = 0; column < span(cell, 'colspan'); column++) {
        skipCovered();
        covered[row.length] = rowSpan - 1;
        row.push(column === 0 ? cellText(cell) : '');
      }
    }
    // Slots at the row's end still covered from above.
    skipCovered();
    return row;
  });
  const filled = rows.filter((row) => row.some((cell) => cell.length > 0));
  const columns = Math.max(0, ...filled.map((row) => row.length));
  return filled.length >= 2 && columns >= 2 ? filled : null;
}
