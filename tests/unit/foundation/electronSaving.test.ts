/**
 * Saving an export in the desktop app, checked without the Electron binary: `electron` is replaced by recording
 * fakes (as in electronPrinting.test.ts), so these pin down the save dialog, the file the person keeps, the reason
 * they read when it cannot be written, and that only the app's own page may ask.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  saveAnswer: { canceled: false, filePath: undefined as string | undefined },
  saveOptions: [] as unknown[],
  handlers: new Map<string, (event: unknown, request: unknown) => unknown>(),
  diskFull: false,
}));

// The disk fills up while the file is written: the real atomic write, unless the test says the disk is full.
vi.mock('../../../src/main/library/atomicFiles', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/library/atomicFiles')>();
  return {
    ...real,
    replaceFileAtomically: (path: string, data: string | Uint8Array) => {
      if (recorded.diskFull)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      real.replaceFileAtomically(path, data);
    },
  };
});

vi.mock('electron', () => ({
  dialog: {
    showSaveDialog: vi.fn((_window: unknown, options: unknown) => {
      recorded.saveOptions.push(options);
      return Promise.resolve(recorded.saveAnswer);
    }),
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, request: unknown) => unknown) => {
      recorded.handlers.set(channel, handler);
    },
  },
}));

const { saveFileAs, registerFileSaving } = await import('../../../src/main/electron/savingFiles');
const { SAVE_FILE_CHANNEL } = await import('../../../src/shared/apiClient');

const window = {} as unknown as BrowserWindow;
const FILE = {
  fileName: '批注-济政发〔2022〕7号-2026-12-02.md',
  mimeType: 'text/markdown',
  content: '# 批注\n\n> 引文\n',
};
const folder = (): string => mkdtempSync(join(tmpdir(), 'gazette-save-'));

beforeEach(() => {
  recorded.saveOptions.length = 0;
  recorded.saveAnswer = { canceled: false, filePath: undefined };
});

describe('saving an export', () => {
  it('asks where, offering the export’s name, and writes the file there', async () => {
    const path = join(folder(), '会议材料.md');
    recorded.saveAnswer = { canceled: false, filePath: path };
    await expect(saveFileAs(window, FILE)).resolves.toEqual({ ok: true, value: { saved: true } });
    expect(recorded.saveOptions[0]).toMatchObject({
      title: '导出批注',
      defaultPath: FILE.fileName,
      filters: [{ name: 'Markdown 文件', extensions: ['md'] }],
    });
    expect(readFileSync(path, 'utf8')).toBe(FILE.content);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    recorded.saveAnswer = { canceled: true, filePath: undefined };
    await expect(saveFileAs(window, FILE)).resolves.toEqual({ ok: true, value: { saved: false } });
  });

  it('explains a full disk in Chinese and leaves the file that was there untouched', async () => {
    const dir = folder();
    const path = join(dir, '已有.md');
    writeFileSync(path, '上次的导出');
    recorded.saveAnswer = { canceled: false, filePath: path };
    recorded.diskFull = true;
    try {
      const result = await saveFileAs(window, FILE);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'ENOSPC',
          message: `没能保存到“${path}”：磁盘空间已满。原有文件没有改动；请换一个位置或腾出空间后再导出一次。`,
        },
      });
    } finally {
      recorded.diskFull = false;
    }
    expect(readFileSync(path, 'utf8')).toBe('上次的导出');
  });

  it('keeps a folder that has the chosen name, and leaves nothing beside it', async () => {
    const dir = folder();
    const path = join(dir, '会议材料.md');
    mkdirSync(path);
    writeFileSync(join(path, '里面的文件.txt'), '原样');
    recorded.saveAnswer = { canceled: false, filePath: path };
    const result = await saveFileAs(window, FILE);
    expect(result).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
    expect(!result.ok && result.error.message).toContain('同名的是一个文件夹');
    expect(readdirSync(dir)).toEqual(['会议材料.md']);
    expect(readFileSync(join(path, '里面的文件.txt'), 'utf8')).toBe('原样');
  });

  it('says so when the chosen folder is gone', async () => {
    const path = join(folder(), '不存在', 'x.md');
    recorded.saveAnswer = { canceled: false, filePath: path };
    const result = await saveFileAs(window, FILE);
    expect(result).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    expect(!result.ok && result.error.message).toContain('这个文件夹已不存在');
  });

  it('refuses a request that is not a file, and any page but the app’s own', async () => {
    await expect(saveFileAs(window, { fileName: 'x.md' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(recorded.saveOptions).toEqual([]);
    registerFileSaving(() => window);
    const handler = recorded.handlers.get(SAVE_FILE_CHANNEL);
    const foreign = { senderFrame: { parent: null, url: 'https://example.com/' } };
    expect(await handler?.(foreign, FILE)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(recorded.saveOptions).toEqual([]);
  });
});
