import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import type { GazetteApp } from './support/gazetteApp';
import { LONGEST_TITLE, SAMPLE_DOCUMENTS } from './support/sampleGazette';

async function violations(app: GazetteApp): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

test('the library, reader and search views pass axe-core', async ({ app }) => {
  await app.waitForLibrary();
  expect(await violations(app), 'library').toEqual([]);

  await app.openDocument(LONGEST_TITLE);
  expect(await violations(app), 'reader').toEqual([]);

  await app.search('绿色低碳');
  expect(await violations(app), 'search').toEqual([]);

  await app.page.getByRole('combobox', { name: '主题' }).selectOption({ label: '夜间' });
  expect(await violations(app), 'reader, dark theme').toEqual([]);
  await app.page.getByRole('combobox', { name: '主题' }).selectOption({ label: '护眼' });
  expect(await violations(app), 'reader, sepia theme').toEqual([]);
});

test('the landmarks and controls carry their Chinese names', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SAMPLE_DOCUMENTS[0].title);
  const page = app.page;
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
  await expect(page.getByRole('search', { name: '全文搜索' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: '全文搜索' })).toBeVisible();
  await expect(page.getByRole('button', { name: '导入公报' })).toBeVisible();
  await expect(page.getByRole('button', { name: '上一页' })).toBeVisible();
  await expect(page.getByRole('button', { name: '下一页' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^第 1 \/ \d+ 页/ })).toBeVisible();
});

test('everything is reachable with the keyboard, with a visible focus ring', async ({ app }) => {
  await app.waitForLibrary();
  const page = app.page;
  // From the top of the window, Tab reaches 导入公报 and then the search box.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '导入公报' })).toBeFocused();
  const outline = await page
    .getByRole('button', { name: '导入公报' })
    .evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');

  // Open a document with the keyboard alone: Tab to it in the library, Enter.
  const target = app.library.getByRole('button', { name: new RegExp(`^${SAMPLE_DOCUMENTS[1].title}`) });
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await app.waitForReader(SAMPLE_DOCUMENTS[1].title);
  await page.keyboard.press('ArrowRight');
  await app.waitForPage(2);

  // The 目录 entries are buttons in the tab order; Enter on one turns to its page.
  const entry = app.toc.getByRole('button', { name: '三、重点任务', exact: true });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(entry).toHaveAttribute('aria-current', 'location');
});
