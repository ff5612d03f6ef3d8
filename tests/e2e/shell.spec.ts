import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { root } from '../../scripts/electronBinary.mjs';

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

test('the window opens with the product name and the version getAppInfo reports', async ({ app, dataDir }) => {
  await app.waitUntilReady();
  await expect(app.page).toHaveTitle('公报阅读器');
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('公报阅读器');
  await expect(app.page.getByText(`版本 ${version}`)).toBeVisible();
  // The data folder shown is the one this test chose, so nothing leaked into the real user's library.
  await expect(app.page.getByText(dataDir, { exact: true })).toBeVisible();
  await app.screenshot(test.info().outputPath('shell.png'));
});

test('the page gets window.gazette with one method per capability and nothing of Node or Electron', async ({ app }) => {
  await app.waitUntilReady();
  const exposed = await app.page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    return {
      methods: Object.keys(window.gazette).sort(),
      frozen: Object.isFrozen(window.gazette),
      leaks: ['require', 'process', 'ipcRenderer', 'electron', 'module', 'Buffer'].filter((name) => name in scope),
    };
  });
  expect(exposed.methods).toEqual([
    'cancelImport',
    'countAnnotations',
    'createAnnotation',
    'deleteAnnotation',
    'emptyTrash',
    'exportAnnotations',
    'getAppInfo',
    'getDocument',
    'getImportJob',
    'getReadingPosition',
    'getSettings',
    'importAnnotations',
    'listAllAnnotations',
    'listAnnotations',
    'listIssues',
    'listProfiles',
    'listTags',
    'mergeTags',
    'onMenuCommand',
    'removeIssue',
    'renameTag',
    'restoreAnnotation',
    'saveFile',
    'saveReadingPosition',
    'search',
    'startImport',
    'switchProfile',
    'takeNotices',
    'updateAnnotation',
    'updateSettings',
  ]);
  expect(exposed.frozen).toBe(true);
  expect(exposed.leaks).toEqual([]);
});

test('an invalid request comes back as a readable error, not an exception', async ({ app }) => {
  await app.waitUntilReady();
  const result = await app.page.evaluate(() => window.gazette.getDocument({ docId: '' }));
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toContain('请求参数无效');
  }
});
