import { describe, expect, it } from 'vitest';
import { blockIndexAt } from '../../../src/renderer/logic/blockLookup';
import { LINE_HEIGHT, clampPage, pageAtX, pageGeometry } from '../../../src/renderer/logic/pageGeometry';

describe('pageGeometry', () => {
  it('fits the text area to whole lines and caps the measure of a line', () => {
    const geometry = pageGeometry(1200, 700, 18);
    const lines = geometry.columnHeight / (18 * LINE_HEIGHT);
    expect(Math.abs(lines - Math.round(lines))).toBeLessThan(0.1);
    expect(geometry.sheetHeight).toBe(geometry.columnHeight + 2 * geometry.padding);
    expect(geometry.sheetHeight).toBeLessThanOrEqual(700);
    expect(geometry.columnWidth).toBeLessThanOrEqual(18 * 34);
    expect(geometry.sheetWidth).toBeLessThanOrEqual(1200);
  });

  it('gets more pages from a larger font: fewer lines of fewer characters per page', () => {
    const small = pageGeometry(900, 700, 16);
    const large = pageGeometry(900, 700, 26);
    expect(large.columnHeight / (26 * LINE_HEIGHT)).toBeLessThan(small.columnHeight / (16 * LINE_HEIGHT));
  });
});

describe('page arithmetic', () => {
  const geometry = { columnWidth: 500, gap: 60 };
  it('maps x in the column strip to pages of column + gap', () => {
    expect(pageAtX(0, geometry)).toBe(0);
    expect(pageAtX(499, geometry)).toBe(0);
    expect(pageAtX(560, geometry)).toBe(1);
    expect(pageAtX(559.5, geometry)).toBe(1); // sub-pixel layout just before a column edge
    expect(pageAtX(3 * 560 + 20, geometry)).toBe(3);
  });

  it('clamps a page to the document', () => {
    expect(clampPage(-1, 5)).toBe(0);
    expect(clampPage(7, 5)).toBe(4);
    expect(clampPage(2, 0)).toBe(0);
  });

  it('finds the block holding an offset', () => {
    const blocks = [{ start: 0 }, { start: 10 }, { start: 25 }];
    expect([0, 9, 10, 24, 25, 99].map((offset) => blockIndexAt(blocks, offset))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
