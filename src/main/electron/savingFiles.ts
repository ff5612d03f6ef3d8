/**
 * Saving a file the window hands over (导出批注) in the desktop app: main asks where with the system's save dialog
 * and writes it there, so the page never names a path and the session's downloads stay off. The file is written
 * beside the chosen path and renamed over it, so a full disk or a folder without write access leaves what was
 * there as it was, and the person reads why in the window.
 */
import { dialog, ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import { extname } from 'node:path';
import { z } from 'zod';
import type { Result } from '../../shared/api';
import { SAVE_FILE_CHANNEL } from '../../shared/apiClient';
import { toApiError } from '../apiErrors';
import { replaceFileAtomically } from '../library/atomicFiles';
import { isTrustedSender } from './ipcBridge';

const savedFileSchema = z.object({
  fileName: z.string().min(1).max(1000),
  mimeType: z.string().max(200),
  // The largest export of a large library stays far below this.
  content: z.string().max(512 * 1024 * 1024),
});

const FILTER_NAMES: Record<string, string> = {
  md: 'Markdown 文件',
  html: 'HTML 文件',
  json: 'JSON 文件',
  csv: 'CSV 表格',
};

/** Why a save failed, by the system's code, in words about the chosen place (not the data folder). */
const SAVE_PROBLEMS: Record<string, string> = {
  ENOSPC: '磁盘空间已满',
  EDQUOT: '磁盘配额已用完',
  EROFS: '这个磁盘是只读的',
  EACCES: '没有写入这个文件夹的权限',
  EPERM: '系统不允许写入这个位置',
  ENOENT: '这个文件夹已不存在',
  EISDIR: '同名的是一个文件夹',
};

export async function saveFileAs(window: BrowserWindow, request: unknown): Promise<Result<{ saved: boolean }>> {
  const parsed = savedFileSchema.safeParse(request);
  if (!parsed.success) return { ok: false, error: { code: 'invalid-request', message: '要保存的文件无效。' } };
  const { fileName, content } = parsed.data;
  const extension = extname(fileName).slice(1);
  const choice = await dialog.showSaveDialog(window, {
    title: '导出批注',
    defaultPath: fileName,
    filters: [{ name: FILTER_NAMES[extension] ?? '文件', extensions: [extension] }],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
  try {
    replaceFileAtomically(choice.filePath, content);
    return { ok: true, value: { saved: true } };
  } catch (error) {
    const { code } = toApiError(error);
    const problem = SAVE_PROBLEMS[code] ?? '写入时出错';
    const message = `没能保存到“${choice.filePath}”：${problem}。原有文件没有改动；请换一个位置或腾出空间后再导出一次。`;
    return { ok: false, error: { code, message } };
  }
}

export function registerFileSaving(window: () => BrowserWindow | null): void {
  ipcMain.handle(SAVE_FILE_CHANNEL, (event, request: unknown) => {
    const target = window();
    if (!isTrustedSender(event.senderFrame) || !target) {
      return { ok: false, error: { code: 'forbidden', message: '拒绝来自非本应用页面的请求。' } };
    }
    return saveFileAs(target, request);
  });
}
