/** A damaged issue is named when one of its documents is opened, with 重新导入 as the way out — never "内部错误". */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';

test('opening a document of a damaged issue names the issue and offers 重新导入', async ({ app, dataDir }) => {
  await app.waitForLibrary();
  const issues = join(dataDir, 'library', 'issues');
  for (const folder of readdirSync(issues)) writeFileSync(join(issues, folder, 'model.json'), '{"schemaVersion":');

  await app.library.getByRole('button').filter({ hasText: /号/ }).first().click();
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('“济南市人民政府公报 2022年第12/13期”的数据已损坏，无法打开。请点“重新导入”');
  await expect(alert).not.toContainText('内部错误');
  await expect(alert.getByRole('button', { name: '重新导入' })).toBeVisible();
});
