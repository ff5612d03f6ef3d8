/**
 * Tables from run positions. Prose rows cover their column from edge to edge; table rows leave vertical channels
 * of white space between cells, at the same x on every row. A region of consecutive rows that leaves such channels
 * is a table only when it also reads like one (see `readsAsTable`): a page of prose in two justified columns has an
 * aligned gap too, at its gutter, and must stay prose. Channels give the columns, and a cut between two printed
 * rows is a row boundary unless some column's text continues across it at line pitch (a wrapped cell). Rulings are
 * not extracted, so where the rows cannot be told apart (cells centred vertically and touching) or the region is
 * a form to fill in, the printed lines are kept as a preformatted block rather than a guessed grid.
 */
import { foldWidth } from '../../../shared/text/normalize';
import { matchHeading } from '../headings';
import type { SourceTable } from '../sourceLines';
import type { PdfRun } from './pdfRuns';

interface Cell {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

export interface PlacedTable {
  /** Baseline of the table's first and last printed rows. */
  top: number;
  bottom: number;
  table: SourceTable;
}

/**
 * Runs further apart than this share of the font size are separate cells when a region is seeded. Prose runs touch
 * or are a space apart; enumerations in notes (`①高血压 ②糖尿病`) leave one character; cells at least 1.2.
 */
const CELL_GAP = 1.2;
/** More channels than this is a form with a box per day or digit, not a table whose cells can be read. */
const MAX_CHANNELS = 8;
/**
 * Narrowest white channel between columns, as a share of the font size. Channels are measured between runs, not
 * seeded cells, so a 序号 column a single character away from its neighbour (`10  装修装卸服务`) is still a column.
 */
const CHANNEL = 0.6;
/** A row of a table leaves most of the table's width white; a row of prose (one line per column) fills it. */
const SHORT_ROW = 0.6;
/** A lone channel this many characters wide parts two columns of cells; a two-column page's gutter is ~2. */
const WIDE_CHANNEL = 3;

const sizeOf = (run: PdfRun): number => run.height || 10;

function cellsOf(row: readonly PdfRun[], gap: (run: PdfRun, cell: Cell) => boolean): Cell[] {
  const cells: Cell[] = [];
  for (const run of row) {
    const last = cells.at(-1);
    if (last && !gap(run, last)) {
      last.text += run.str;
      last.right = Math.max(last.right, run.x + run.width);
    } else {
      cells.push({ text: run.str, left: run.x, right: run.x + run.width, y: run.y, size: sizeOf(run) });
    }
  }
  return cells.map((cell) => ({ ...cell, text: foldWidth(cell.text).trim() }));
}

const seedCells = (row: readonly PdfRun[]): Cell[] =>
  cellsOf(row, (run, cell) => run.x - cell.right > sizeOf(run) * CELL_GAP);

/** The x-intervals covered by runs, merged and sorted: a region's coverage grows row by row. */
function cover(covered: readonly [number, number][], row: readonly PdfRun[]): [number, number][] {
  const spans = [...covered, ...row.map((run): [number, number] => [run.x, run.x + run.width])].sort(
    (a, b) => a[0] - b[0],
  );
  const merged: [number, number][] = [];
  for (const [left, right] of spans) {
    const last = merged.at(-1);
    if (last && left <= last[1]) last[1] = Math.max(last[1], right);
    else merged.push([left, right]);
  }
  return merged;
}

/** White channels left between a region's covered intervals: [left, right] of each. */
function channelsOf(covered: readonly [number, number][], size: number): [number, number][] {
  return covered.slice(1).flatMap(([left], index): [number, number][] => {
    const reach = covered[index]?.[1] ?? left;
    return left - reach >= size * CHANNEL ? [[reach, left]] : [];
  });
}

const joinLine = (left: string, right: string): string =>
  /[A-Za-z0-9]$/u.test(left) && /^[A-Za-z0-9]/u.test(right) ? `${left} ${right}` : left + right;

/**
 * Printed rows → logical rows. A cut is inside a row when some column has lines at wrap pitch on both sides, or
 * when the printed rows are closer than a line (cells centred vertically, `序` / `人群类别` / `号`).
 */
function logicalRows(rows: readonly Cell[][], columnOf: (cell: Cell) => number): Cell[][][] {
  const groups: Cell[][][] = [];
  const lastY = new Map<number, number>();
  let previousY = Infinity;
  for (const row of rows) {
    const first = row[0];
    const close = first !== undefined && previousY - first.y <= first.size * 0.8;
    previousY = first?.y ?? previousY;
    const bridged =
      close ||
      row.some((cell) => {
        const above = lastY.get(columnOf(cell));
        return above !== undefined && above - cell.y <= cell.size * 1.5;
      });
    const current = groups.at(-1);
    if (current && bridged) current.push(row);
    else {
      groups.push([row]);
      // Only the current logical row's lines can bridge; earlier rows' columns are closed.
      lastY.clear();
    }
    for (const cell of row) lastY.set(columnOf(cell), cell.y);
  }
  return groups;
}

/** A form to fill in (`1.姓名：`, `□男 □女`, `11.首次核酸阳性的采样日期`): its label–blank layout is no grid of values. */
const isForm = (rows: readonly Cell[][]): boolean =>
  rows.some((row) => row.some((cell) => /[:：]$|□|^\d+\.\D/u.test(cell.text)));

/** Bare row numbers (`序号` column) in a logical row: more than one means rows ran together. */
const rowNumbers = (group: readonly Cell[][], columnOf: (cell: Cell) => number): number =>
  group.filter((line) => line.some((cell) => columnOf(cell) === 0 && /^\d{1,3}$/u.test(cell.text))).length;

function toTable(runs: readonly PdfRun[][], channels: readonly [number, number][]): SourceTable {
  const bounds = channels.map(([left, right]) => (left + right) / 2);
  const columnOf = (cell: Cell): number => bounds.filter((bound) => bound < cell.left).length;
  // Cells are cut at the channels, so a narrow 序号 column keeps its own cell.
  const rows = runs.map((row) => cellsOf(row, (run, cell) => columnOf({ ...cell, left: run.x }) !== columnOf(cell)));
  const printed = { rows: rows.map((row) => row.map((cell) => cell.text)), grid: false };
  if (isForm(rows)) return printed;
  const groups = logicalRows(rows, columnOf);
  const grid = groups.map((group) => {
    const cells = bounds.map(() => '').concat('');
    for (const line of group) {
      for (const cell of line) {
        const column = columnOf(cell);
        cells[column] = cells[column] ? joinLine(cells[column] ?? '', cell.text) : cell.text;
      }
    }
    return cells;
  });
  // A logical row holding most of the table, or several numbered rows (a cell spanning rows, centred beside them,
  // bridges them), means the cell boundaries were not visible without rulings: do not guess them.
  const largest = Math.max(...groups.map((group) => group.length));
  // Printed rows closer than half a line are fragments of cells set at odd heights (`水` / `7.5ml` / a note
  // under them): which row they belong to cannot be read from baselines.
  const huddled = rows.some(
    (row, line) => (rows[line - 1]?.[0]?.y ?? Infinity) - (row[0]?.y ?? 0) < (row[0]?.size ?? 10) * 0.5,
  );
  const resolved =
    !huddled &&
    groups.length >= 3 &&
    largest <= Math.max(4, rows.length / 3) &&
    groups.every((group) => rowNumbers(group, columnOf) <= 1);
  return resolved ? { rows: grid, grid: true } : printed;
}

/**
 * Whether a region with aligned channels is a table rather than prose: its rows leave most of its width white,
 * where prose lines fill their column. Two columns of prose share one channel, their gutter (see `findTables`);
 * a table with a single channel (`成分 | 质量/体积`) leaves a wide one between short cells.
 */
function readsAsTable(rows: readonly Cell[][], channels: readonly [number, number][]): boolean {
  if (rows.length < 3 || channels.length === 0 || channels.length > MAX_CHANNELS) return false;
  if (rows.filter((row) => row.length >= 2).length < 2) return false;
  const cells = rows.flat();
  const left = Math.min(...cells.map((cell) => cell.left));
  const right = Math.max(...cells.map((cell) => cell.right));
  const inked = (row: readonly Cell[]): number => row.reduce((sum, cell) => sum + cell.right - cell.left, 0);
  if (rows.filter((row) => inked(row) < (right - left) * SHORT_ROW).length < rows.length / 2) return false;
  const [only] = channels;
  const size = cells[0]?.size ?? 10;
  return channels.length > 1 || (only !== undefined && only[1] - only[0] >= size * WIDE_CHANNEL);
}

/** A lone `一、` / `（一）` heading line is the document's outline, not a table row, even on a form page. */
function isHeadingRow(row: readonly Cell[]): boolean {
  const [only, ...others] = row;
  return only !== undefined && others.length === 0 && /^cn/u.test(matchHeading(only.text)?.scheme ?? '');
}

/**
 * Splits a page's body rows (top to bottom) into tables and the rows left for prose reading. A region grows from
 * a row with two or more cells while its rows still leave a channel, no vertical gap is wider than three lines and
 * no heading line intervenes. On a page set in two columns (`gutter`), a lone channel at the gutter is that gutter.
 */
export function findTables(
  rows: readonly PdfRun[][],
  gutter: number | null,
): { tables: PlacedTable[]; rest: PdfRun[][] } {
  const cells = rows.map(seedCells);
  // A page whose lines mostly run across the middle is set in one column, whatever a table on it looks like.
  const across = rows.filter((row) =>
    row.some((run) => gutter !== null && run.x < gutter && run.x + run.width > gutter),
  );
  const columnGutter = across.length < rows.length / 3 ? gutter : null;
  const tables: PlacedTable[] = [];
  const rest: PdfRun[][] = [];
  let index = 0;
  while (index < rows.length) {
    const size = cells[index]?.[0]?.size ?? 10;
    let covered = cover([], rows[index] ?? []);
    let end = index + 1;
    while ((cells[index]?.length ?? 0) >= 2 && end < rows.length) {
      const previous = cells[end - 1]?.[0];
      const next = cells[end]?.[0];
      if (!previous || !next || previous.y - next.y > next.size * 3 || isHeadingRow(cells[end] ?? [])) break;
      const grown = cover(covered, rows[end] ?? []);
      if (channelsOf(grown, size).length === 0) break;
      covered = grown;
      end++;
    }
    const channels = channelsOf(covered, size);
    const atGutter =
      columnGutter !== null &&
      channels.length === 1 &&
      channels.some(([l, r]) => l <= columnGutter && columnGutter <= r);
    if (end - index >= 3 && !atGutter && readsAsTable(cells.slice(index, end), channels)) {
      const region = rows.slice(index, end);
      // A header cell centred over two printed lines (`序` above `号`), or a header's footnote mark, sits half a line
      // above the region's first row.
      const above = rest.at(-1);
      const lead = above?.[0];
      const first = region[0]?.[0];
      if (above && lead && first && lead.y - first.y <= sizeOf(first) * 0.8) {
        const widened = channelsOf(cover(covered, above), size);
        if (widened.length === channels.length) region.unshift(rest.pop() ?? above);
      }
      tables.push({
        top: region[0]?.[0]?.y ?? 0,
        bottom: region.at(-1)?.[0]?.y ?? 0,
        table: toTable(region, channelsOf(cover([], region.flat()), size)),
      });
      index = end;
    } else {
      rest.push(rows[index] ?? []);
      index++;
    }
  }
  return { tables, rest };
}
