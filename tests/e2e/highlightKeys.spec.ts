/**
 * Highlights on the page from the keyboard: Tab reaches the page's highlights as one stop (a roving tabindex),
 * ↓ / ↑ move between them, Enter opens one, each announces its colour and the start of its note, and focus comes
 * back to it when its popover closes.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { annotate, lexicalNote } from './support/annotateByApi';
import { SAMPLE_DOCUMENTS } from './support/sampleGazette';

const SOIL = SAMPLE_DOCUMENTS[0].title;

test('Tab reaches the highlights of the page as one stop; ↓ / ↑ move between them and Enter opens one', async ({
  app,
}) => {
  await app.waitForLibrary();
  const [first, second] = await annotate(app, SOIL, [
    {
      quote: '为贯彻落实国家、省关于组织开展第三次土壤普查的工作部署',
      color: 'yellow',
      style: 'highlight',
      note: lexicalNote('核对', '普查时间表'),
    },
    { quote: '全面掌握土壤资源情况', color: 'green', style: 'underline', note: null },
  ]);
  await app.openDocument(SOIL);
  await app.page.getByRole('button', { name: '目录', exact: true }).click();
  const focused = app.page.locator(':focus');
  const controls = app.page.locator('.page-strip mark[role="button"]');
  await expect(controls).toHaveCount(2);
  await expect(app.page.locator('.page-strip mark[tabindex="0"]')).toHaveCount(1);

  // From the last control of the toolbar, Tab lands on the page's first highlight, which says what it is.
  await app.page.getByRole('combobox').filter({ hasText: '明亮' }).focus();
  await app.page.keyboard.press('Tab');
  await expect(focused).toHaveAttribute('data-annotation-id', first ?? '');
  await expect(focused).toHaveAccessibleName(/^黄色划线：为贯彻落实国家.*批注：核对普查时间表/);

  await app.page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAttribute('data-annotation-id', second ?? '');
  await expect(focused).toHaveAccessibleName(/^绿色下划线：全面掌握土壤资源情况。没有批注/);
  await app.page.keyboard.press('ArrowUp');
  await expect(focused).toHaveAttribute('data-annotation-id', first ?? '');
  // Space on a highlight opens it rather than turning the page.
  await app.page.keyboard.press(' ');
  const popover = app.page.getByRole('dialog', { name: '批注' });
  await expect(popover).toBeVisible();
  expect((await app.pageNumbers()).page).toBe(1);
  await app.page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(focused).toHaveAttribute('data-annotation-id', first ?? '');

  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('button', { name: /绿色/, pressed: true })).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(focused).toHaveAttribute('data-annotation-id', second ?? '');

  const results = await new AxeBuilder({ page: app.page }).include('.sheet').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // One stop: the next Tab leaves the page's highlights.
  await app.page.keyboard.press('Tab');
  await expect(focused).not.toHaveAttribute('data-annotation-id', /.+/);

  // On the next page the highlights of page 1 are out of the tab order.
  await app.page.keyboard.press('PageDown');
  await app.waitForPage(2);
  await expect(app.page.locator('.page-strip mark[tabindex]')).toHaveCount(0);
});
