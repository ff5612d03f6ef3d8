import { test, expect } from './support/fixtures';
import { CITED_NOTICE_TITLE, LONGEST_TITLE, SAMPLE_DOCUMENTS, citedNotice } from './support/sampleGazette';

const SOIL = SAMPLE_DOCUMENTS[0].title;
const CHIPS = SAMPLE_DOCUMENTS[2].title;

test('a document opens paginated, one page at a time, and the page keys and controls turn it', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  const { page: first, count } = await app.pageNumbers();
  expect(first).toBe(1);
  expect(count).toBeGreaterThan(5);
  const previous = app.page.getByRole('button', { name: '上一页' });
  const next = app.page.getByRole('button', { name: '下一页' });
  await expect(previous).toBeDisabled();

  // The window never scrolls: the document is laid out in columns and only one is shown.
  expect(await app.page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  const lastBlock = app.page.locator('.page-strip > [data-block]').last();
  expect(await app.isOnShownPage(lastBlock)).toBe(false);

  await next.click();
  await app.waitForPage(2);
  await app.page.keyboard.press('ArrowRight');
  await app.waitForPage(3);
  await app.page.keyboard.press('ArrowLeft');
  await app.waitForPage(2);
  await app.page.keyboard.press('PageDown');
  await app.waitForPage(3);
  await app.page.keyboard.press('PageUp');
  await app.waitForPage(2);
  await app.page.locator('.sheet').click();
  await app.page.keyboard.press('Space');
  await app.waitForPage(3);
  await app.page.keyboard.press('End');
  await app.waitForPage(count);
  await expect(next).toBeDisabled();
  expect(await app.isOnShownPage(lastBlock)).toBe(true);
  await app.page.keyboard.press('Home');
  await app.waitForPage(1);

  await app.page.getByRole('spinbutton', { name: '跳至页码' }).fill('4');
  await app.page.getByRole('button', { name: '跳转' }).click();
  await app.waitForPage(4);
});

test('the 公文 is typeset as GB/T 9704 asks, with the print page numbers', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  const strip = app.page.locator('.page-strip');
  const style = (selector: string, property: string) =>
    strip
      .locator(selector)
      .first()
      .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  const fontSize = parseFloat(await style('.b-paragraph', 'font-size'));

  await expect(strip.locator('.b-issuer')).toHaveText('济南市人民政府');
  expect(await style('.b-issuer', 'text-align')).toBe('center');
  await expect(strip.locator('.b-title')).toHaveText(SOIL);
  expect(await style('.b-title', 'text-align')).toBe('center');
  expect(await style('.b-title', 'font-family')).toContain('Noto Serif CJK SC');
  await expect(strip.locator('.b-docNumber')).toHaveText('济政发〔2022〕7号');
  expect(await style('.b-docNumber', 'text-align')).toBe('center');
  await expect(strip.locator('.b-addressee')).toHaveText('各区县人民政府，市政府有关部门（单位）：');
  // Body: a 仿宋-like serif, first line indented two characters.
  expect(await style('.b-paragraph', 'font-family')).toMatch(/FangSong.*Noto Serif CJK SC/);
  expect(parseFloat(await style('.b-paragraph', 'text-indent'))).toBeCloseTo(2 * fontSize, 0);
  // Headings by level: 一、 in 黑体 (a sans face), （一） in 楷体.
  await expect(strip.locator('.heading-l1').first()).toHaveText('一、总体要求');
  expect(await style('.heading-l1', 'font-family')).toMatch(/SimHei.*Noto Sans CJK SC/);
  await expect(strip.locator('.run-in-2').first()).toHaveText('（一）普查对象');
  expect(await style('.run-in-2', 'font-family')).toMatch(/KaiTi/);
  // Signature and date at the right.
  expect(await style('.b-signature', 'text-align')).toBe('right');
  expect(await style('.b-date', 'text-align')).toBe('right');
  await expect(strip.locator('.b-date')).toHaveText('2022年6月10日');
  // The print's page number, discreetly.
  await expect(strip.locator('.printed-page').first()).toHaveText('原刊第 7 页');
  await expect(app.pageStatus).toContainText('原刊第 7 页');

  // The attachment starts at the top of a page of its own.
  const attachment = strip.locator('.b-attachmentTitle');
  await expect(attachment).toContainText('济南市第三次土壤普查领导小组成员名单');
  const offsetFromTop = await attachment.evaluate((element) => {
    const viewport = element.closest('.sheet-viewport') as HTMLElement;
    return element.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
  });
  expect(Math.abs(offsetFromTop)).toBeLessThan(2);
});

test('the reader stays on the same passage when the font size or the window changes', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  await app.toc.getByRole('button', { name: '五、推动循环经济发展', exact: true }).click();
  const heading = app.page.locator('.page-strip .b-heading', { hasText: '五、推动循环经济发展' });
  await expect.poll(() => app.isOnShownPage(heading)).toBe(true);
  const before = await app.pageNumbers();
  expect(before.page).toBeGreaterThan(1);

  await app.page.getByRole('button', { name: '放大字号' }).click();
  await app.page.getByRole('button', { name: '放大字号' }).click();
  await expect.poll(async () => (await app.pageNumbers()).count).toBeGreaterThan(before.count);
  await expect.poll(() => app.isOnShownPage(heading)).toBe(true);

  await app.page.setViewportSize({ width: 1000, height: 640 });
  await expect.poll(() => app.isOnShownPage(heading)).toBe(true);
  await app.page.setViewportSize({ width: 1500, height: 1000 });
  await expect.poll(() => app.isOnShownPage(heading)).toBe(true);

  await app.page.getByRole('button', { name: '缩小字号' }).click();
  await expect.poll(() => app.isOnShownPage(heading)).toBe(true);
});

test('the last position, the font size and the theme are remembered for the user', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  await app.page.getByRole('spinbutton', { name: '跳至页码' }).fill('5');
  await app.page.getByRole('button', { name: '跳转' }).click();
  await app.waitForPage(5);
  const firstOnPage = await app.page.evaluate(() => {
    const viewport = document.querySelector('.sheet-viewport')?.getBoundingClientRect();
    const blocks = [...document.querySelectorAll<HTMLElement>('.page-strip > [data-block]')];
    return blocks.find((block) =>
      [...block.getClientRects()].some(
        (rect) => viewport && rect.left >= viewport.left - 1 && rect.right <= viewport.right + 1,
      ),
    )?.dataset.block;
  });
  await app.page.getByRole('combobox', { name: '主题' }).selectOption({ label: '夜间' });
  await app.page.getByRole('button', { name: '放大字号' }).click();
  await app.page.getByRole('button', { name: '缩小字号' }).click();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The position is saved once the reader rests on a page.
  await expect
    .poll(() =>
      app.page.evaluate(async () => {
        const issues = await window.gazette.listIssues();
        if (!issues.ok) return null;
        const docId = issues.value[0]?.documents[4]?.id ?? '';
        const position = await window.gazette.getReadingPosition({ docId });
        return position.ok && position.value ? position.value.offset : 0;
      }),
    )
    .toBeGreaterThan(0);

  await app.page.reload();
  await app.waitForLibrary();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.openDocument(LONGEST_TITLE);
  await app.waitForPage(5);
  expect(firstOnPage).toBeDefined();
  await expect.poll(() => app.isOnShownPage(app.page.locator(`[data-block="${firstOnPage}"]`))).toBe(true);
});

test('the 目录 panel turns to a heading, flashes it and follows the reader', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  const toc = app.toc;
  await expect(toc).toBeVisible();
  await expect(toc.locator('.toc-link')).toContainText([
    '一、总体要求',
    '二、工作安排',
    '（一）普查对象',
    '（二）普查内容',
    '（三）时间安排',
    '三、保障措施',
  ]);

  // Choosing an entry turns to its page and flashes the heading.
  await toc.getByRole('button', { name: '三、保障措施', exact: true }).click();
  const heading = app.page.locator('.page-strip .b-heading', { hasText: '三、保障措施' });
  await expect.poll(() => app.isOnShownPage(heading)).toBe(true);
  await expect(heading).toHaveClass(/flash/);
  await expect(toc.getByRole('button', { name: '三、保障措施', exact: true })).toHaveAttribute(
    'aria-current',
    'location',
  );

  // Paging moves the mark: the first page is before any heading's section ends at 一、.
  await app.page.keyboard.press('Home');
  await app.waitForPage(1);
  await expect(toc.locator('[aria-current]')).toHaveCount(0);
  await app.page.keyboard.press('End');
  await expect(toc.locator('[aria-current]')).toHaveText(/附件\s*济南市第三次土壤普查领导小组成员名单/);

  // Levels collapse and expand.
  const twisty = toc.getByRole('button', { name: '二、工作安排 的下级条目' });
  await expect(twisty).toHaveAttribute('aria-expanded', 'true');
  await twisty.click();
  await expect(twisty).toHaveAttribute('aria-expanded', 'false');
  await expect(toc.getByRole('button', { name: '（一）普查对象', exact: true })).toBeHidden();
  await twisty.click();
  await expect(toc.getByRole('button', { name: '（一）普查对象', exact: true })).toBeVisible();

  // In a long 目录 the current entry is scrolled into view.
  await app.openDocument(LONGEST_TITLE);
  await app.page.keyboard.press('End');
  const current = toc.locator('[aria-current]');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();

  await toc.getByRole('button', { name: '三、加快经济绿色转型', exact: true }).click();
  await expect(heading).toHaveCount(0);
  await app.page.locator('.flash').waitFor({ state: 'detached' });
  await app.page.screenshot({ path: 'tests/artifacts/reader-toc.png' });
  await app.screenshot(test.info().outputPath('reader-toc.png'));

  // The panel can be closed, and stays closed.
  const toggle = app.page.getByRole('button', { name: '目录', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(app.toc).toHaveCount(0);
  await app.page.reload();
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  await expect(app.page.getByRole('button', { name: '目录', exact: true })).toHaveAttribute('aria-expanded', 'false');
});

test('a cited 发文字号 is a link when that document is in the library', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(CHIPS);
  const strip = app.page.locator('.page-strip');
  await expect(strip).toContainText('国发〔2020〕8号');
  await expect(strip.getByRole('link')).toHaveCount(0);

  await app.importFiles([citedNotice()]);
  await app.waitForImportSummary();
  const link = strip.getByRole('link', { name: '国发〔2020〕8号' });
  await expect(link).toBeVisible();
  // Only the cited number in the library is a link; 济政发〔2018〕13号 is not imported.
  await expect(strip.getByRole('link')).toHaveCount(1);
  await link.click();
  await app.waitForReader(CITED_NOTICE_TITLE);
  await expect(app.page.locator('.page-strip .b-docNumber')).toHaveText('国发〔2020〕8号');
});

test('dark and sepia themes recolour the page', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  const sheetColour = () => app.page.locator('.sheet').evaluate((element) => getComputedStyle(element).backgroundColor);
  const light = await sheetColour();
  await app.page.getByRole('combobox', { name: '主题' }).selectOption({ label: '护眼' });
  await expect.poll(sheetColour).not.toBe(light);
  const sepia = await sheetColour();
  await app.page.getByRole('combobox', { name: '主题' }).selectOption({ label: '夜间' });
  await expect.poll(sheetColour).not.toBe(sepia);
  await app.page.screenshot({ path: 'tests/artifacts/reader-dark.png' });
});
