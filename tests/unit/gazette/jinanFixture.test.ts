/**
 * The sample issue in every form the issue names: as extracted (UTF-8, blank lines between visual lines),
 * re-encoded as GB18030 and UTF-16, with CRLF and no blank lines, reflowed to one paragraph per line, and printed
 * to a two-column PDF with a running header and page numbers. Each must give the hand-written outline.
 */
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import { reflowed, withCrlfNoBlankLines } from '../../helpers/fixtureVariants';
import { printPdf } from '../../helpers/printPdf';
import { readFixtureText } from '../../helpers/fixtureFiles';
import { expectJinanIssue } from './jinanExpectations';

const text = readFixtureText();
const utf8 = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('the sample issue (济南市人民政府公报 2022年第12/13期)', () => {
  it('as extracted text', async () => {
    const parsed = await parseIssueBuffer(utf8(text), 'jinan-gazette-2022-12-13.txt');
    expect(parsed.source).toMatchObject({ format: 'text', encoding: 'utf-8' });
    expectJinanIssue(parsed);
    // Page numbers printed in the flow end pages: ７, ４３, ４５, ６５.
    expect(parsed.issue.pages.map((page) => page.printed)).toEqual(['7', '43', '45', '65']);
  });

  it('re-encoded as GB18030', async () => {
    const parsed = await parseIssueBuffer(new Uint8Array(iconv.encode(text, 'gb18030')), 'jinan.txt');
    expect(parsed.source.encoding).toBe('gb18030');
    expectJinanIssue(parsed);
  });

  it('as UTF-16LE without a BOM', async () => {
    const parsed = await parseIssueBuffer(new Uint8Array(Buffer.from(text, 'utf16le')), 'jinan.txt');
    expect(parsed.source.encoding).toBe('utf-16le');
    expectJinanIssue(parsed);
  });

  it('with CRLF and no blank lines', async () => {
    expectJinanIssue(await parseIssueBuffer(utf8(withCrlfNoBlankLines(text)), 'jinan.txt'));
  });

  it('reflowed to one paragraph per line', async () => {
    const parsed = await parseIssueBuffer(utf8(reflowed(text)), 'jinan.txt');
    expectJinanIssue(parsed);
  });

  it('yields the same ids when imported again', async () => {
    const first = await parseIssueBuffer(utf8(text), 'a.txt');
    const second = await parseIssueBuffer(utf8(text), 'renamed.txt');
    expect(second.documents.map((document) => document.id)).toEqual(first.documents.map((document) => document.id));
  });

  it('parses well under a second', async () => {
    await parseIssueBuffer(utf8(text), 'warm-up.txt');
    const started = performance.now();
    await parseIssueBuffer(utf8(text), 'jinan.txt');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the sample issue printed to a two-column PDF', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    // The printed page carries its own header and numbers, so the extracted ones are left out of the input.
    const paragraphs = reflowed(text)
      .split('\n')
      .filter((line) => !/^\s*[０-９\d]{1,3}\s*$|公报 \(/u.test(line));
    pdf = await printPdf(paragraphs, {
      runningHeader: '市政府办公厅文件\u3000\u3000济南市人民政府公报（2022年第12/13期）',
    });
  }, 60_000);

  it('gives the same outline, with pages and printed page numbers', async () => {
    const parsed = await parseIssueBuffer(pdf, 'jinan.pdf');
    expect(parsed.source).toMatchObject({ format: 'pdf', encoding: null });
    expectJinanIssue(parsed);
    const pages = parsed.issue.pages;
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.map((page) => page.printed)).toEqual(pages.map((page) => String(page.index)));
    const lastDocument = parsed.documents.at(-1);
    expect(lastDocument?.blocks.at(-1)?.page).toBe(pages.length);
    // Prose in two justified columns leaves an aligned gap at the gutter, yet is no table: the only laid-out
    // block is the 专栏 whose rows the box reader keeps preformatted.
    const laidOut = parsed.documents
      .flatMap((document) => document.blocks)
      .filter((block) => block.kind === 'table' || block.kind === 'preformatted');
    expect(laidOut.map((block) => block.text.split('\n')[0])).toEqual(['专栏1济南市绿色低碳循环发展主要指标指']);
  });
});
