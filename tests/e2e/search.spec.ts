import { test, expect } from './support/fixtures';
import { LONGEST_TITLE, SAMPLE_DOCUMENTS, SAMPLE_ISSUE } from './support/sampleGazette';

const SOIL = SAMPLE_DOCUMENTS[0];

test('results appear as you type, with 文号, issue, date and marked snippets', async ({ app }) => {
  await app.waitForLibrary();
  await app.search('土壤普查');
  const results = app.searchResults;
  await expect(results.getByRole('listitem').filter({ has: app.page.locator('.hit-title') })).toHaveCount(1);
  const hit = results.locator('.hit').first();
  await expect(hit.locator('.hit-title')).toHaveText(SOIL.title);
  await expect(hit.locator('.hit-meta')).toHaveText(`${SOIL.docNumber} · ${SAMPLE_ISSUE} · ${SOIL.signedOn}`);
  const marks = hit.locator('.snippet mark');
  await expect(marks.first()).toHaveText('土壤普查');
  expect(await marks.count()).toBeGreaterThan(1);
  // The library gives way to the results, and comes back when the box is emptied (Escape).
  await expect(app.library).toHaveCount(0);

  // Choosing a snippet opens the document on the page of that hit, with the hit highlighted.
  await hit.locator('.snippet').nth(1).click();
  await app.waitForReader(SOIL.title);
  const current = app.page.locator('.page-strip mark.hit-current');
  await expect(current).toHaveText('土壤普查');
  await expect.poll(() => app.isOnShownPage(current)).toBe(true);
  const status = app.page.locator('.hit-status');
  await expect(status).toHaveText(/^第 \d+ \/ \d+ 处$/);
  const [, index, total] = /第 (\d+) \/ (\d+) 处/.exec((await status.textContent()) ?? '') ?? [];
  // The fixture prints 土壤普查 on at least eleven lines of this document.
  expect(Number(total)).toBeGreaterThanOrEqual(11);
  await app.page.screenshot({ path: 'tests/artifacts/search.png' });
  await app.screenshot(test.info().outputPath('search.png'));

  // 下一处 / 上一处 step through this query's hits in the document.
  await app.page.getByRole('button', { name: '下一处' }).click();
  await expect(status).toHaveText(`第 ${Number(index) + 1} / ${total} 处`);
  await expect.poll(() => app.isOnShownPage(current)).toBe(true);
  await app.page.getByRole('button', { name: '上一处' }).click();
  await expect(status).toHaveText(`第 ${index} / ${total} 处`);
  for (let step = 0; step < Number(total); step++) await app.page.getByRole('button', { name: '下一处' }).click();
  await expect(status).toHaveText(`第 ${index} / ${total} 处`);
  await expect.poll(() => app.isOnShownPage(current)).toBe(true);

  await app.searchBox.press('Escape');
  await expect(app.searchBox).toHaveValue('');
  await expect(app.library.locator('.document-link')).toHaveCount(6);
});

test('the year, 发文机关 and 文种 filters narrow the results', async ({ app }) => {
  await app.waitForLibrary();
  const filters = app.page.getByRole('group', { name: '搜索筛选' });
  const titles = app.searchResults.locator('.hit-title');

  await filters.getByRole('combobox', { name: '文种' }).selectOption('意见');
  await expect(titles).toHaveCount(2);
  expect((await titles.allTextContents()).sort()).toEqual(
    [SAMPLE_DOCUMENTS[1].title, SAMPLE_DOCUMENTS[2].title].sort(),
  );

  await filters.getByRole('combobox', { name: '发文机关' }).selectOption('济南市人民政府办公厅');
  await expect(titles).toHaveText([SAMPLE_DOCUMENTS[2].title]);

  await filters.getByRole('combobox', { name: '年份' }).selectOption('2022');
  await expect(titles).toHaveText([SAMPLE_DOCUMENTS[2].title]);

  // Words and filters together: 预案 is not an 意见 of the 办公厅.
  await app.searchBox.fill('药品安全事件应急预案');
  await expect(app.page.locator('.search-results')).toContainText('没有找到');
  await filters.getByRole('combobox', { name: '文种' }).selectOption('');
  await filters.getByRole('combobox', { name: '发文机关' }).selectOption('');
  await expect(titles.first()).toHaveText(SAMPLE_DOCUMENTS[3].title);
});

test('an empty result says so and suggests what to try', async ({ app }) => {
  await app.waitForLibrary();
  await app.search('量子计算机');
  const results = app.page.locator('.search-results');
  await expect(results).toContainText('没有找到与“量子计算机”相符的文件。');
  await expect(results).toContainText('可以试试');
  await expect(app.searchResults.locator('.hit')).toHaveCount(0);

  // The index's own hint about the query is shown too.
  await app.search('年份:二〇二二');
  await expect(results).toContainText('四位数字的年份');
});

test('Ctrl+F focuses the search box from anywhere', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL.title);
  await app.page.locator('.sheet').click();
  await app.page.keyboard.press('Control+f');
  await expect(app.searchBox).toBeFocused();
});

test('Ctrl+O opens the import file picker, from the page itself', async ({ app }) => {
  await app.waitForLibrary();
  await app.page.locator('.app-main').click();
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.keyboard.press('Control+o');
  expect((await chooser).isMultiple()).toBe(true);
});

test('a 文号 search opens on the 文号 in the reader, as the result list marks it', async ({ app }) => {
  await app.waitForLibrary();
  await app.search('文号:济政发[2022]7号');
  const hit = app.searchResults.locator('.hit').first();
  await expect(hit.locator('.hit-title')).toHaveText(SOIL.title);
  await expect(hit.locator('.snippet mark').first()).toHaveText(SOIL.docNumber);
  await hit.locator('.hit-title').click();
  await app.waitForReader(SOIL.title);
  await expect(app.page.locator('.hit-status')).toHaveText(/^第 1 \/ \d+ 处$/);
  await expect(app.page.locator('.page-strip mark.hit-current')).toHaveText(SOIL.docNumber);
});

test('searching within the open document steps through its hits', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  const find = app.page.getByRole('searchbox', { name: '在本文中查找' });
  const status = app.page.locator('.hit-status');
  const current = app.page.locator('.page-strip mark.hit-current');

  await find.fill('碳达峰');
  await expect(status).toHaveText(/^第 1 \/ \d+ 处$/);
  const total = Number(/\/ (\d+) 处/.exec((await status.textContent()) ?? '')?.[1]);
  // The fixture prints 碳达峰 on twelve lines of the 规划.
  expect(total).toBeGreaterThanOrEqual(12);
  await expect(current).toHaveText('碳达峰');
  await expect.poll(() => app.isOnShownPage(current)).toBe(true);
  await find.press('Enter');
  await expect(status).toHaveText(`第 2 / ${total} 处`);
  await expect.poll(() => app.isOnShownPage(current)).toBe(true);
  await find.press('Shift+Enter');
  await expect(status).toHaveText(`第 1 / ${total} 处`);
  // Every hit is marked, not only the current one.
  await expect(app.page.locator('.page-strip mark.hit')).toHaveCount(total);

  // Full-width and half-width forms are one: the 文号 is found however it is typed.
  await find.fill('济政办字[2022]25号');
  await expect(status).toHaveText('第 1 / 1 处');
  await expect(current).toHaveText('济政办字〔2022〕25号');

  await find.fill('量子计算机');
  await expect(status).toHaveText('本文中没有找到');
  await expect(app.page.getByRole('button', { name: '下一处' })).toBeDisabled();
});
