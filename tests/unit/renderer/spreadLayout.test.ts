import { describe, expect, it } from 'vitest';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../../../src/shared/api';
import { pageGeometry, spreadFits } from '../../../src/renderer/logic/pageGeometry';
import {
  pagesShownFor,
  shownPages,
  spreadFallsBack,
  viewStart,
  viewStatus,
} from '../../../src/renderer/logic/spreadLayout';

describe('which pages a spread shows', () => {
  it('pairs pages from the first: 1–2, 3–4, … (0-based 0–1, 2–3)', () => {
    expect([0, 1, 2, 3, 4, 5].map((page) => viewStart(page, 2, 59))).toEqual([0, 0, 2, 2, 4, 4]);
    expect(shownPages(0, 2, 59)).toEqual({ first: 0, last: 1 });
    expect(shownPages(2, 2, 59)).toEqual({ first: 2, last: 3 });
  });

  it('leaves the last page of an odd count alone, never paired with its neighbour again', () => {
    expect(viewStart(58, 2, 59)).toBe(58);
    expect(shownPages(58, 2, 59)).toEqual({ first: 58, last: 58 });
    expect(viewStart(57, 2, 59)).toBe(56);
    expect(shownPages(56, 2, 59)).toEqual({ first: 56, last: 57 });
    expect(shownPages(0, 2, 1)).toEqual({ first: 0, last: 0 });
  });

  it('clamps a target outside the document to the first or last view', () => {
    expect(viewStart(-3, 2, 10)).toBe(0);
    expect(viewStart(99, 2, 10)).toBe(8);
    expect(viewStart(99, 2, 9)).toBe(8);
    expect(viewStart(99, 1, 9)).toBe(8);
    expect(viewStart(4, 2, 0)).toBe(0);
  });

  it('in one-page view every page is its own view', () => {
    expect([0, 1, 2, 7].map((page) => viewStart(page, 1, 8))).toEqual([0, 1, 2, 7]);
    expect(shownPages(7, 1, 8)).toEqual({ first: 7, last: 7 });
  });
});

describe('the page status', () => {
  it('names both pages of a spread and the page count, numbered from 1', () => {
    expect(viewStatus(shownPages(2, 2, 59), 59)).toBe('第 3–4 / 59 页');
    expect(viewStatus(shownPages(0, 2, 59), 59)).toBe('第 1–2 / 59 页');
  });

  it('names a lone last page, and a single page, alone', () => {
    expect(viewStatus(shownPages(58, 2, 59), 59)).toBe('第 59 / 59 页');
    expect(viewStatus(shownPages(4, 1, 59), 59)).toBe('第 5 / 59 页');
  });
});

describe('when two pages fit side by side', () => {
  // Frames (the page area beside the 1920 px window's sidebar): 1308 px with the 目录 open, 1568 px without.
  it('shows a spread in 自动 and 双页 once each page holds a 28-character 公文 line with its margins', () => {
    // 18 px text: 2 × 28 × 18 = 1008 px of text and 4 × 45 px of margins.
    expect(spreadFits(1187, 18)).toBe(false);
    expect(spreadFits(1188, 18)).toBe(true);
    expect(pagesShownFor('auto', 1308, 18)).toBe(2);
    expect(pagesShownFor('spread', 1308, 18)).toBe(2);
    expect(pagesShownFor('single', 1568, 18)).toBe(1);
    // 1366 px with the 目录 open leaves about 750 px: one page, however it is asked.
    expect(pagesShownFor('auto', 750, 18)).toBe(1);
    expect(pagesShownFor('spread', 750, 18)).toBe(1);
  });

  it('needs a wider window for larger text', () => {
    expect(pagesShownFor('auto', 1308, 22)).toBe(1);
    expect(pagesShownFor('auto', 1308, 14)).toBe(2);
  });

  it('says 双页 fell back to one page only when 双页 was asked for', () => {
    expect(spreadFallsBack('spread', 1)).toBe(true);
    expect(spreadFallsBack('spread', 2)).toBe(false);
    expect(spreadFallsBack('auto', 1)).toBe(false);
    expect(spreadFallsBack('single', 1)).toBe(false);
  });

  it('gives each page of a fitting spread at least 28 and at most 34 characters, centred in the frame', () => {
    for (let fontSize = FONT_SIZE_MIN; fontSize <= FONT_SIZE_MAX; fontSize++) {
      for (let width = 900; width <= 2600; width += 13.7) {
        if (!spreadFits(width, fontSize)) continue;
        const geometry = pageGeometry(width, 800, fontSize, 2);
        const where = `font ${fontSize}px, frame ${width.toFixed(1)} px`;
        expect(geometry.columnWidth / fontSize, where).toBeGreaterThanOrEqual(28);
        expect(geometry.columnWidth / fontSize, where).toBeLessThanOrEqual(34);
        expect(geometry.viewportWidth, where).toBe(2 * geometry.columnWidth + geometry.gap);
        expect(geometry.sheetWidth, where).toBe(geometry.viewportWidth + 2 * geometry.padding);
        expect(geometry.sheetWidth, where).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps the lines of a page whether one page or a spread is shown', () => {
    const single = pageGeometry(1568, 900, 18, 1);
    const spread = pageGeometry(1568, 900, 18, 2);
    expect(spread.lines).toBe(single.lines);
    expect(spread.columnHeight).toBe(single.columnHeight);
    expect(spread.sheetHeight).toBe(single.sheetHeight);
    // Wide enough for two full-width pages: the page itself, and so the page count, is the same in both.
    expect(spread.columnWidth).toBe(single.columnWidth);
    expect(spread.gap).toBe(single.gap);
    expect(single.viewportWidth).toBe(single.columnWidth);
  });
});
