/** Bad input gets a clear error with a Chinese message — never a crash, a hang, or memory without bound. */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { GazetteImportError, parseIssueBuffer, parseIssueFile } from '../../../src/main/gazette/index';
import type { ParseOptions } from '../../../src/main/gazette/index';
import { expectConsistentModel } from '../../helpers/modelChecks';
import { encryptedPdf, flateBombPdf, pdfWithoutText } from '../../helpers/pdfBytes';
import iconv from 'iconv-lite';
import { corpusPath, readFixtureText } from '../../helpers/fixtureFiles';
import { MAX_HTML_DEPTH } from '../../../src/main/gazette/html/readHtml';

async function importError(bytes: Uint8Array, fileName: string, options?: ParseOptions): Promise<GazetteImportError> {
  try {
    await parseIssueBuffer(bytes, fileName, options);
  } catch (error) {
    if (error instanceof GazetteImportError) return error;
    throw error;
  }
  throw new Error(`${fileName} was imported`);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'gazette-bad-input-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('bad input', () => {
  it('an empty file', async () => {
    const error = await importError(new Uint8Array(), 'empty.txt');
    expect(error.code).toBe('empty');
    expect(error.message).toBe('文件是空的，没有可导入的内容。请确认选对了文件。');
    expect((await importError(new TextEncoder().encode(' \n\r\n\t '), 'blank.txt')).code).toBe('empty');
  });

  it('a binary file', async () => {
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...Array.from({ length: 400 }, (_, i) => (i * 37) % 256),
    ]);
    expect((await importError(png, 'picture.png')).code).toBe('binary');
    expect((await importError(new Uint8Array(4096), 'zeros.bin')).code).toBe('binary');
  });

  it('random bytes in 0x81–0xFE, which decode as GB18030, are not taken for text', async () => {
    // A fixed generator, so the bytes are the same on every run.
    let seed = 20_221_213;
    const random = Uint8Array.from({ length: 20_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return 0x81 + (seed % 126);
    });
    const error = await importError(random, 'random.txt');
    expect(error.code).toBe('binary');
    expect(error.message).toContain('内容不像文字');
    // Real GB18030 text passes the same test.
    const gbk = iconv.encode(readFixtureText(), 'gb18030');
    expect((await parseIssueBuffer(gbk, 'gbk.txt')).source.encoding).toBe('gb18030');
  });

  it('a truncated PDF', async () => {
    const pdf = new Uint8Array(readFileSync(corpusPath('nhc_2023_zhenliao-v10.pdf')));
    const error = await importError(pdf.subarray(0, Math.floor(pdf.length / 3)), 'truncated.pdf');
    expect(error.code).toBe('corrupt-pdf');
    expect(error.message).toContain('损坏');
  }, 30_000);

  it('an encrypted PDF', async () => {
    const error = await importError(encryptedPdf(), 'locked.pdf');
    expect(error.code).toBe('encrypted');
    expect(error.message).toContain('加密');
  }, 30_000);

  it('a PDF without a text layer (a scan)', async () => {
    const error = await importError(pdfWithoutText(), 'scan.pdf');
    expect(error.code).toBe('no-text-layer');
    expect(error.message).toBe('该 PDF 没有文字层（可能是扫描件），暂不支持 OCR。请使用带文字的 PDF 或文本文件。');
  }, 30_000);

  it('a Flate bomb is stopped by the memory watchdog', async () => {
    const bomb = await flateBombPdf(512);
    expect(bomb.length).toBeLessThan(2 ** 20);
    const error = await importError(bomb, 'bomb.pdf', { pdf: { maxRssGrowthMb: 200 } });
    expect(error.code).toBe('out-of-memory');
    expect(error.message).toContain('内存超出了上限');
  }, 60_000);

  it('a small PDF with too many pages is refused for its page count, not its size', async () => {
    const pdf = new Uint8Array(readFileSync(corpusPath('nhc_2023_zhenliao-v10.pdf')));
    const error = await importError(pdf, 'many-pages.pdf', { pdf: { maxPages: 3 } });
    expect(error.code).toBe('too-many-pages');
    expect(error.message).toMatch(/^这个 PDF 有 \d+ 页，超过了 3 页的导入上限（文件本身并不大，是页数太多）。/u);
    expect(error.message).not.toContain('文件太大');
  }, 30_000);

  it('a PDF that takes too long is stopped', async () => {
    const pdf = new Uint8Array(readFileSync(corpusPath('nhc_2023_zhenliao-v10.pdf')));
    expect((await importError(pdf, 'slow.pdf', { pdf: { timeoutMs: 20 } })).code).toBe('timeout');
  });

  it('a 200 MB file is refused before it is read', async () => {
    const file = path.join(scratch, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 200 * 2 ** 20);
    const before = process.memoryUsage.rss();
    const started = performance.now();
    await expect(parseIssueFile(file)).rejects.toMatchObject({ code: 'too-large' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage.rss() - before).toBeLessThan(50 * 2 ** 20);
  });

  it('a page nested thousands of elements deep is refused with a clear reason, not a stack overflow', async () => {
    const nested = (depth: number): Uint8Array =>
      new TextEncoder().encode(
        `<html><body>${'<div>'.repeat(depth)}关于印发工作方案的通知${'</div>'.repeat(depth)}</body></html>`,
      );
    const error = await importError(nested(5000), 'deep.html');
    expect(error.code).toBe('too-deep');
    expect(error.message).toContain('嵌套过深');
    // Deep but within reason is read as usual.
    const parsed = await parseIssueBuffer(nested(MAX_HTML_DEPTH - 10), 'deepish.html');
    expect(parsed.documents[0]?.blocks.map((block) => block.text).join('')).toContain('关于印发工作方案的通知');
  });

  it('a missing file', async () => {
    await expect(parseIssueFile(path.join(scratch, 'nope.txt'))).rejects.toMatchObject({ code: 'unreadable' });
  });

  it('text without 公文 structure becomes one untitled document of paragraphs', async () => {
    const text = '今天天气很好，我们去公园散步。\n\n公园里有很多人，有的在跑步，有的在下棋。\n\n傍晚我们回家吃饭。';
    const parsed = await parseIssueBuffer(new TextEncoder().encode(text), 'diary.txt');
    expectConsistentModel(parsed);
    expect(parsed.documents).toHaveLength(1);
    const [document] = parsed.documents;
    expect(document).toMatchObject({ title: '', docNumber: null, issuers: [], toc: [], attachments: [] });
    expect(document?.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(document?.blocks[1]?.text).toBe('公园里有很多人，有的在跑步，有的在下棋。');
  });
});
