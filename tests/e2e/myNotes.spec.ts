/**
 * 我的批注 through the real renderer and store: tags given in the popover (the second one from its autocomplete),
 * the view opened with Ctrl+Shift+A, filtered by the tag, searched in the notes with the hit marked, a row opening
 * its document at the flashing highlight, delete then 恢复 from the 回收站, a tag renamed with its confirmation,
 * axe on the view, a screenshot at 1366×768; then the empty states and 清空回收站 behind its confirmation.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import type { GazetteApp } from './support/gazetteApp';
import { highlightWith, marks, selectText } from './support/annotating';
import { SAMPLE_DOCUMENTS } from './support/sampleGazette';

const SOIL = SAMPLE_DOCUMENTS[0].title;
const SHOT = 'test-results/mynotes.png';
const SEARCH_SHOT = 'test-results/mynotes-search.png';

const popover = (app: GazetteApp) => app.page.getByRole('dialog', { name: '批注' });
const view = (app: GazetteApp) => app.page.getByRole('region', { name: '我的批注' });
const status = (app: GazetteApp) => view(app).locator('.my-notes-status [role="status"]');

/** Opens the popover of the highlight whose text is `text`. */
async function openHighlight(app: GazetteApp, text: string): Promise<void> {
  await marks(app).filter({ hasText: text }).first().click();
  await popover(app).waitFor();
}

test('我的批注: tag with autocomplete, filter by tag, search notes, open, 回收站 restore, rename a tag', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await app.waitForLibrary();
  await app.openDocument(SOIL);

  // The first highlight gets a note and a new tag typed in full.
  await selectText(app, '全面掌握土壤资源情况');
  await highlightWith(app, '黄');
  await openHighlight(app, '全面掌握土壤资源情况');
  await popover(app).getByRole('textbox', { name: '笔记' }).click();
  await app.page.keyboard.type('本周需要上报普查进度');
  await expect(popover(app).getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const tagBox = popover(app).getByRole('combobox', { name: '添加标签' });
  await tagBox.fill('土壤普查');
  await tagBox.press('Enter');
  await expect(popover(app).locator('.tag').filter({ hasText: '土壤普查' })).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(popover(app)).toBeHidden();

  // The second takes the same tag from the autocomplete: typed in part, chosen with ↓ and Enter.
  await selectText(app, '组织开展第');
  await highlightWith(app, '绿');
  await openHighlight(app, '组织开展第');
  await popover(app).getByRole('combobox', { name: '添加标签' }).fill('土壤');
  const suggestion = popover(app).getByRole('option', { name: /土壤普查/ });
  await expect(suggestion).toBeVisible();
  await popover(app).getByRole('combobox', { name: '添加标签' }).press('ArrowDown');
  await expect(suggestion).toHaveAttribute('aria-selected', 'true');
  await popover(app).getByRole('combobox', { name: '添加标签' }).press('Enter');
  await expect(popover(app).locator('.tag-list .tag')).toHaveText(['土壤普查×']);
  await app.page.keyboard.press('Escape');

  // A third, untagged, so that the tag filter has something to leave out.
  await selectText(app, '各区县人民政府');
  await highlightWith(app, '红');

  await app.page.keyboard.press('Control+Shift+A');
  await expect(view(app)).toBeVisible();
  await expect(view(app).getByRole('searchbox', { name: '搜索批注' })).toBeFocused();
  await expect(status(app)).toHaveText('共 3 条批注');
  await expect(view(app).locator('.my-notes-group-title').first()).toContainText(`${SOIL}（济政发〔2022〕7号）`);
  await app.page.screenshot({ path: SHOT });

  await view(app).getByRole('button', { name: '土壤普查 2 条' }).click();
  await expect(status(app)).toHaveText('共 2 条批注');
  await expect(view(app).locator('.my-note-quote')).toHaveText(['组织开展第', '全面掌握土壤资源情况']);
  await view(app).getByRole('button', { name: '土壤普查 2 条' }).click();
  await expect(status(app)).toHaveText('共 3 条批注');

  await view(app).getByRole('searchbox', { name: '搜索批注' }).fill('上报');
  await expect(status(app)).toHaveText('共 1 条批注');
  await expect(view(app).locator('.my-note-text mark')).toHaveText(['上报']);
  await app.page.screenshot({ path: SEARCH_SHOT });
  const axe = await new AxeBuilder({ page: app.page }).include('.my-notes').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Enter on the row opens the document at the highlight, which flashes.
  await view(app).locator('button.my-note').first().focus();
  await app.page.keyboard.press('Enter');
  await expect(view(app)).toBeHidden();
  await expect(app.page.locator('mark.hl-flash')).toHaveText('全面掌握土壤资源情况');

  // Delete the red one in the reader; it waits in the 回收站 with its dates, and 恢复 brings it back to the page.
  await openHighlight(app, '各区县人民政府');
  await popover(app).getByRole('button', { name: '删除', exact: true }).click();
  await expect(marks(app).filter({ hasText: '各区县人民政府' })).toHaveCount(0);
  await app.page.getByRole('button', { name: '我的批注' }).click();
  // The view kept its search while it was closed.
  await expect(view(app).getByRole('searchbox', { name: '搜索批注' })).toHaveValue('上报');
  await view(app).getByRole('searchbox', { name: '搜索批注' }).fill('');
  await view(app).getByRole('button', { name: '回收站' }).click();
  await expect(status(app)).toHaveText('回收站中有 1 条批注');
  await expect(view(app).locator('.my-note-meta')).toContainText(/删除，将于.*永久删除/u);
  await view(app).getByRole('button', { name: '恢复批注：各区县人民政府' }).click();
  await expect(view(app).getByText('已恢复，批注回到原文件中。')).toBeVisible();
  await expect(view(app).getByText('回收站是空的。', { exact: false })).toBeVisible();
  await view(app).getByRole('button', { name: '返回阅读' }).click();
  await expect(marks(app).filter({ hasText: '各区县人民政府' })).toHaveCount(1);

  // Rename the tag everywhere, after a confirmation that says how many annotations change.
  await app.page.keyboard.press('Control+Shift+A');
  await view(app).getByRole('button', { name: '全部批注' }).click();
  await view(app).getByRole('button', { name: '重命名或合并标签“土壤普查”' }).click();
  await view(app).getByRole('combobox', { name: '新名称（填已有标签即合并）' }).fill('普查督办');
  await view(app).getByRole('button', { name: '确定', exact: true }).click();
  await expect(view(app).locator('.tag-rename .confirm p')).toHaveText(
    '将把 2 条批注上的标签“土壤普查”改为“普查督办”。',
  );
  await view(app).getByRole('button', { name: '确定修改' }).click();
  await expect(view(app).getByText('已修改 2 条批注。')).toBeVisible();
  await expect(view(app).getByRole('button', { name: '普查督办 2 条' })).toBeVisible();
  await view(app).getByRole('searchbox', { name: '搜索批注' }).fill('标签:普查督办');
  await expect(status(app)).toHaveText('共 2 条批注');
});

test('我的批注 empty states, and 清空回收站 only after its confirmation', async ({ app }) => {
  await app.waitForLibrary();
  await app.page.getByRole('button', { name: '我的批注' }).click();
  await expect(view(app).getByText(/^还没有批注。/u)).toBeVisible();
  await view(app).getByRole('button', { name: '返回阅读' }).click();

  await app.page.evaluate(async () => {
    const issues = await window.gazette.listIssues();
    const docId = issues.ok ? (issues.value[0]?.documents[0]?.id ?? '') : '';
    for (const start of [0, 10]) {
      const made = await window.gazette.createAnnotation({
        docId,
        range: { start, end: start + 4 },
        color: 'blue',
        style: 'highlight',
        note: null,
      });
      if (made.ok) await window.gazette.deleteAnnotation({ id: made.value.id });
    }
  });
  await app.page.keyboard.press('Control+Shift+A');
  await expect(view(app).getByText(/^还没有批注。/u)).toBeVisible();
  await view(app).getByRole('searchbox', { name: '搜索批注' }).fill('没有这样的词');
  await expect(view(app).getByText(/^没有符合条件的批注。/u)).toBeVisible();
  await view(app).getByRole('searchbox', { name: '搜索批注' }).fill('');
  await view(app).getByRole('button', { name: '回收站' }).click();
  await expect(status(app)).toHaveText('回收站中有 2 条批注');
  await view(app).getByRole('button', { name: '清空回收站' }).click();
  const confirm = view(app).getByRole('group', { name: '清空回收站' });
  await expect(confirm).toContainText('确定永久删除回收站中的 2 条批注？此操作无法撤销。');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(status(app)).toHaveText('回收站中有 2 条批注');
  await view(app).getByRole('button', { name: '清空回收站' }).click();
  await confirm.getByRole('button', { name: '永久删除' }).click();
  await expect(view(app).getByText('已永久删除 2 条批注。')).toBeVisible();
  await expect(view(app).getByText(/^回收站是空的。/u)).toBeVisible();
});
