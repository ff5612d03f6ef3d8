/**
 * A recovered table → its block. A `table` block's text is its cells joined by "\t" and its rows by "\n" (model.ts),
 * so each cell is normalised for reading and any tab or line break inside it becomes a space. A table whose rows or
 * cells could not be resolved is a `preformatted` block: one line per printed row, fragments two spaces apart.
 */
import { normalizeForReading } from '../../shared/text/normalize';
import type { DraftBlock } from './buildDocument';
import type { SourceTable } from './sourceLines';

const cellText = (cell: string): string => normalizeForReading(cell.replace(/[\t\r\n]+/gu, ' ')).trim();

export function tableBlock(table: SourceTable, page: number | null): DraftBlock {
  const rows = table.rows.map((row) => row.map(cellText));
  if (!table.grid) {
    return { kind: 'preformatted', text: rows.map((row) => row.filter(Boolean).join('  ')).join('\n'), page };
  }
  return { kind: 'table', text: rows.map((row) => row.join('\t')).join('\n'), page, rows };
}
