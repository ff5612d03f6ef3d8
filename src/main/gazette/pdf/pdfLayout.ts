/**
 * Positioned PDF text runs → source lines in reading order, using the geometry plain text lacks: rows from
 * baselines, columns from a gutter that many rows respect, running headers and page numbers from the page's top
 * and bottom bands, paragraph starts from indentation, and line fullness from the column's right edge.
 */
import type { Page } from '../../../shared/model';
import { foldWidth } from '../../../shared/text/normalize';
import { type LineSource, pageNumberOf, runningHeaderKey, type SourceLine } from '../sourceLines';
import type { PdfPageRuns, PdfRun } from './pdfRuns';
import { findTables, type PlacedTable } from './pdfTables';

interface Segment {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/**
 * Top and bottom bands where running headers, footers and page numbers live: a share of the page height, but at
 * least ~23 mm, which landscape pages (tables) need. Only furniture-like text in a band is dropped.
 */
const bandHeight = (pageHeight: number): number => Math.max(pageHeight * 0.075, 66);

function rowsOf(runs: readonly PdfRun[]): PdfRun[][] {
  const sorted = runs.filter((run) => run.str.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - run.y) <= Math.max(first.height, run.height) * 0.35) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

/** A row splits where the gap between runs is wider than 1.5 characters (a gutter or a table cell border). */
function segmentsOf(row: readonly PdfRun[]): Segment[] {
  const segments: Segment[] = [];
  for (const run of row) {
    const size = run.height || 10;
    const last = segments.at(-1);
    const gap = last ? run.x - last.right : Infinity;
    if (last && gap <= size * 1.5) {
      last.text += gap > size * 0.25 ? ` ${run.str}` : run.str;
      last.right = Math.max(last.right, run.x + run.width);
    } else {
      segments.push({ text: run.str, left: run.x, right: run.x + run.width, y: run.y, size });
    }
  }
  return segments;
}

/** The gutter between two columns, when enough rows leave it empty on both sides. */
function findGutter(segments: readonly Segment[], pageWidth: number): number | null {
  const middle = pageWidth / 2;
  const left = segments.filter(
    (segment) => segment.right < middle + 2 && segment.left < middle - pageWidth * 0.1,
  ).length;
  const right = segments.filter((segment) => segment.left > middle - 2).length;
  return left >= 5 && right >= 5 ? middle : null;
}

interface Column {
  left: number;
  right: number;
}

/** The column's edges: where most wide lines start and end (first lines are indented, last lines short). */
function columnEdges(segments: readonly Segment[]): Column {
  const lefts = segments.map((segment) => segment.left).sort((a, b) => a - b);
  const rights = segments.map((segment) => segment.right).sort((a, b) => a - b);
  return {
    left: lefts[Math.floor(lefts.length * 0.1)] ?? 0,
    right: rights[Math.floor(rights.length * 0.9)] ?? 0,
  };
}

function toLines(segments: readonly Segment[], page: number): SourceLine[] {
  const edges = columnEdges(segments);
  return segments.map((segment) => ({
    text: foldWidth(segment.text).trim(),
    page,
    indent: segment.left - edges.left > segment.size * 1.2,
    full: edges.right - segment.right < segment.size * 1.2,
  }));
}

function readingOrder(segments: Segment[], gutter: number | null, page: number): SourceLine[] {
  if (gutter === null) return toLines(segments, page);
  // Rows crossing the gutter (a title over both columns) cut the page into bands read left column, right column.
  const lines: SourceLine[] = [];
  let left: Segment[] = [];
  let right: Segment[] = [];
  const flush = (): void => {
    lines.push(...toLines(left, page), ...toLines(right, page));
    left = [];
    right = [];
  };
  for (const segment of segments) {
    if (segment.right <= gutter + 2) left.push(segment);
    else if (segment.left >= gutter - 2) right.push(segment);
    else {
      flush();
      lines.push(...toLines([segment], page));
    }
  }
  flush();
  return lines;
}

const bandKey = (text: string): string => foldWidth(text).replace(/\s+/gu, '').replace(/\d+/gu, '#');

interface PageRows {
  body: Segment[];
  band: Segment[];
  /** Tables found among the body rows, top to bottom; their rows are not in `body`. */
  tables: PlacedTable[];
}

function splitBands(page: PdfPageRuns): PageRows {
  const band = bandHeight(page.height);
  const all = rowsOf(page.runs);
  const inBand = (row: readonly PdfRun[]): boolean => {
    const y = row[0]?.y ?? 0;
    return y > page.height - band || y < band;
  };
  const inBody = all.filter((row) => !inBand(row));
  const { tables, rest } = findTables(inBody, findGutter(inBody.flatMap(segmentsOf), page.width));
  return {
    body: rest.flatMap(segmentsOf),
    band: all.filter(inBand).flatMap(segmentsOf),
    tables,
  };
}

/** A table as one source line, placed where it was printed. */
function tableLine(placed: PlacedTable, page: number): SourceLine {
  const text = placed.table.rows.map((row) => row.join('  ')).join('  ');
  return { text, page, indent: true, full: false, table: placed.table };
}

/** Prose above, between and below the page's tables, each stretch read in its own columns. */
function pageLines(body: Segment[], tables: readonly PlacedTable[], pageWidth: number, page: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let remaining = body;
  for (const placed of tables) {
    const above = remaining.filter((segment) => segment.y > placed.top);
    remaining = remaining.filter((segment) => segment.y <= placed.top);
    lines.push(...readingOrder(above, findGutter(above, pageWidth), page), tableLine(placed, page));
  }
  lines.push(...readingOrder(remaining, findGutter(remaining, pageWidth), page));
  return lines;
}

/** Band texts printed on at least three pages (digits aside) are running headers or footers. */
function repeatedBandTexts(pages: readonly PageRows[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.band.map((segment) => bandKey(segment.text)))) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([key, count]) => key.length > 0 && count >= 3).map(([key]) => key));
}

export function layoutPdf(pages: readonly PdfPageRuns[]): LineSource {
  const lines: SourceLine[] = [];
  const furniture: string[] = [];
  const pageList: Page[] = [];
  const split = pages.map(splitBands);
  const repeated = repeatedBandTexts(split);
  split.forEach(({ body, band, tables }, position) => {
    const index = position + 1;
    let printed: string | null = null;
    for (const segment of band) {
      const text = foldWidth(segment.text).trim();
      const number = pageNumberOf(text);
      if (number !== null) printed ??= number;
      else if (runningHeaderKey(text) !== null || repeated.has(bandKey(text))) furniture.push(text);
      else body.push(segment);
    }
    pageList.push({ index, printed });
    lines.push(...pageLines(body, tables, pages[position]?.width ?? 0, index));
  });
  // Paragraph starts are measurable only when the print indents them; otherwise fall back to the text rules.
  const indented = lines.filter((line) => line.indent).length;
  const layout = indented > lines.length * 0.05 ? 'geometry' : 'text';
  return { lines, pages: pageList, furniture, layout };
}
