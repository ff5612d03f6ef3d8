/**
 * 打印 / 导出 PDF in GB/T 9704 layout, as Chromium prints it (the web host's window.print() and Electron's
 * printToPDF lay out the same print stylesheet). The PDF is read back with poppler (support/printedPdf.ts).
 */
import { test, expect } from './support/fixtures';
import { LONGEST_TITLE, SAMPLE_DOCUMENTS } from './support/sampleGazette';
import { PDF_SPEC, pdfInfo, pdfPageToPng, pdfText, printToPdf } from './support/printedPdf';

const SOIL = SAMPLE_DOCUMENTS[0];

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

test(
  'a 公文 prints on A4 in GB/T 9704 layout: 28 characters a line, title, 文号 and — N — page numbers',
  PDF_SPEC,
  async ({ app }) => {
    await app.waitForLibrary();
    await app.openDocument(SOIL.title);
    const path = test.info().outputPath('soil.pdf');
    await printToPdf(app, path);

    const { pages, pageSize } = pdfInfo(path);
    // A4 is 595.28 × 841.89 pt (Chromium rounds the page to whole device pixels).
    const [width, height] = (/^([\d.]+) x ([\d.]+) pts/.exec(pageSize) ?? []).slice(1).map(Number);
    expect(width).toBeCloseTo(595.28, 0);
    expect(height).toBeCloseTo(841.89, 0);
    const text = pdfText(path, '-layout');
    const bodyText = text.replace(/\s+/g, '');
    expect(bodyText).toContain(SOIL.title);
    expect(bodyText).toContain(SOIL.docNumber);
    expect(bodyText).toContain(SOIL.signedOn);
    // The sample's 通知 runs about 4,100 characters with its attachment on pages of 22 × 28 = 616.
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(12);
    for (let page = 1; page <= pages; page++) expect(text).toMatch(new RegExp(`—\\s*${page}\\s*—`));

    // Body lines: full lines of the first pages hold 28 characters (the standard's grid), give or take a mark.
    const lines = pdfText(path, '-f', '1', '-l', '3')
      .split('\n')
      .map((line) => line.replace(/\s/g, ''))
      .filter((line) => line.length >= 20 && !line.includes('—'));
    expect(lines.length).toBeGreaterThan(20);
    const lengths = lines.map((line) => Array.from(line).length);
    expect(median(lengths)).toBeGreaterThanOrEqual(27);
    expect(median(lengths)).toBeLessThanOrEqual(29);

    // Page 1 as a picture, for people to look at (the report shows it).
    pdfPageToPng(path, 1, test.info().outputPath('soil-page-1'));
  },
);

test('the attachment of a 公文 starts on a new page', PDF_SPEC, async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(SOIL.title);
  const attachment = ((await app.page.locator('.page-strip .b-attachmentTitle').first().textContent()) ?? '').replace(
    /\s/g,
    '',
  );
  expect(attachment).toMatch(/^附件/);
  const path = test.info().outputPath('soil.pdf');
  await printToPdf(app, path);
  const { pages } = pdfInfo(path);
  const startsPage = Array.from({ length: pages }, (_, index) =>
    pdfText(path, '-f', String(index + 1), '-l', String(index + 1)).replace(/\s/g, ''),
  ).some((page) => page.startsWith(attachment));
  expect(startsPage).toBe(true);
});

test('the longest document prints to a sane number of pages', PDF_SPEC, async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  const path = test.info().outputPath('plan.pdf');
  await printToPdf(app, path);
  const { pages } = pdfInfo(path);
  const characters = pdfText(path).replace(/\s|—\d+—/g, '').length;
  test.info().annotations.push({ type: 'plan', description: `${pages} pages, ${characters} characters` });
  // At most 616 characters a page; headings, tables and the plan's own contents take more room.
  expect(pages).toBeGreaterThanOrEqual(Math.floor(characters / 616));
  expect(pages).toBeLessThanOrEqual(Math.ceil((characters / 616) * 1.8));
});
