/** `gazette parse`: the outline or JSON on stdout, errors on stderr with a non-zero exit code. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/main/cli';
import { parsedIssueSchema } from '../../../src/shared/model';
import { corpusPath, fixturePath } from '../../helpers/fixtureFiles';

function capture(): { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  return { stdout: () => out.join(''), stderr: () => err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('gazette parse', () => {
  it('prints an outline: documents, 文号 and the TOC tree', async () => {
    const io = capture();
    expect(await main(['parse', fixturePath])).toBe(0);
    const outline = io.stdout();
    expect(outline).toContain('济南市人民政府公报 2022年第12/13期');
    expect(outline).toContain('1. 关于组织开展济南市第三次土壤普查的通知');
    expect(outline).toContain('发文字号：济政办字〔2022〕24号');
    expect(outline).toMatch(/\n {4}二、工作安排\n {6}（一）普查对象\n/u);
    expect(io.stderr()).toBe('');
  });

  it('prints the model as JSON with --json', async () => {
    const io = capture();
    expect(await main(['parse', corpusPath('govcn_guofa-2019-5_shuangsuiji.page.html'), '--json'])).toBe(0);
    const parsed = parsedIssueSchema.parse(JSON.parse(io.stdout()));
    expect(parsed.documents[0]?.docNumber).toBe('国发〔2019〕5号');
  });

  it('reports a bad file on stderr and exits non-zero', async () => {
    const io = capture();
    expect(await main(['parse', '/nonexistent/gazette.txt'])).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe(
      '/nonexistent/gazette.txt：找不到“gazette.txt”。请确认它仍在原处、名称没有改动，然后重试。\n',
    );
  });

  it('rejects a missing argument with usage', async () => {
    const io = capture();
    expect(await main(['parse'])).toBe(2);
    expect(io.stderr()).toContain('gazette parse FILE');
  });
});
