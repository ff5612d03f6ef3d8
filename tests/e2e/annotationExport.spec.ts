/**
 * 导出批注 and 导入批注 in the window, through the real renderer and the real store: the dialog's scope, format and
 * count, the downloaded Markdown's content, a tag's JSON carried into a second profile, a malformed file refused
 * with nothing changed, the dialog's keyboard and accessibility, and its screenshot at 1366×768.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { GazetteApp } from './support/gazetteApp';
import { SAMPLE_DOCUMENTS } from './support/sampleGazette';

const SOIL = SAMPLE_DOCUMENTS[0];
const RESULTS = 'test-results';

interface Planned {
  quote: string;
  color: 'yellow' | 'red';
  note: string | null;
  tags: string[];
}

const PLANNED: Planned[] = [
  { quote: '全面掌握土壤资源情况', color: 'yellow', note: '摸清家底，按期完成', tags: ['普查', '待办'] },
  { quote: '现将我市第三次土壤普查', color: 'red', note: null, tags: ['普查'] },
];

/** A Lexical state of one paragraph, as the note editor saves it. */
const lexicalNote = (text: string): string =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] }],
    },
  });

/** Highlights, notes and tags made through the API the window uses, then the reader opened on the document. */
async function annotateSoil(app: GazetteApp): Promise<void> {
  await app.waitForLibrary();
  const planned = PLANNED.map((item) => ({ ...item, editorState: item.note && lexicalNote(item.note) }));
  await app.page.evaluate(
    async ([title, items]) => {
      const issues = await window.gazette.listIssues();
      if (!issues.ok) throw new Error('no library');
      const doc = issues.value.flatMap((issue) => issue.documents).find((d) => d.title === title);
      if (!doc) throw new Error(`no ${title}`);
      const opened = await window.gazette.getDocument({ docId: doc.id });
      if (!opened.ok) throw new Error('not opened');
      const text = opened.value.document.blocks.map((block) => block.text).join('\n');
      for (const item of items) {
        const start = text.indexOf(item.quote);
        if (start < 0) throw new Error(`no “${item.quote}”`);
        const made = await window.gazette.createAnnotation({
          docId: doc.id,
          range: { start, end: start + item.quote.length },
          color: item.color,
          style: 'highlight',
          note: item.note === null ? null : { version: 1, editorState: item.editorState ?? '', text: item.note },
        });
        if (!made.ok) throw new Error(made.error.message);
        const tagged = await window.gazette.updateAnnotation({ id: made.value.id, tags: item.tags });
        if (!tagged.ok) throw new Error(tagged.error.message);
      }
    },
    [SOIL.title, planned] as const,
  );
  await app.openDocument(SOIL.title);
}

const marks = (app: GazetteApp) => app.page.locator('.page-strip mark.hl');
const exportDialog = (app: GazetteApp) => app.page.getByRole('dialog', { name: '导出批注' });

async function openExportDialog(app: GazetteApp): Promise<void> {
  await app.page.getByRole('button', { name: '批注', exact: true }).click();
  await app.page.getByRole('button', { name: '导出批注' }).click();
  await exportDialog(app).waitFor();
}

async function exportAndDownload(app: GazetteApp): Promise<{ download: Download; content: string }> {
  const downloaded = app.page.waitForEvent('download');
  await exportDialog(app).getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloaded;
  const path = await download.path();
  await expect(exportDialog(app).getByRole('status')).toContainText('已导出');
  return { download, content: readFileSync(path, 'utf8') };
}

async function switchProfile(app: GazetteApp, name: string): Promise<void> {
  const footer = app.page.getByRole('contentinfo');
  await footer.getByRole('button', { name: '切换用户' }).click();
  await footer.getByRole('textbox').fill(name);
  await footer.getByRole('button', { name: '创建并切换' }).click();
  await app.waitForLibrary();
  await expect(footer.locator('.profile-name')).toHaveText(name);
}

async function importAnnotationFile(app: GazetteApp, name: string, content: string | Buffer): Promise<void> {
  await app.page
    .locator('.panel-actions input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

const liveCount = (app: GazetteApp): Promise<number> =>
  app.page.evaluate(async () => {
    const listed = await window.gazette.listAllAnnotations({});
    if (!listed.ok) throw new Error(listed.error.message);
    return listed.value.total;
  });

test('export the current document as Markdown: heading with 文号, quotes with pages, the note and tags', async ({
  app,
}) => {
  await annotateSoil(app);
  await openExportDialog(app);
  const dialog = exportDialog(app);
  await expect(dialog.getByRole('radio', { name: `当前文件《${SOIL.title}》` })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Markdown' })).toBeChecked();
  await expect(dialog.getByRole('status')).toHaveText('将导出 2 条批注');
  await dialog.getByRole('radio', { name: '全部批注' }).check();
  await expect(dialog.getByRole('status')).toHaveText('将导出 2 条批注');
  await dialog.getByRole('radio', { name: `当前文件《${SOIL.title}》` }).check();

  const { download, content } = await exportAndDownload(app);
  expect(download.suggestedFilename()).toMatch(/^批注-济政发〔2022〕7号-\d{4}-\d{2}-\d{2}\.md$/u);
  const lines = content.split('\n');
  expect(lines[0]).toBe(`# 《${SOIL.title}》的批注`);
  expect(content).toContain(`## ${SOIL.title}\n\n${SOIL.docNumber} · `);
  // Each quote is a blockquote, followed by its page, colour and day, then its note and tags.
  expect(content).toMatch(
    /\n> 全面掌握土壤资源情况\n\n第 \S+ 页 · 黄色 · \d{4}-\d{2}-\d{2}\n\n摸清家底，按期完成\n\n标签：普查、待办\n/u,
  );
  expect(content).toMatch(/\n> 现将我市第三次土壤普查\n\n第 \S+ 页 · 红色 · \d{4}-\d{2}-\d{2}\n\n标签：普查\n/u);
  // In reading order: the purpose (全面掌握…) is stated before the notice's 现将我市… sentence.
  expect(content.indexOf('> 全面掌握')).toBeLessThan(content.indexOf('> 现将我市'));
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});

test('export a tag as JSON, import it into a second profile; a malformed file changes nothing', async ({ app }) => {
  await annotateSoil(app);
  await openExportDialog(app);
  const dialog = exportDialog(app);
  await dialog.getByRole('radio', { name: '某个标签' }).check();
  await dialog.getByRole('combobox', { name: '要导出的标签' }).selectOption('待办');
  await expect(dialog.getByRole('status')).toHaveText('将导出 1 条批注');
  await dialog.getByRole('radio', { name: 'JSON 备份/迁移' }).check();
  const { download, content } = await exportAndDownload(app);
  expect(download.suggestedFilename()).toMatch(/^批注-标签-待办-\d{4}-\d{2}-\d{2}\.json$/u);
  const file = JSON.parse(content) as {
    total: number;
    first: { items: { target: { selector: { exact?: string }[] } }[] };
  };
  expect(file.total).toBe(1);
  expect(file.first.items[0]?.target.selector[0]?.exact).toBe('全面掌握土壤资源情况');
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await switchProfile(app, '乙');
  await app.openDocument(SOIL.title);
  await expect(marks(app)).toHaveCount(0);
  await app.page.getByRole('button', { name: '批注', exact: true }).click();
  await importAnnotationFile(app, download.suggestedFilename(), content);
  const report = app.page.getByRole('dialog', { name: '导入批注' });
  await expect(report.getByRole('status')).toContainText('新增 1 条批注');
  await report.getByRole('button', { name: '关闭' }).click();
  await expect(report).toBeHidden();
  // The imported highlight is on the page and in the panel, with its note and tags, without a reload.
  await expect.poll(() => marks(app).allTextContents()).toEqual(['全面掌握土壤资源情况']);
  const entry = app.page.getByRole('region', { name: '批注' }).locator('.annotation-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('摸清家底');
  await expect(entry.locator('.tag')).toHaveText(['普查', '待办']);

  // A truncated file: the backend's reason, and the profile keeps exactly what it had.
  await importAnnotationFile(app, '批注-截断.json', content.slice(0, content.length / 2));
  await expect(report.getByRole('alert')).toContainText('文件不完整或不是有效的 JSON');
  await expect(report.getByRole('alert')).toContainText('现有批注保持不变');
  await report.getByRole('button', { name: '关闭' }).click();
  expect(await liveCount(app)).toBe(1);
  // Another program's JSON is refused the same way.
  await importAnnotationFile(app, 'other.json', JSON.stringify({ hello: 'world' }));
  await expect(report.getByRole('alert')).toContainText('不是公报阅读器导出的批注文件');
  await report.getByRole('button', { name: '关闭' }).click();
  expect(await liveCount(app)).toBe(1);
  await expect(marks(app)).toHaveCount(1);
});

test('the export dialog: nothing to export, keyboard only, Esc, axe, and its screenshot at 1366×768', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await app.waitForLibrary();
  await app.openDocument(SAMPLE_DOCUMENTS[1].title);
  await openExportDialog(app);
  const dialog = exportDialog(app);
  await expect(dialog.getByRole('status')).toHaveText('这个范围里没有批注，没有可导出的内容。');
  await expect(dialog.getByRole('button', { name: '导出', exact: true })).toBeDisabled();
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus goes back to the button that opened it.
  await expect(app.page.getByRole('button', { name: '导出批注' })).toBeFocused();

  await annotateSoil(app);
  await openExportDialog(app);
  await expect(dialog.getByRole('radio', { name: /^当前文件/ })).toBeFocused();
  await expect(dialog.getByRole('status')).toHaveText('将导出 2 条批注');
  // Tab goes round the dialog's five stops (scope, tag, format, 取消, 导出) and never leaves it.
  const stops: string[] = [];
  for (let i = 0; i < 10; i++) {
    await app.page.keyboard.press('Tab');
    stops.push(
      await app.page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest('dialog') ? (active.getAttribute('aria-label') ?? active.textContent) : 'outside';
      }),
    );
  }
  expect(stops).not.toContain('outside');
  expect(stops.filter((stop) => stop === '导出')).toHaveLength(2);
  // Arrow keys move through the formats; the choice shows at once.
  await dialog.getByRole('radio', { name: 'Markdown' }).focus();
  await app.page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'HTML 打印稿' })).toBeChecked();
  await app.page.keyboard.press('ArrowUp');

  const axe = await new AxeBuilder({ page: app.page }).include('.export-dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  mkdirSync(RESULTS, { recursive: true });
  await app.page.screenshot({ path: `${RESULTS}/export-dialog.png` });
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
