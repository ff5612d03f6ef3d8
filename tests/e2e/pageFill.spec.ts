/**
 * The page sheet uses the whole height the window gives it, in whole lines, at the window sizes staff have
 * (1024×640, the commonest office 1366×768, and 1920×1080), and the last page is never empty.
 */
import { test, expect } from './support/fixtures';
import { GazetteApp } from './support/gazetteApp';
import { LONGEST_TITLE } from './support/sampleGazette';

interface ShownPage {
  /** From the bottom of the last line box on the shown page to the bottom of the text area. */
  spaceUnderLastLine: number;
  lineHeight: number;
  /** From the bottom of the sheet to the bottom of the frame's content box. */
  spaceUnderSheet: number;
  /** A paragraph runs on from this page to the next, so the page is full. */
  full: boolean;
  lines: number;
}

async function shownPage(app: GazetteApp): Promise<ShownPage> {
  return app.page.evaluate(() => {
    const box = (selector: string): DOMRect => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      return element.getBoundingClientRect();
    };
    const viewport = box('.sheet-viewport');
    const frame = document.querySelector('.page-frame') as HTMLElement;
    const frameBottom = box('.page-frame').bottom - parseFloat(getComputedStyle(frame).paddingBottom);
    const onPage = (rect: DOMRect): boolean =>
      rect.width > 0 && rect.left >= viewport.left - 1 && rect.right <= viewport.right + 1;
    const strip = document.querySelector('.page-strip') as HTMLElement;
    const walker = document.createTreeWalker(strip, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let lastBottom = viewport.top;
    const lineTops = new Set<number>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      // A text box is the font's height; its line box adds half the leading below it.
      const lineHeight = parseFloat(getComputedStyle(node.parentElement ?? strip).lineHeight);
      for (const rect of range.getClientRects()) {
        if (!onPage(rect)) continue;
        lastBottom = Math.max(lastBottom, rect.bottom + Math.max(0, (lineHeight - rect.height) / 2));
        lineTops.add(Math.round(rect.top));
      }
    }
    const full = [...strip.querySelectorAll('.b-paragraph')].some((paragraph) => {
      const rects = [...paragraph.getClientRects()];
      return rects.some(onPage) && rects.some((rect) => rect.left >= viewport.right + 1);
    });
    const paragraph = strip.querySelector('.b-paragraph') as HTMLElement;
    return {
      spaceUnderLastLine: viewport.bottom - lastBottom,
      lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight),
      spaceUnderSheet: frameBottom - box('.sheet').bottom,
      full,
      lines: lineTops.size,
    };
  });
}

for (const viewport of [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}×${viewport.height} a full page leaves less than a line free and the sheet fills the frame`, async ({
    dataDir,
  }) => {
    const app = await GazetteApp.launch({ dataDir, viewport });
    try {
      await app.waitForLibrary();
      await app.openDocument(LONGEST_TITLE);
      // One page at a time here, also where 自动 would show a spread (1920 px); spread.spec.ts fills spreads.
      await app.setPageLayout('single');
      await app.waitForPage(1);
      let checked = 0;
      for (let page = 2; page <= 12 && checked < 3; page++) {
        await app.page.keyboard.press('ArrowRight');
        await app.waitForPage(page);
        const shown = await shownPage(app);
        expect(Math.abs(shown.spaceUnderSheet), `page ${page}: space under the sheet`).toBeLessThan(1.5);
        if (!shown.full) continue;
        checked++;
        test.info().annotations.push({ type: `page ${page}`, description: `${shown.lines} lines` });
        expect(shown.spaceUnderLastLine, `page ${page}: space under the last line`).toBeLessThan(shown.lineHeight);
      }
      expect(checked, 'full pages checked').toBe(3);

      await app.page.keyboard.press('End');
      const { count } = await app.pageNumbers();
      await app.waitForPage(count);
      const last = await shownPage(app);
      expect(last.lines, 'lines on the last page').toBeGreaterThan(0);
    } finally {
      await app.close();
    }
    expect(app.foreignRequests).toEqual([]);
  });
}
