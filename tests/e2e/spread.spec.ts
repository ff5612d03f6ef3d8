/**
 * 双页: two pages side by side where the window is wide enough (自动, or 双页), one page otherwise or in 单页; turns
 * move by a spread, the status names both pages, the choice is kept per person, and the first text on screen stays
 * on screen across switches, resizes and font sizes.
 */
import { test, expect } from './support/fixtures';
import { GazetteApp } from './support/gazetteApp';
import { LONGEST_TITLE } from './support/sampleGazette';

const WIDE = { width: 1920, height: 1080 };
const OFFICE = { width: 1366, height: 768 };

interface Halves {
  /** Characters drawn in the left and the right half of the sheet's viewport. */
  left: number;
  right: number;
  /** From the bottom of the last line box in each half to the bottom of the text area. */
  spaceUnder: { left: number; right: number };
  lineHeight: number;
  viewportWidth: number;
  columnWidth: number;
}

/** What the sheet shows, half by half: a spread has text in both, one page only in one (it is one column wide). */
async function shownHalves(app: GazetteApp): Promise<Halves> {
  return app.page.evaluate(() => {
    const viewport = (document.querySelector('.sheet-viewport') as HTMLElement).getBoundingClientRect();
    const strip = document.querySelector('.page-strip') as HTMLElement;
    const middle = viewport.left + viewport.width / 2;
    const walker = document.createTreeWalker(strip, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let left = 0;
    let right = 0;
    const bottom = { left: viewport.top, right: viewport.top };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      // A text box is the font's height; its line box adds half the leading below it.
      const lineHeight = parseFloat(getComputedStyle(node.parentElement ?? strip).lineHeight);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.left < viewport.left - 1 || rect.right > viewport.right + 1) continue;
        const half = rect.right <= middle ? 'left' : 'right';
        if (half === 'left') left += rect.width;
        else right += rect.width;
        bottom[half] = Math.max(bottom[half], rect.bottom + Math.max(0, (lineHeight - rect.height) / 2));
      }
    }
    const paragraph = strip.querySelector('.b-paragraph') as HTMLElement;
    return {
      left,
      right,
      spaceUnder: { left: viewport.bottom - bottom.left, right: viewport.bottom - bottom.right },
      lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight),
      viewportWidth: viewport.width,
      columnWidth: parseFloat(getComputedStyle(strip).columnWidth),
    };
  });
}

type Marked = Window & { firstShown?: { node: Text; index: number } };

/** Remembers the first character the sheet shows (the top left of its first page) and returns a few from there. */
async function markFirstShown(app: GazetteApp): Promise<string> {
  return app.page.evaluate(() => {
    const viewport = (document.querySelector('.sheet-viewport') as HTMLElement).getBoundingClientRect();
    const inside = (rect: DOMRect): boolean =>
      rect.width > 0 && rect.left >= viewport.left - 1 && rect.right <= viewport.right + 1;
    const strip = document.querySelector('.page-strip') as HTMLElement;
    const walker = document.createTreeWalker(strip, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Block text only: the print's page numbers between blocks are not part of the document.
      if (!node.parentElement?.closest('[data-block]')) continue;
      range.selectNodeContents(node);
      if (![...range.getClientRects()].some(inside)) continue;
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index++) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0];
        if (rect && inside(rect)) {
          (window as Marked).firstShown = { node: node as Text, index };
          return text.slice(index, index + 12);
        }
      }
    }
    throw new Error('no text on the sheet');
  });
}

/** Whether the character remembered by markFirstShown is on the sheet now. */
async function markedIsShown(app: GazetteApp): Promise<boolean> {
  return app.page.evaluate(() => {
    const marked = (window as Marked).firstShown;
    if (!marked?.node.isConnected) throw new Error('the marked text is gone');
    const viewport = (document.querySelector('.sheet-viewport') as HTMLElement).getBoundingClientRect();
    const range = document.createRange();
    range.setStart(marked.node, marked.index);
    range.setEnd(marked.node, marked.index + 1);
    const rect = range.getClientRects()[0];
    return (
      rect !== undefined &&
      rect.left >= viewport.left - 1 &&
      rect.right <= viewport.right + 1 &&
      rect.top >= viewport.top - 1 &&
      rect.bottom <= viewport.bottom + 1
    );
  });
}

async function openWide(dataDir: string, viewport = WIDE): Promise<GazetteApp> {
  const app = await GazetteApp.launch({ dataDir, viewport });
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  return app;
}

test('at 1920×1080 自动 shows two pages, and every turn moves by a spread', async ({ dataDir }) => {
  const app = await openWide(dataDir);
  try {
    const status = app.pageStatus;
    await expect(status).toHaveText(/^第 1–2 \/ \d+ 页/);
    const { count } = await app.pageNumbers();
    await expect(app.page.locator('.sheet.spread')).toHaveCount(1);
    const halves = await shownHalves(app);
    expect(halves.viewportWidth).toBeGreaterThan(2 * halves.columnWidth);
    // Both pages carry text, each holding at least a 28-character 公文 line.
    expect(halves.left).toBeGreaterThan(0);
    expect(halves.right).toBeGreaterThan(0);
    expect(halves.columnWidth / 18).toBeGreaterThanOrEqual(28);

    const next = app.page.getByRole('button', { name: '下一页' });
    const previous = app.page.getByRole('button', { name: '上一页' });
    await app.page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(new RegExp(`^第 3–4 / ${count} 页`));
    // Both pages of a spread inside a long text are filled to their last whole line, as a single page is.
    const full = await shownHalves(app);
    expect(full.spaceUnder.left).toBeLessThan(full.lineHeight);
    expect(full.spaceUnder.right).toBeLessThan(full.lineHeight);
    await next.click();
    await expect(status).toHaveText(new RegExp(`^第 5–6 / ${count} 页`));
    await app.page.keyboard.press('ArrowLeft');
    await expect(status).toHaveText(new RegExp(`^第 3–4 / ${count} 页`));
    await app.page.keyboard.press('PageDown');
    await expect(status).toHaveText(new RegExp(`^第 5–6 / ${count} 页`));
    await app.page.keyboard.press('PageUp');
    await expect(status).toHaveText(new RegExp(`^第 3–4 / ${count} 页`));
    await previous.click();
    await expect(status).toHaveText(new RegExp(`^第 1–2 / ${count} 页`));
    await app.page.locator('.sheet').click();
    await app.page.keyboard.press('Space');
    await expect(status).toHaveText(new RegExp(`^第 3–4 / ${count} 页`));
    await app.page.keyboard.press('Shift+Space');
    await expect(status).toHaveText(new RegExp(`^第 1–2 / ${count} 页`));

    // Go to a page: the spread that holds it.
    await app.page.getByRole('spinbutton', { name: '跳至页码' }).fill('8');
    await app.page.getByRole('button', { name: '跳转' }).click();
    await expect(status).toHaveText(new RegExp(`^第 7–8 / ${count} 页`));
    await app.page.keyboard.press('Home');
    await expect(status).toHaveText(new RegExp(`^第 1–2 / ${count} 页`));

    // A 目录 entry lands on the spread that shows its heading, its left page odd.
    await app.toc.getByRole('button', { name: '十、保障措施', exact: true }).click();
    const heading = app.page.locator('.page-strip .b-heading', { hasText: '保障措施' }).first();
    await expect.poll(() => app.isOnShownPage(heading)).toBe(true);
    const atHeading = await app.pageNumbers();
    expect(atHeading.page % 2).toBe(1);
    expect(atHeading.last).toBe(Math.min(atHeading.page + 1, count));

    // A hit of find-in-document too.
    await app.page.keyboard.press('Home');
    await app.page.getByRole('searchbox', { name: '在本文中查找' }).fill('保障措施');
    await app.page.getByRole('button', { name: '下一处' }).click();
    await expect.poll(() => app.isOnShownPage(app.page.locator('mark.hit-current').first())).toBe(true);
    expect((await app.pageNumbers()).page % 2).toBe(1);

    await app.page.locator('.sheet').click();
    await app.page.keyboard.press('End');
    await expect(next).toBeDisabled();
    const end = await app.pageNumbers();
    expect(end.last).toBe(count);
    expect(await app.isOnShownPage(app.page.locator('.page-strip > [data-block]').last())).toBe(true);
    // The page status is still the polite live region that announces each turn.
    await expect(status).toHaveAttribute('aria-live', 'polite');
  } finally {
    await app.close();
  }
  expect(app.foreignRequests).toEqual([]);
});

test('the last page of an odd count stands alone, and no page is shown twice', async ({ dataDir }) => {
  const app = await openWide(dataDir);
  try {
    // Find a font size at which the document has an odd number of pages.
    const larger = app.page.getByRole('button', { name: '放大字号' });
    let { count } = await app.pageNumbers();
    for (let step = 0; step < 6 && count % 2 === 0; step++) {
      const before = await app.pageStatus.textContent();
      await larger.click();
      await expect(app.pageStatus).not.toHaveText(before ?? '');
      ({ count } = await app.pageNumbers());
    }
    expect(count % 2, 'an odd page count at some font size').toBe(1);
    // Still a spread at this size, else the test says nothing.
    await app.page.keyboard.press('ArrowRight');
    await expect(app.pageStatus).toHaveText(new RegExp(`^第 3–4 / ${count} 页`));

    await app.page.keyboard.press('End');
    await expect(app.pageStatus).toHaveText(new RegExp(`^第 ${count} / ${count} 页`));
    const lone = await shownHalves(app);
    expect(lone.left).toBeGreaterThan(0);
    expect(lone.right).toBe(0);
    const lastPageStart = await markFirstShown(app);

    await app.page.keyboard.press('ArrowLeft');
    await expect(app.pageStatus).toHaveText(new RegExp(`^第 ${count - 2}–${count - 1} / ${count} 页`));
    const before = await shownHalves(app);
    expect(before.left).toBeGreaterThan(0);
    expect(before.right).toBeGreaterThan(0);
    expect(await markedIsShown(app), `“${lastPageStart}” from the last page`).toBe(false);
  } finally {
    await app.close();
  }
  expect(app.foreignRequests).toEqual([]);
});

test('单页 shows one page even in a wide window, and the choice is kept across a reload', async ({ dataDir }) => {
  const app = await openWide(dataDir);
  try {
    await expect(app.pageStatus).toHaveText(/^第 1–2 \/ \d+ 页/);
    await app.setPageLayout('single');
    await expect(app.pageStatus).toHaveText(/^第 1 \/ \d+ 页/);
    await expect(app.page.locator('.sheet.spread')).toHaveCount(0);
    const single = await shownHalves(app);
    expect(Math.abs(single.viewportWidth - single.columnWidth)).toBeLessThan(1);
    await app.page.keyboard.press('ArrowRight');
    await expect(app.pageStatus).toHaveText(/^第 2 \/ \d+ 页/);

    await app.page.reload();
    await app.waitForLibrary();
    await app.openDocument(LONGEST_TITLE);
    await expect(app.page.getByRole('combobox', { name: '页面布局' })).toHaveValue('single');
    await expect(app.pageStatus).toHaveText(/^第 \d+ \/ \d+ 页/);
    await expect(app.page.locator('.sheet.spread')).toHaveCount(0);

    // With the 目录 closed the window holds two full-width pages: the pages, and so M, are the same in both modes.
    await app.page.getByRole('button', { name: '目录' }).click();
    await app.page.keyboard.press('Home');
    await expect(app.pageStatus).toHaveText(/^第 1 \/ \d+ 页/);
    const { count } = await app.pageNumbers();
    await app.setPageLayout('auto');
    await expect(app.pageStatus).toHaveText(new RegExp(`^第 1–2 / ${count} 页`));
  } finally {
    await app.close();
  }
  expect(app.foreignRequests).toEqual([]);
});

test('双页 in a window too narrow for it shows one page and says why', async ({ dataDir }) => {
  const app = await openWide(dataDir, OFFICE);
  try {
    await app.setPageLayout('spread');
    const select = app.page.getByRole('combobox', { name: '页面布局' });
    await expect(app.pageStatus).toHaveText(/^第 1 \/ \d+ 页/);
    await expect(app.page.getByText('窗口较窄，暂按单页显示')).toBeVisible();
    await expect(select).toHaveAccessibleDescription('窗口较窄，暂按单页显示');
    await expect(select).toHaveAttribute('title', /窗口不够宽/);

    await app.page.setViewportSize(WIDE);
    await expect(app.pageStatus).toHaveText(/^第 1–2 \/ \d+ 页/);
    await expect(app.page.getByText('窗口较窄，暂按单页显示')).toHaveCount(0);
  } finally {
    await app.close();
  }
  expect(app.foreignRequests).toEqual([]);
});

test('the first text on screen stays on screen across 单页/双页, resizes and font sizes', async ({ dataDir }) => {
  const app = await openWide(dataDir);
  try {
    /** After a turn, the first text shown stays on screen through `change`. */
    const keepsFirstShown = async (change: () => Promise<void>, what: string): Promise<void> => {
      const before = await app.pageStatus.textContent();
      await app.page.keyboard.press('ArrowRight');
      await expect(app.pageStatus).not.toHaveText(before ?? '');
      const turned = await app.pageStatus.textContent();
      const text = await markFirstShown(app);
      await change();
      await expect(app.pageStatus).not.toHaveText(turned ?? '');
      await expect.poll(() => markedIsShown(app), `“${text}” after ${what}`).toBe(true);
    };
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect(app.pageStatus).toHaveText(/^第 5–6 \/ \d+ 页/);

    await keepsFirstShown(() => app.setPageLayout('single'), '双页 → 单页');
    await keepsFirstShown(() => app.setPageLayout('auto'), '单页 → 自动 (双页)');
    await keepsFirstShown(() => app.page.setViewportSize({ width: 1024, height: 640 }), 'a resize to 1024×640');
    await keepsFirstShown(() => app.page.setViewportSize(WIDE), 'a resize back to 1920×1080');
    await keepsFirstShown(() => app.page.getByRole('button', { name: '放大字号' }).click(), 'A+');
    await keepsFirstShown(() => app.page.getByRole('button', { name: '缩小字号' }).click(), 'A−');

    // A round trip without a turn between comes back to the very spread it left.
    const spread = (await app.pageStatus.textContent()) ?? '';
    expect(spread).toMatch(/^第 \d+–\d+ \//);
    await app.page.setViewportSize({ width: 1024, height: 640 });
    await expect(app.pageStatus).not.toHaveText(spread);
    await app.setPageLayout('single');
    await app.page.setViewportSize(WIDE);
    await app.setPageLayout('auto');
    await expect(app.pageStatus).toHaveText(spread);
  } finally {
    await app.close();
  }
  expect(app.foreignRequests).toEqual([]);
});

test('screenshots and page counts of the 十四五 plan, 单页 and 双页, at 1366×768 and 1920×1080', async ({
  dataDir,
}) => {
  const app = await openWide(dataDir, OFFICE);
  try {
    const linesPerPage = (): Promise<number> =>
      app.page.evaluate(() => {
        const strip = document.querySelector('.page-strip') as HTMLElement;
        const paragraph = strip.querySelector('.b-paragraph') as HTMLElement;
        return Math.floor(strip.clientHeight / parseFloat(getComputedStyle(paragraph).lineHeight));
      });
    for (const viewport of [OFFICE, WIDE]) {
      await app.page.setViewportSize(viewport);
      for (const layout of ['single', 'spread'] as const) {
        await app.setPageLayout(layout);
        await app.page.keyboard.press('Home');
        const spread = layout === 'spread' && viewport === WIDE;
        await expect(app.pageStatus).toHaveText(spread ? /^第 1–2 \/ \d+ 页/ : /^第 1 \/ \d+ 页/);
        await app.page.keyboard.press('ArrowRight');
        await expect(app.pageStatus).toHaveText(spread ? /^第 3–4 \/ \d+ 页/ : /^第 2 \/ \d+ 页/);
        const { count } = await app.pageNumbers();
        const lines = await linesPerPage();
        expect(lines).toBeGreaterThanOrEqual(13);
        test.info().annotations.push({
          type: `${viewport.width}×${viewport.height} ${layout}`,
          description: `${lines} lines a page, ${count} pages${layout === 'spread' && !spread ? ' (双页 falls back to one page)' : ''}`,
        });
        await app.page.screenshot({ path: `test-results/spread-${viewport.width}-${layout}.png` });
      }
    }
  } finally {
    await app.close();
  }
  expect(app.foreignRequests).toEqual([]);
});
