import { describe, expect, it } from 'vitest';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../../../src/shared/api';
import { blockIndexAt } from '../../../src/renderer/logic/blockLookup';
import { LINE_HEIGHT, clampPage, pageAtX, pageGeometry } from '../../../src/renderer/logic/pageGeometry';

describe('pageGeometry', () => {
  it('fits the text area to whole lines and caps the measure of a line', () => {
    const geometry = pageGeometry(1200, 700, 18);
    expect(geometry.columnHeight / (18 * LINE_HEIGHT)).toBeGreaterThanOrEqual(geometry.lines);
    expect(geometry.columnHeight / (18 * LINE_HEIGHT)).toBeLessThan(geometry.lines + 0.1);
    expect(geometry.sheetHeight).toBe(geometry.columnHeight + geometry.paddingTop + geometry.paddingBottom);
    expect(geometry.columnWidth).toBeLessThanOrEqual(18 * 34);
    expect(geometry.sheetWidth).toBeLessThanOrEqual(1200);
  });

  // The frame below the 1366×768 toolbar is 546.67 px tall (measured); the sheet used to show 12 lines there.
  it('shows 14 lines of 18 px text in the frame of a 1366×768 window', () => {
    expect(pageGeometry(786, 546.67, 18).lines).toBe(14);
  });

  it('fills the whole frame height with whole lines at every font size and window height', () => {
    for (let fontSize = FONT_SIZE_MIN; fontSize <= FONT_SIZE_MAX; fontSize++) {
      const lineHeight = fontSize * LINE_HEIGHT;
      for (let height = 420; height <= 1100; height += 7.3) {
        const geometry = pageGeometry(900, height, fontSize);
        const where = `font ${fontSize}px, frame ${height.toFixed(1)} px`;
        expect(geometry.sheetHeight, where).toBe(Math.floor(height));
        // Room for every line even when Chromium rounds each line box up a little.
        expect(geometry.columnHeight, where).toBeGreaterThanOrEqual(geometry.lines * lineHeight + 0.5);
        // No room for one more line inside margins of the smallest size.
        const margins = geometry.paddingTop + geometry.paddingBottom;
        expect(margins - 2 * Math.min(36, Math.max(12, fontSize * 1.25)), where).toBeLessThan(lineHeight + 2);
        expect(Math.abs(geometry.paddingTop - geometry.paddingBottom), where).toBeLessThanOrEqual(1);
      }
    }
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
