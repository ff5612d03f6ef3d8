/**
 * Prints text to a PDF with Chromium's print-to-PDF, laid out like a gazette: two columns, a running header and
 * page numbers in the margins. Each input line becomes one paragraph (first line indented two characters);
 * Chromium does the line wrapping, so the PDF's text layer has real visual lines, columns and furniture.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/electronBinary.mjs';

export interface PrintOptions {
  runningHeader: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const FONT = "'Noto Serif CJK SC', 'Noto Sans CJK SC', serif";

export async function printPdf(lines: readonly string[], options: PrintOptions): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('printPdf needs Chromium: run `npm run setup` or set CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const body = lines.map((line) => `<p>${escapeHtml(line.trim())}</p>`).join('\n');
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>
        body { font-family: ${FONT}; font-size: 10.5pt; line-height: 1.6; margin: 0; }
        main { column-count: 2; column-gap: 2.2em; text-align: justify; }
        p { margin: 0; text-indent: 2em; }
      </style></head><body><main>${body}</main></body></html>`,
    );
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-family: ${FONT}; font-size: 8pt; width: 100%; text-align: center;">${escapeHtml(options.runningHeader)}</div>`,
      footerTemplate: `<div style="font-family: ${FONT}; font-size: 8pt; width: 100%; text-align: center;"><span class="pageNumber"></span></div>`,
      margin: { top: '22mm', bottom: '22mm', left: '18mm', right: '18mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
