import { test, expect } from './support/fixtures';
import { SAMPLE_DOCUMENTS, SAMPLE_ISSUE, citedNotice } from './support/sampleGazette';

test('the library groups issues by year and lists each document with its 文号 and 成文日期', async ({ app }) => {
  await app.waitForLibrary();
  const library = app.library;
  await expect(library.getByRole('heading', { level: 3, name: '2022年' })).toBeVisible();
  const issue = library.getByRole('button', { name: new RegExp(`^${SAMPLE_ISSUE}`) });
  await expect(issue).toHaveAttribute('aria-expanded', 'true');
  await expect(issue).toContainText('6 篇文件');
  const documents = library.locator('.document-link');
  await expect(documents).toHaveCount(6);
  for (const [index, expected] of SAMPLE_DOCUMENTS.entries()) {
    const item = documents.nth(index);
    await expect(item.locator('.document-title')).toHaveText(expected.title);
    await expect(item).toContainText(expected.docNumber);
    await expect(item).toContainText(`成文日期 ${expected.signedOn}`);
  }
  await app.screenshot(test.info().outputPath('library.png'));
  await app.page.screenshot({ path: 'tests/artifacts/library.png' });

  // Collapsing the issue hides its documents.
  await issue.click();
  await expect(issue).toHaveAttribute('aria-expanded', 'false');
  await expect(documents).toHaveCount(0);
});

test('an issue whose year is unknown is listed after the dated ones', async ({ app }) => {
  await app.waitForLibrary();
  await app.importFiles([citedNotice()]);
  await app.waitForImportSummary();
  await expect(app.library.getByRole('heading', { level: 3 })).toHaveText(['2022年', '年份不详']);
});

test('typing narrows the library to the matching documents', async ({ app }) => {
  await app.waitForLibrary();
  const filter = app.library.getByRole('searchbox', { name: '筛选公报库' });
  const documents = app.library.locator('.document-title');

  await filter.fill('预案');
  await expect(documents).toHaveText([SAMPLE_DOCUMENTS[3].title]);

  // The 文号 matches however its brackets are typed.
  await filter.fill('济政办字[2022]25号');
  await expect(documents).toHaveText([SAMPLE_DOCUMENTS[4].title]);

  await filter.fill('办公厅');
  await expect(documents).toHaveCount(4);

  await filter.fill('不存在的公报');
  await expect(documents).toHaveCount(0);
  await expect(app.library).toContainText('公报库中没有与“不存在的公报”相符的文件。');

  await filter.fill('');
  await expect(documents).toHaveCount(6);
});

test('removing an issue asks first, in the window, and can be cancelled', async ({ app }) => {
  await app.waitForLibrary();
  const remove = app.library.getByRole('button', { name: `移除 ${SAMPLE_ISSUE}` });
  await remove.click();
  const confirm = app.library.getByRole('group', { name: `移除 ${SAMPLE_ISSUE}` });
  await expect(confirm).toContainText(`确定从公报库移除“${SAMPLE_ISSUE}”？`);
  await expect(confirm.getByRole('button', { name: '确定移除' })).toBeFocused();
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toBeHidden();
  await expect(app.library.locator('.document-link')).toHaveCount(6);

  // An open document closes with its issue.
  await app.openDocument(SAMPLE_DOCUMENTS[0].title);
  await remove.click();
  await confirm.getByRole('button', { name: '确定移除' }).click();
  await expect(app.library).toContainText('还没有导入公报。');
  await expect(app.page.locator('.page-strip')).toHaveCount(0);
  // And it stays removed after a reload.
  await app.page.reload();
  await app.waitUntilReady();
  await expect(app.library).toContainText('还没有导入公报。');
});
