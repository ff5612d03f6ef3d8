import { test, expect } from './support/fixtures';
import { citedNotice, sampleText, sampleVariant, textFile } from './support/sampleGazette';

test('an import shows its progress, file by file, then what became of each file', async ({ app }) => {
  await app.waitForLibrary();
  const variants = Array.from({ length: 10 }, (_, index) => sampleVariant(index + 1));
  const broken = {
    name: '损坏的公报.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n这个文件在写入时损坏了\n'),
  };
  await app.importFiles([...variants, broken, textFile('原样再导入.txt', sampleText())]);

  const progress = app.page.getByRole('progressbar', { name: '导入进度' });
  await expect(progress).toBeVisible();
  const region = app.page.getByRole('region', { name: '导入' });
  await expect(region).toContainText(/第 \d+ \/ 12 个文件/);
  await expect(region.locator('.import-file-name')).toContainText(/\.(txt|pdf)$/);
  await expect(app.page.getByRole('button', { name: '取消' })).toBeEnabled();
  await expect(app.page.getByRole('button', { name: '导入公报' })).toBeDisabled();
  await app.page.screenshot({ path: 'tests/artifacts/import-progress.png' });
  await app.screenshot(test.info().outputPath('import-progress.png'));

  const summary = await app.waitForImportSummary();
  const rows = summary.locator('.import-results li');
  await expect(rows).toHaveCount(12);
  for (const variant of variants) {
    await expect(rows.filter({ hasText: variant.name })).toContainText('已导入');
  }
  const failed = rows.filter({ hasText: '损坏的公报.pdf' });
  await expect(failed).toContainText('失败');
  await expect(failed.locator('.import-result-message')).not.toBeEmpty();
  // The same file as the built-in sample is not imported twice.
  await expect(rows.filter({ hasText: '原样再导入.txt' })).toContainText('已存在');
  await expect(summary).toContainText('导入 10 个，已存在 1 个，失败 1 个');
  await app.page.screenshot({ path: 'tests/artifacts/import-summary.png' });

  // The library now holds eleven issues, the sample still once.
  await expect(app.library.locator('.issue')).toHaveCount(11);
  await expect(app.library.getByRole('button', { name: /第12\/13期/ })).toHaveCount(2); // its toggle and 移除
  await summary.getByRole('button', { name: '关闭' }).click();
  await expect(summary).toHaveCount(0);
});

test('an import can be cancelled, and the files not yet read are reported as cancelled', async ({ app }) => {
  await app.waitForLibrary();
  await app.importFiles(Array.from({ length: 10 }, (_, index) => sampleVariant(index + 20)));
  await app.page.getByRole('progressbar', { name: '导入进度' }).waitFor();
  await app.page.getByRole('button', { name: '取消' }).click();
  const summary = await app.waitForImportSummary();
  await expect(summary.locator('.import-results li').filter({ hasText: '已取消' }).first()).toBeVisible();
  const imported = await summary.locator('.import-results li').filter({ hasText: '已导入' }).count();
  expect(imported).toBeLessThan(10);
  // The library holds the sample and whatever finished before the cancel, nothing half-done.
  await expect(app.library.locator('.issue')).toHaveCount(1 + imported);
});

test('files dropped on the window are imported, and unsupported ones are skipped with a note', async ({ app }) => {
  await app.waitForLibrary();
  const notice = citedNotice();
  await app.page.evaluate(
    ([name, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/plain' }));
      transfer.items.add(new File(['not a gazette'], '照片.jpg', { type: 'image/jpeg' }));
      const target = document.querySelector('.app') as HTMLElement;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [notice.name, notice.buffer.toString('utf8')] as const,
  );
  const summary = await app.waitForImportSummary();
  await expect(summary.locator('.import-results li')).toHaveCount(1);
  await expect(summary.locator('.import-results li')).toContainText(['国发2020-8.txt']);
  await expect(summary.locator('.import-results li')).toContainText('已导入');
  await expect(summary).toContainText('已跳过不支持的文件（只支持 TXT、Markdown、PDF、HTML）：照片.jpg');
  await expect(app.library.locator('.document-title', { hasText: '集成电路产业和软件产业' })).toBeVisible();
});
