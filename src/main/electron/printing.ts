/**
 * 打印 and 导出 PDF in the desktop app. Both lay out the page with its print stylesheet (renderer/print.css: A4,
 * GB/T 9704 版心, page numbers), so Electron only chooses paper and where the PDF goes. A failed export tells the
 * user why and leaves any file already at that path as it was (the PDF is written beside it and renamed over it).
 */
import { dialog } from 'electron';
import type { BrowserWindow, WebContentsPrintOptions, PrintToPDFOptions } from 'electron';
import { replaceFileAtomically } from '../library/atomicFiles';

export const PRINT_OPTIONS: WebContentsPrintOptions = { silent: false, printBackground: false, pageSize: 'A4' };
export const PDF_OPTIONS: PrintToPDFOptions = { pageSize: 'A4', preferCSSPageSize: true, printBackground: false };

/** Electron's reason when the user closes the print dialog: not an error. */
const PRINT_CANCELLED = 'Print job canceled';

/** The window's title (the open document's) as a file name Windows, macOS and Linux all accept. */
export function pdfFileName(title: string): string {
  // Control characters and the characters Windows reserves may not be in a file name.
  const safe = Array.from(title, (character) =>
    character < ' ' || '\\/:*?"<>|'.includes(character) ? '_' : character,
  );
  const name = safe.join('').trim().slice(0, 120);
  return `${name === '' ? '公文' : name}.pdf`;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function printPage(window: BrowserWindow): Promise<void> {
  return new Promise((resolve) => {
    window.webContents.print(PRINT_OPTIONS, (success, failureReason) => {
      if (success || failureReason === PRINT_CANCELLED) {
        resolve();
        return;
      }
      void dialog
        .showMessageBox(window, {
          type: 'error',
          title: '打印',
          message: '没能打印。',
          detail: `请检查打印机是否可用后再试。（${failureReason}）`,
        })
        .then(() => {
          resolve();
        });
    });
  });
}

/** Asks where to save, then writes the PDF there. Returns the path written, or null (cancelled or failed). */
export async function exportPdf(window: BrowserWindow): Promise<string | null> {
  const choice = await dialog.showSaveDialog(window, {
    title: '导出 PDF',
    defaultPath: pdfFileName(window.webContents.getTitle()),
    filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return null;
  const path = choice.filePath;
  try {
    replaceFileAtomically(path, await window.webContents.printToPDF(PDF_OPTIONS));
    return path;
  } catch (error) {
    await dialog.showMessageBox(window, {
      type: 'error',
      title: '导出 PDF',
      message: '没能导出 PDF。',
      detail: `请确认该文件夹可以写入、磁盘有剩余空间后再试；原有文件未被改动。\n${path}\n（${reason(error)}）`,
    });
    return null;
  }
}
