/**
 * Highlights and notes in the reader, through the real renderer and the real annotation store: selecting and
 * marking, overlaps, page boundaries, notes that survive a reload, delete with 撤销, orphans after a changed source
 * is re-imported, profiles, accessibility, and screenshots of the toolbar, a page of colours and the panel.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import type { GazetteApp } from './support/gazetteApp';
import { highlightWith, marks, selectText, toolbar } from './support/annotating';
import { LONGEST_TITLE, SAMPLE_DOCUMENTS, sampleText, textFile } from './support/sampleGazette';

const SOIL = SAMPLE_DOCUMENTS[0].title;
const ARTIFACTS = 'tests/artifacts';

/** The text of each highlight on the page, by annotation id, in document order. */
async function highlightTexts(app: GazetteApp): Promise<Record<string, string>> {
  return app.page.evaluate(() => {
    const texts: Record<string, string> = {};
    for (const mark of document.querySelectorAll<HTMLElement>('.page-strip mark.hl')) {
      const id = mark.dataset.annotationId ?? '';
      // Only the outermost mark of each id per segment adds text: nested marks of the same id do not occur.
      texts[id] = (texts[id] ?? '') + mark.textContent;
    }
    return texts;
  });
}

async function reopen(app: GazetteApp, title: string): Promise<void> {
  await app.page.reload();
  await app.waitForLibrary();
  await app.openDocument(title);
}

function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

test('select → highlight → reload: the highlight is still there, on the same characters', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  const passage = '全面掌握土壤资源情况';
  await selectText(app, passage);
  await toolbar(app).screenshot({ path: artifact('toolbar.png') });
  await app.page.screenshot({ path: artifact('toolbar-in-page.png') });

  // The toolbar is reached with Tab, and 1 picks yellow.
  await app.page.keyboard.press('Tab');
  expect(await toolbar(app).evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await app.page.keyboard.press('1');
  await expect.poll(async () => Object.values(await highlightTexts(app))).toEqual([passage]);
  await expect(toolbar(app)).toBeHidden();
  expect(await marks(app).first().getAttribute('class')).toContain('hl-yellow');

  await reopen(app, SOIL);
  await expect.poll(async () => Object.values(await highlightTexts(app))).toEqual([passage]);
});

/** 国办发〔2018〕126号 from the gov.cn corpus: its 推广清单 is a table (see tests/unit/gazette/tables.test.ts). */
function tablePage(): { name: string; mimeType: string; buffer: Buffer } {
  const line = readFileSync(join('tests/fixtures/corpus', 'govcn_state-council_60docs.jsonl'), 'utf8').split('\n')[9];
  const { html } = JSON.parse(line ?? '') as { html: string };
  return { name: '国办发2018-126.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') };
}

test('a selection inside a table cell, and one across cells, map to the exact canonical characters', async ({
  app,
}) => {
  await app.waitForLibrary();
  await app.importFiles([tablePage()]);
  await app.waitForImportSummary();
  await app.library
    .getByRole('button', { name: /推广第二批支持创新相关改革举措/ })
    .first()
    .click();
  await app.page.locator('.page-strip').waitFor();
  // Find the passage in the document and step to its hit inside the table, to turn to the table's page.
  const inCell = '刑事、行政案件';
  const find = app.page.getByRole('searchbox', { name: '在本文中查找' });
  await find.fill(inCell);
  const current = app.page.locator('mark.hit-current');
  await expect(current).toHaveText(inCell);
  while ((await current.evaluate((mark) => mark.closest('td'))) === null) await find.press('Enter');
  expect(await app.isOnShownPage(current)).toBe(true);
  await selectText(app, inCell, '.page-strip table');
  await highlightWith(app, '蓝');
  // From the row's 序号 cell into the next cell: the canonical quote has the tab the table does not draw.
  await selectText(app, '1知识产权民事', '.page-strip table');
  await highlightWith(app, '绿');

  const quotes = await app.page.evaluate(async () => {
    const issues = await window.gazette.listIssues();
    if (!issues.ok) throw new Error('no issues');
    const doc = issues.value.flatMap((issue) => issue.documents).find((d) => d.title.includes('推广第二批'));
    const listed = await window.gazette.listAnnotations({ docId: doc?.id ?? '' });
    if (!listed.ok) throw new Error(listed.error.message);
    return listed.value.annotations.map((annotation) => annotation.anchor?.exact);
  });
  expect(quotes).toEqual(['1\t知识产权民事', inCell]);
  expect(Object.values(await highlightTexts(app))).toEqual(['1知识产权民事', inCell]);
});

test('overlapping highlights are both shown, and each one can be picked', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  await selectText(app, '全面掌握土壤资源情况');
  await highlightWith(app, '黄');
  await selectText(app, '土壤资源情况，现将');
  await highlightWith(app, '蓝');
  await selectText(app, '现将我市第三次土壤普查');
  await highlightWith(app, '绿');
  await selectText(app, '第三次土壤普查工作');
  await page(app).keyboard.press('4');
  await selectText(app, '普查工作有关事项');
  await page(app).keyboard.press('5');
  await expect.poll(async () => Object.values(await highlightTexts(app))).toHaveLength(5);
  await app.page.locator('.sheet').screenshot({ path: artifact('colours.png') });
  // The colours keep the text's contrast in all three themes, overlaps included.
  for (const theme of ['明亮', '夜间', '护眼']) {
    await app.page.getByRole('combobox', { name: '主题' }).selectOption({ label: theme });
    const contrast = await new AxeBuilder({ page: app.page })
      .include('.page-strip')
      .withRules(['color-contrast'])
      .analyze();
    expect(
      contrast.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
      theme,
    ).toEqual([]);
  }
  await app.page.getByRole('combobox', { name: '主题' }).selectOption({ label: '明亮' });

  // The overlap of yellow and blue carries both ids; a click there offers both.
  const overlap = app.page.locator('mark.hl-yellow mark.hl-blue').first();
  await expect(overlap).toHaveText('土壤资源情况');
  await overlap.click();
  const chooser = app.page.locator('.annotation-chooser');
  await expect(chooser.getByRole('button')).toHaveCount(2);
  await chooser.getByRole('button', { name: /^黄色/ }).click();
  const popover = app.page.getByRole('dialog', { name: '批注' });
  await expect(popover.getByRole('button', { name: '黄色', pressed: true })).toBeVisible();
  await page(app).keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await overlap.click();
  await chooser.getByRole('button', { name: /^蓝色/ }).click();
  await expect(popover.getByRole('button', { name: '蓝色', pressed: true })).toBeVisible();
  // Changing the colour here changes only that highlight.
  await popover.getByRole('button', { name: '紫色' }).click();
  await expect(app.page.locator('mark.hl-yellow mark.hl-purple').first()).toHaveText('土壤资源情况');
});

const page = (app: GazetteApp) => app.page;

test('a highlight across a page boundary is shown on both pages', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  // Ten characters either side of the first character drawn on page 2, wherever the text nodes break.
  const passage = await app.page.evaluate(() => {
    const strip = document.querySelector('.page-strip');
    const viewport = document.querySelector('.sheet-viewport')?.getBoundingClientRect();
    if (!strip || !viewport) throw new Error('no reader');
    const walker = document.createTreeWalker(strip, NodeFilter.SHOW_TEXT);
    const characters: [Text, number][] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (text.parentElement?.closest('.printed-page')) continue;
      for (let i = 0; i < text.data.length; i++) characters.push([text, i]);
    }
    const range = document.createRange();
    const left = (k: number): number => {
      const [node, i] = characters[k] as [Text, number];
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getClientRects()[0]?.left ?? -1;
    };
    const first = characters.findIndex((_, k) => k >= 10 && left(k) >= viewport.right);
    if (first < 0) throw new Error('one page only');
    const [startNode, startIndex] = characters[first - 10] as [Text, number];
    const [endNode, endIndex] = characters[first + 9] as [Text, number];
    range.setStart(startNode, startIndex);
    range.setEnd(endNode, endIndex + 1);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    return characters
      .slice(first - 10, first + 10)
      .map(([node, i]) => node.data[i])
      .join('');
  });
  await toolbar(app).waitFor();
  await highlightWith(app, '绿');
  const mark = marks(app);
  expect(await app.isOnShownPage(mark.first())).toBe(true);
  await app.page.keyboard.press('ArrowRight');
  await app.waitForPage(2);
  expect(await app.isOnShownPage(mark.last())).toBe(true);
  expect(Object.values(await highlightTexts(app))).toEqual([passage]);
});

test('a note with bold text and a list survives a reload', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  await selectText(app, '全面掌握土壤资源情况');
  await app.page.keyboard.press('n');
  const popover = app.page.getByRole('dialog', { name: '批注' });
  const editor = popover.getByRole('textbox', { name: '笔记' });
  await expect(editor).toBeFocused();
  await app.page.keyboard.press('Control+b');
  await app.page.keyboard.type('要点');
  await app.page.keyboard.press('Control+b');
  await app.page.keyboard.press('Enter');
  // Markdown shortcut: "- " starts a list.
  await app.page.keyboard.type('- 第一条');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.type('第二条');
  await expect(popover.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await popover.getByRole('combobox', { name: '添加标签' }).fill('普查');
  await popover.getByRole('combobox', { name: '添加标签' }).press('Enter');
  await expect(popover.locator('.tag').filter({ hasText: '普查' })).toBeVisible();

  await reopen(app, SOIL);
  await marks(app).first().click();
  const reopened = app.page.getByRole('dialog', { name: '批注' });
  const text = reopened.getByRole('textbox', { name: '笔记' });
  await expect(text.locator('strong, .note-bold').first()).toHaveText('要点');
  await expect(text.locator('ul li')).toHaveText(['第一条', '第二条']);
  await expect(reopened.locator('.tag').filter({ hasText: '普查' })).toBeVisible();
});

test('delete offers 撤销, which brings the highlight back', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  await selectText(app, '全面掌握土壤资源情况');
  await highlightWith(app, '红');
  await marks(app).first().click();
  await app.page.getByRole('dialog', { name: '批注' }).getByRole('button', { name: '删除' }).click();
  await expect(marks(app)).toHaveCount(0);
  const notice = app.page.locator('.reader-notice');
  await expect(notice).toContainText('已删除一条批注');
  await notice.getByRole('button', { name: '撤销' }).click();
  await expect(marks(app)).not.toHaveCount(0);
  await reopen(app, SOIL);
  await expect.poll(async () => Object.values(await highlightTexts(app))).toEqual(['全面掌握土壤资源情况']);
});

const PURPOSE = '为贯彻落实国家、省关于组织开展第三次土壤普查的工作部署';

test('the 批注 panel lists annotations in reading order, turns to one, and shows an orphan after a changed re-import', async ({
  app,
}) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  await selectText(app, '现将我市第三次土壤普查');
  await highlightWith(app, '蓝');
  await selectText(app, PURPOSE);
  await highlightWith(app, '黄');
  await app.page.getByRole('button', { name: '批注', exact: true }).click();
  const panel = app.page.getByRole('region', { name: '批注' });
  const entries = panel.locator('.annotation-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.locator('.annotation-quote')).toHaveText([PURPOSE, '现将我市第三次土壤普查']);
  await expect(entries.first()).toContainText('第 1 页');
  await app.page.screenshot({ path: artifact('panel.png') });

  const results = await new AxeBuilder({ page: app.page }).include('.annotation-panel').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await entries
    .first()
    .getByRole('button', { name: /^编辑批注/ })
    .click();
  await app.page.getByRole('dialog', { name: '批注' }).waitFor();
  const popoverAxe = await new AxeBuilder({ page: app.page }).include('.annotation-popover').analyze();
  expect(popoverAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await app.page.keyboard.press('Escape');

  // The source changes: the sentence of the first passage is rewritten. Remove the issue, import the new file.
  const changed = sampleText().replace(/为贯彻落实国家[\s\S]*?资源情况,/u, '根据工作需要,');
  expect(changed).not.toBe(sampleText());
  await app.page.evaluate(async () => {
    const issues = await window.gazette.listIssues();
    if (!issues.ok) throw new Error('no issues');
    for (const issue of issues.value) await window.gazette.removeIssue({ issueId: issue.id });
  });
  await app.importFiles([textFile('济南公报-更正版.txt', changed)]);
  await app.waitForImportSummary();
  await reopen(app, SOIL);
  await app.page.getByRole('button', { name: '批注', exact: true }).click();
  const orphan = panel.locator('.annotation-entry.status-orphan');
  await expect(orphan).toHaveCount(1);
  await expect(orphan).toContainText('孤立批注');
  await expect(orphan.locator('.annotation-quote')).toHaveText(PURPOSE);
  // Listed last (an orphan has no place), after the passage that is still there.
  await expect(entries.locator('.annotation-quote')).toHaveText(['现将我市第三次土壤普查', PURPOSE]);
  // The page of a listed passage: choosing it turns there and flashes it.
  await entries.first().locator('.annotation-go').click();
  await expect(app.page.locator('mark.hl-flash')).not.toHaveCount(0);
  await app.page.screenshot({ path: artifact('panel-orphan.png') });
});

test('profile A’s highlights are not shown to profile B', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  await selectText(app, '全面掌握土壤资源情况');
  await highlightWith(app, '绿');
  const footer = app.page.getByRole('contentinfo');
  const first = ((await footer.locator('.profile-name').textContent()) ?? '').trim();

  await footer.getByRole('button', { name: '切换用户' }).click();
  await footer.getByRole('textbox').fill('乙');
  await footer.getByRole('button', { name: '创建并切换' }).click();
  await app.waitForLibrary();
  await expect(footer.locator('.profile-name')).toHaveText('乙');
  await app.openDocument(SOIL);
  await expect(marks(app)).toHaveCount(0);

  await footer.getByRole('button', { name: '切换用户' }).click();
  await footer.getByRole('button', { name: first, exact: true }).click();
  await app.waitForLibrary();
  await expect(footer.locator('.profile-name')).toHaveText(first);
  await app.openDocument(SOIL);
  await expect.poll(async () => Object.values(await highlightTexts(app))).toEqual(['全面掌握土壤资源情况']);
});

test('speed of opening a document with 500 annotations (reported)', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  const created = await app.page.evaluate(async () => {
    const opened = document.querySelector('.page-strip');
    const blocks = [...(opened?.querySelectorAll<HTMLElement>(':scope > [data-block]') ?? [])];
    const issues = await window.gazette.listIssues();
    if (!issues.ok) throw new Error('no issues');
    const doc = issues.value.flatMap((issue) => issue.documents).find((d) => d.title.includes('绿色低碳循环'));
    if (!doc) throw new Error('no document');
    const colors = ['yellow', 'green', 'blue', 'red', 'purple'] as const;
    let count = 0;
    for (let i = 0; count < 500; i++) {
      const block = blocks[i % blocks.length];
      const start = Number(block?.dataset.start) + (Math.floor(i / blocks.length) % 5) * 3;
      const length = block?.textContent.length ?? 0;
      if (length < 20) continue;
      const result = await window.gazette.createAnnotation({
        docId: doc.id,
        range: { start, end: start + 8 },
        color: colors[i % 5] ?? 'yellow',
        style: i % 7 === 0 ? 'underline' : 'highlight',
        note: null,
      });
      if (result.ok) count++;
      if (i > 5000) break;
    }
    return count;
  });
  expect(created).toBe(500);
  const durations: Record<string, number[]> = { 'gazette:open-document': [], 'gazette:open-highlights': [] };
  for (let round = 0; round < 3; round++) {
    await app.openDocument(SOIL);
    await app.openDocument(LONGEST_TITLE);
    for (const name of Object.keys(durations)) {
      await expect
        .poll(() => app.page.evaluate((n) => performance.getEntriesByName(n).length, name))
        .toBeGreaterThanOrEqual(2 * (round + 1) + 1);
      const last = await app.page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);
      durations[name]?.push(last);
    }
  }
  await expect(marks(app).first()).toBeVisible();
  const listing = await app.page.evaluate(async () => {
    const issues = await window.gazette.listIssues();
    if (!issues.ok) return [];
    const doc = issues.value.flatMap((issue) => issue.documents).find((d) => d.title.includes('绿色低碳循环'));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await window.gazette.listAnnotations({ docId: doc?.id ?? '' });
      times.push(performance.now() - started);
    }
    return times;
  });
  durations['listAnnotations (500), round trip'] = listing;
  const report = Object.entries(durations)
    .map(([name, values]) => `  ${name}: ${values.map((v) => v.toFixed(1)).join(', ')} ms`)
    .join('\n');
  test.info().annotations.push({ type: 'open with 500 annotations', description: report });
  console.log(`\nOpening the longest document with 500 annotations:\n${report}\n`);
});
