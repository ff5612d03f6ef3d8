/**
 * 打印 and 导出 PDF in the desktop app, checked without the Electron binary: `electron` is replaced by recording
 * fakes (as in electronShell.test.ts), so these pin down what the app asks of Electron and what the user keeps.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface SaveAnswer {
  canceled: boolean;
  filePath?: string;
}

const recorded = vi.hoisted(() => {
  const saveAnswer: SaveAnswer = { canceled: false };
  return {
    saveAnswer,
    saveOptions: [] as unknown[],
    messages: [] as { type?: string; message: string; detail?: string }[],
    template: [] as unknown[],
  };
});

vi.mock('electron', () => ({
  dialog: {
    showSaveDialog: vi.fn((_window: unknown, options: unknown) => {
      recorded.saveOptions.push(options);
      return Promise.resolve(recorded.saveAnswer);
    }),
    showMessageBox: vi.fn((_window: unknown, options: { type?: string; message: string; detail?: string }) => {
      recorded.messages.push(options);
      return Promise.resolve({ response: 0 });
    }),
  },
  Menu: {
    buildFromTemplate: (template: unknown[]) => {
      recorded.template = template;
      return template;
    },
    setApplicationMenu: () => undefined,
  },
  app: { getName: () => '公报阅读器' },
}));

const { exportPdf, pdfFileName, printPage } = await import('../../../src/main/electron/printing');
const { installMenu } = await import('../../../src/main/electron/menu');

const PDF_BYTES = Buffer.from('%PDF-1.7 fake');

function fakeWindow(options: { printToPDF?: () => Promise<Buffer>; printResult?: [boolean, string] } = {}) {
  const contents = {
    getTitle: () => '关于组织开展济南市第三次土壤普查的通知',
    printToPDF: vi.fn(options.printToPDF ?? (() => Promise.resolve(PDF_BYTES))),
    print: vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => {
      const [success, reason] = options.printResult ?? [true, ''];
      callback(success, reason);
    }),
  };
  return { window: { webContents: contents } as unknown as BrowserWindow, contents };
}

beforeEach(() => {
  recorded.saveOptions.length = 0;
  recorded.messages.length = 0;
  recorded.saveAnswer = { canceled: false };
});

describe('导出 PDF', () => {
  it('offers the document title as the name and writes Chromium’s A4 PDF laid out by the print stylesheet', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gazette-pdf-')), '土壤普查.pdf');
    recorded.saveAnswer = { canceled: false, filePath: path };
    const { window, contents } = fakeWindow();
    await expect(exportPdf(window)).resolves.toBe(path);
    expect(recorded.saveOptions[0]).toMatchObject({
      defaultPath: '关于组织开展济南市第三次土壤普查的通知.pdf',
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
    });
    expect(contents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: false,
    });
    expect(readFileSync(path)).toEqual(PDF_BYTES);
    expect(recorded.messages).toEqual([]);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    recorded.saveAnswer = { canceled: true };
    const { window, contents } = fakeWindow();
    await expect(exportPdf(window)).resolves.toBeNull();
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });

  it('explains a failed export in Chinese and leaves the file that was there untouched', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gazette-pdf-'));
    const path = join(folder, '已有.pdf');
    writeFileSync(path, 'the user’s earlier PDF');
    recorded.saveAnswer = { canceled: false, filePath: path };
    const { window } = fakeWindow({ printToPDF: () => Promise.reject(new Error('Printing failed')) });
    await expect(exportPdf(window)).resolves.toBeNull();
    expect(readFileSync(path, 'utf8')).toBe('the user’s earlier PDF');
    expect(readdirSync(folder)).toEqual(['已有.pdf']);
    expect(recorded.messages).toHaveLength(1);
    expect(recorded.messages[0]).toMatchObject({ type: 'error', message: '没能导出 PDF。' });
    expect(recorded.messages[0]?.detail).toContain(path);
  });

  it('explains a folder it cannot write to', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gazette-pdf-')), 'no-such-folder', 'x.pdf');
    recorded.saveAnswer = { canceled: false, filePath: path };
    await expect(exportPdf(fakeWindow().window)).resolves.toBeNull();
    expect(recorded.messages[0]).toMatchObject({ type: 'error', message: '没能导出 PDF。' });
  });

  it('makes a file name every system accepts from any title', () => {
    expect(pdfFileName('关于“十四五”规划的通知')).toBe('关于“十四五”规划的通知.pdf');
    expect(pdfFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j.pdf');
    expect(pdfFileName('   ')).toBe('公文.pdf');
  });
});

describe('打印', () => {
  it('opens the system print dialog on A4', async () => {
    const { window, contents } = fakeWindow();
    await printPage(window);
    expect(contents.print).toHaveBeenCalledWith(
      { silent: false, printBackground: false, pageSize: 'A4' },
      expect.any(Function),
    );
    expect(recorded.messages).toEqual([]);
  });

  it('says nothing when the user cancels, and explains a failed print', async () => {
    await printPage(fakeWindow({ printResult: [false, 'Print job canceled'] }).window);
    expect(recorded.messages).toEqual([]);
    await printPage(fakeWindow({ printResult: [false, 'Print job failed'] }).window);
    expect(recorded.messages).toEqual([expect.objectContaining({ type: 'error', message: '没能打印。' })]);
  });
});

describe('the 文件 menu', () => {
  it('offers 打印… (Ctrl+P) and 导出 PDF… and runs them', () => {
    const paper = { print: vi.fn(), exportPdf: vi.fn() };
    installMenu(false, () => undefined, paper);
    const file = recorded.template[0] as {
      label: string;
      submenu: { label?: string; accelerator?: string; click?: () => void }[];
    };
    expect(file.label).toBe('文件');
    const print = file.submenu.find((item) => item.label === '打印…');
    const pdf = file.submenu.find((item) => item.label === '导出 PDF…');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    expect(pdf?.accelerator).toBeDefined();
    print?.click?.();
    pdf?.click?.();
    expect(paper.print).toHaveBeenCalledTimes(1);
    expect(paper.exportPdf).toHaveBeenCalledTimes(1);
  });
});
