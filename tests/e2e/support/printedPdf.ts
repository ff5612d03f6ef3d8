/**
 * Printing to PDF the way Chromium prints the app (the web host's window.print() and Electron's printToPDF lay out
 * the same print stylesheet), read back with poppler's pdftotext / pdfinfo / pdftoppm (Debian's poppler-utils,
 * installed by `npm run setup`). `page.pdf()` exists only in Chromium's headless browser: specs that use it are
 * tagged `@web-host` (`PDF_SPEC`), which the Playwright config leaves out where the suite drives Electron.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { GazetteApp } from './gazetteApp';

/** Test details for a spec that prints with `page.pdf()`, which Electron's pages do not have. */
export const PDF_SPEC = { tag: '@web-host' };

export async function printToPdf(app: GazetteApp, path: string): Promise<void> {
  await app.page.locator('.print-view').waitFor({ state: 'attached' });
  await app.page.emulateMedia({ media: 'print' });
  writeFileSync(path, await app.page.pdf({ preferCSSPageSize: true }));
  await app.page.emulateMedia({ media: 'screen' });
}

export const pdfText = (path: string, ...args: string[]): string =>
  execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' });

export function pdfInfo(path: string): { pages: number; pageSize: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
  };
}

/** One page of the PDF as a PNG at `output` (.png is added), for people to look at. */
export function pdfPageToPng(path: string, page: number, output: string, resolution = 60): void {
  const at = String(page);
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), '-f', at, '-l', at, '-singlefile', path, output]);
}
