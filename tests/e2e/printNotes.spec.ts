/**
 * 打印批注: with 含批注 ticked, the printed 公文 marks each highlight with its number and ends with a 批注 appendix
 * holding the notes (their Lexical formatting as the exports write it) and the document note; unticked, nothing of
 * the person's shows on paper. The choice is the person's and survives a reload.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import type { GazetteApp } from './support/gazetteApp';
import { annotate, lexicalNote, type Passage } from './support/annotateByApi';
import { SAMPLE_DOCUMENTS } from './support/sampleGazette';
import { PDF_SPEC, pdfInfo, pdfPageToPng, pdfText, printToPdf } from './support/printedPdf';

const SOIL = SAMPLE_DOCUMENTS[0].title;
const SHOTS = '/work/notes/shots';

const PASSAGES: Passage[] = [
  {
    quote: '为贯彻落实国家、省关于组织开展第三次土壤普查的工作部署',
    color: 'yellow',
    style: 'highlight',
    note: lexicalNote('核对', '普查时间表与省里的安排'),
  },
  { quote: '现将我市第三次土壤普查', color: 'blue', style: 'underline', note: lexicalNote('', '请办公室牵头落实') },
];
const DOCUMENT_NOTE = '本文与预算改革意见一并学习';

const squeeze = (text: string): string => text.replace(/\s+/g, '');
const includeNotes = (app: GazetteApp) => app.page.getByRole('checkbox', { name: '含批注' });

test(
  'with 含批注 the PDF numbers the highlights and lists their notes in a 批注 appendix; without, it does not',
  PDF_SPEC,
  async ({ app }) => {
    await app.waitForLibrary();
    await annotate(app, SOIL, PASSAGES, DOCUMENT_NOTE);
    await app.openDocument(SOIL);

    const plainPath = test.info().outputPath('plain.pdf');
    await expect(includeNotes(app)).not.toBeChecked();
    await printToPdf(app, plainPath);
    const plain = squeeze(pdfText(plainPath));
    expect(plain).toContain(PASSAGES[0]?.quote);
    for (const absent of ['[1]', '[2]', '核对普查时间表', '请办公室牵头落实', DOCUMENT_NOTE, '本文的划线和批注共'])
      expect(plain).not.toContain(absent);

    await includeNotes(app).check();
    await app.page.locator('.print-view .print-notes').waitFor({ state: 'attached' });
    const notesPath = test.info().outputPath('with-notes.pdf');
    await printToPdf(app, notesPath);
    const { pages } = pdfInfo(notesPath);
    expect(pages).toBeGreaterThan(pdfInfo(plainPath).pages);
    const pageTexts = Array.from({ length: pages }, (_, index) =>
      // In content order: pdftotext's default reading order puts a raised number at the end of its line.
      squeeze(pdfText(notesPath, '-raw', '-f', String(index + 1), '-l', String(index + 1))),
    );
    // In the text: each passage followed by its number (the second passage lies inside the first one's sentence).
    const body = pageTexts[0] ?? '';
    expect(body).toContain(`${PASSAGES[0]?.quote ?? ''}[1]`);
    expect(body).toContain(`${PASSAGES[1]?.quote ?? ''}[2]`);
    // The appendix: on pages of its own after the text, the document note first, then each note by number.
    const appendixPage = pageTexts.findIndex((text) => text.includes('批注本文的划线和批注共3条'));
    expect(appendixPage).toBeGreaterThan(0);
    const appendix = pageTexts.slice(appendixPage).join('');
    expect(appendix).toContain(`文档笔记${DOCUMENT_NOTE}`);
    expect(appendix).toContain(
      `[1]「为贯彻落实国家、省关于组织开展第三次土壤普查的工作部署」核对普查时间表与省里的安排`,
    );
    expect(appendix).toContain(`[2]「现将我市第三次土壤普查」请办公室牵头落实`);
    expect(pageTexts.slice(0, appendixPage).join('')).not.toContain('核对普查时间表');
    // The page numbers run on through the appendix.
    expect(pdfText(notesPath, '-f', String(pages), '-l', String(pages))).toMatch(new RegExp(`—\\s*${pages}\\s*—`));

    // The first page and the appendix as pictures, for people to look at.
    mkdirSync(SHOTS, { recursive: true });
    const first = test.info().outputPath('print-notes-p1');
    const last = test.info().outputPath('print-notes-appendix');
    pdfPageToPng(notesPath, 1, first, 80);
    pdfPageToPng(notesPath, appendixPage + 1, last, 80);
    copyFileSync(`${first}.png`, `${SHOTS}/print-notes-p1.png`);
    copyFileSync(`${last}.png`, `${SHOTS}/print-notes-appendix.png`);

    // The choice is remembered for this person.
    await app.page.reload();
    await app.openDocument(SOIL);
    await expect(includeNotes(app)).toBeChecked();
    await includeNotes(app).uncheck();
    const againPath = test.info().outputPath('plain-again.pdf');
    await printToPdf(app, againPath);
    expect(squeeze(pdfText(againPath))).not.toContain('[1]');
  },
);
