/**
 * The library sidebar folds away to give the page the window's width: by the 公报库 button or Ctrl+B, remembered
 * for the person, and by itself in a narrow window (below 1200 px), where it opens as a drawer and folds again once
 * a document is chosen. Reports the page's text column with the sidebar and without, at 1024×640 and 1366×768.
 */
import { mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { GazetteApp } from './support/gazetteApp';
import { LONGEST_TITLE, SAMPLE_DOCUMENTS } from './support/sampleGazette';

const SHOTS = '/work/notes/shots';

const columnWidth = (app: GazetteApp): Promise<number> =>
  app.page.locator('.sheet-viewport').evaluate((element) => element.getBoundingClientRect().width);

const frameWidth = (app: GazetteApp): Promise<number> =>
  app.page.locator('.page-frame').evaluate((element) => element.getBoundingClientRect().width);

const sidebarToggle = (app: GazetteApp) => app.page.getByRole('button', { name: '公报库', exact: true });
const sidebar = (app: GazetteApp) => app.page.getByRole('complementary', { name: '公报库与搜索' });

/** The column once the reader has laid the page out again for the space it now has. */
async function settledColumn(app: GazetteApp, differentFrom: number): Promise<number> {
  await expect.poll(() => columnWidth(app)).not.toBe(differentFrom);
  return columnWidth(app);
}

test('at 1024×640 the sidebar folds away by itself, opens as a drawer, and folds again once a document is chosen', async ({
  dataDir,
}) => {
  const app = await GazetteApp.launch({ dataDir, viewport: { width: 1024, height: 640 } });
  try {
    await app.waitForLibrary();
    await expect(sidebar(app)).toBeVisible();
    await app.openDocument(LONGEST_TITLE);
    await expect(sidebar(app)).toBeHidden();
    await expect(sidebarToggle(app)).toHaveAttribute('aria-expanded', 'false');
    const folded = await columnWidth(app);
    mkdirSync(SHOTS, { recursive: true });
    await app.page.screenshot({ path: `${SHOTS}/1024-collapsed.png` });

    await sidebarToggle(app).click();
    await expect(sidebar(app)).toBeVisible();
    await expect(sidebarToggle(app)).toHaveAttribute('aria-expanded', 'true');
    const beside = await settledColumn(app, folded);
    test.info().annotations.push({
      type: 'column at 1024×640',
      description: `${beside} px with the sidebar, ${folded} px folded`,
    });
    expect(folded).toBeGreaterThan(beside + 200);

    // A document chosen from the drawer takes the window back; the person's choice for wide windows is untouched.
    await app.openDocument(SAMPLE_DOCUMENTS[0].title);
    await expect(sidebar(app)).toBeHidden();
    const settings = await app.page.evaluate(() => window.gazette.getSettings());
    expect(settings.ok && settings.value.sidebarCollapsed).toBe(false);

    // Ctrl+B opens and folds it; Ctrl+F opens it to search.
    await app.page.locator('.sheet').click();
    await app.page.keyboard.press('Control+b');
    await expect(sidebar(app)).toBeVisible();
    await app.page.keyboard.press('Control+b');
    await expect(sidebar(app)).toBeHidden();
    await app.page.keyboard.press('Control+f');
    await expect(app.searchBox).toBeFocused();
  } finally {
    await app.close();
  }
  expect(app.foreignRequests).toEqual([]);
});

test('at 1366×768 the person folds the sidebar with the button or Ctrl+B, and it stays folded after a reload', async ({
  dataDir,
}) => {
  const app = await GazetteApp.launch({ dataDir, viewport: { width: 1366, height: 768 } });
  try {
    await app.waitForLibrary();
    await app.openDocument(LONGEST_TITLE);
    await expect(sidebar(app)).toBeVisible();
    const beside = await columnWidth(app);
    const frameBeside = await frameWidth(app);
    await sidebarToggle(app).click();
    await expect(sidebar(app)).toBeHidden();
    // The column is at its longest line already (34 characters) beside the sidebar; the frame around it gains.
    await expect.poll(() => frameWidth(app)).toBeGreaterThan(frameBeside + 250);
    const folded = await columnWidth(app);
    test.info().annotations.push({
      type: 'column at 1366×768',
      description: `${beside} px with the sidebar, ${folded} px folded (frame ${frameBeside} → ${await frameWidth(app)} px)`,
    });
    expect(folded).toBeGreaterThanOrEqual(beside);

    await app.page.reload();
    await app.waitUntilReady();
    // Nothing is open after a reload: the library shows, and folds again when a document opens.
    await expect(sidebar(app)).toBeVisible();
    await app.openDocument(LONGEST_TITLE);
    await expect(sidebar(app)).toBeHidden();
    await app.page.keyboard.press('Control+b');
    await expect(sidebar(app)).toBeVisible();

    // In a text field Ctrl+B is not the sidebar's.
    await app.page.getByRole('searchbox', { name: '在本文中查找' }).focus();
    await app.page.keyboard.press('Control+b');
    await expect(sidebar(app)).toBeVisible();
    const settings = await app.page.evaluate(() => window.gazette.getSettings());
    expect(settings.ok && settings.value.sidebarCollapsed).toBe(false);
  } finally {
    await app.close();
  }
  expect(app.foreignRequests).toEqual([]);
});

test('the sidebar folds by itself just below 1200 px and stays beside the page from there up', async ({ dataDir }) => {
  const app = await GazetteApp.launch({ dataDir, viewport: { width: 1366, height: 768 } });
  try {
    await app.waitForLibrary();
    await app.openDocument(LONGEST_TITLE);
    const widths: string[] = [];
    for (const width of [1200, 1280, 1366]) {
      await app.page.setViewportSize({ width, height: 768 });
      await expect(sidebar(app)).toBeVisible();
      await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      widths.push(`${width}: ${await columnWidth(app)} px`);
    }
    await app.page.setViewportSize({ width: 1199, height: 768 });
    await expect(sidebar(app)).toBeHidden();
    test
      .info()
      .annotations.push({ type: 'column beside the sidebar (18 px text, 目录 open)', description: widths.join(', ') });
  } finally {
    await app.close();
  }
});
