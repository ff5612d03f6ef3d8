/** `gazette annotations list|export|import`: the app's own listing, files and import, from the command line. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/main/cli';
import { sampleApi, value } from './sampleApi';

const dataDir = mkdtempSync(join(tmpdir(), 'gazette-annotations-cli-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function capture(): { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  return { stdout: () => out.join(''), stderr: () => err.join('') };
}

/** The export's one line that names the minute it was made. */
const withoutStamp = (text: string): string => text.replace(/导出于 [^·]+·/u, '导出于 …·');

describe('gazette annotations', () => {
  it('lists, exports and imports what the app has, the way the app does', async () => {
    const { api, docId } = await sampleApi(dataDir);
    const made = value(
      await api.createAnnotation({ docId, range: { start: 0, end: 7 }, color: 'red', style: 'highlight', note: null }),
    );
    value(await api.updateAnnotation({ id: made.id, tags: ['会议'] }));
    const options = ['--data', dataDir, '--profile', 'reader-a'];

    let io = capture();
    expect(await main(['annotations', 'list', '--json', ...options])).toBe(0);
    expect(JSON.parse(io.stdout())).toEqual(value(await api.listAllAnnotations({ query: '' })));
    vi.restoreAllMocks();

    io = capture();
    expect(await main(['annotations', 'list', ...options])).toBe(0);
    expect(io.stdout()).toContain(`红色 「${made.anchor?.exact ?? ''}」  #会议`);
    vi.restoreAllMocks();

    const output = join(dataDir, 'notes.md');
    io = capture();
    expect(await main(['annotations', 'export', '--format', 'md', '--tag', '会议', '-o', output, ...options])).toBe(0);
    const fromApp = value(await api.exportAnnotations({ format: 'md', tag: '会议' })).content;
    expect(withoutStamp(readFileSync(output, 'utf8'))).toBe(withoutStamp(fromApp));
    expect(io.stderr()).toContain('已导出 1 条批注');
    vi.restoreAllMocks();

    const json = join(dataDir, 'notes.json');
    capture();
    expect(await main(['annotations', 'export', '--format', 'json', '-o', json, ...options])).toBe(0);
    vi.restoreAllMocks();
    io = capture();
    expect(await main(['annotations', 'import', json, '--data', dataDir, '--profile', 'reader-b'])).toBe(0);
    expect(io.stdout()).toContain('新增 1 条');
    vi.restoreAllMocks();

    const broken = join(dataDir, 'broken.json');
    writeFileSync(broken, readFileSync(json, 'utf8').slice(0, 100));
    io = capture();
    expect(await main(['annotations', 'import', broken, '--data', dataDir, '--profile', 'reader-b'])).toBe(1);
    expect(io.stderr()).toContain('没有导入任何内容');
    vi.restoreAllMocks();

    io = capture();
    expect(await main(['annotations', 'export', '--format', 'pdf', ...options])).toBe(2);
    expect(io.stderr()).toContain('不支持的导出格式：pdf');
  });
});
