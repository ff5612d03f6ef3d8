import { test, expect } from './support/fixtures';
import { SAMPLE_DOCUMENTS } from './support/sampleGazette';

const SOIL = SAMPLE_DOCUMENTS[0];

// The fault is injected on the web host's HTTP transport; over Electron IPC there is no route to break.
test(
  'a call that gets no answer is told to the user, and the page keeps working',
  { tag: '@web-host' },
  async ({ app }) => {
    await app.waitForLibrary();
    for (const method of ['saveReadingPosition', 'updateSettings']) {
      await app.page.route(`**/api/${method}`, (route) => route.abort('connectionrefused'));
    }
    await app.openDocument(SOIL.title);
    const alerts = app.page.getByRole('alert');
    await expect(alerts.filter({ hasText: '阅读位置未能保存：无法连接到本机服务' })).toHaveCount(1);

    await app.page.getByRole('button', { name: '放大字号 A+' }).click();
    await expect(alerts.filter({ hasText: '阅读设置未能保存：无法连接到本机服务' })).toHaveCount(1);
    // The larger type still applies on screen; it is only not kept.
    await expect(app.page.getByRole('group', { name: /^字号 \d+$/ })).not.toHaveAccessibleName('字号 18');

    // Once main answers again, the next save succeeds and the message goes.
    await app.page.unrouteAll();
    await app.page.getByRole('button', { name: '缩小字号 A−' }).click();
    await expect(alerts.filter({ hasText: '阅读设置未能保存' })).toHaveCount(0);
  },
);
