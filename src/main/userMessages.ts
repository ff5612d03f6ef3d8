/**
 * What Node's own errors mean to a person, in one plain Chinese sentence with a next step. Node's messages
 * ("ENOSPC: no space left on device, write") are for logs; these are what the window and the `gazette` command
 * say instead (through `toApiError`).
 */
import { basename } from 'node:path';

interface SystemError {
  code: string;
  path?: string;
}

const isSystemError = (error: unknown): error is SystemError =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';

const named = (path: string | undefined): string => (path ? `“${basename(path)}”` : '');

const SYSTEM_MESSAGES: Record<string, (path: string | undefined) => string> = {
  ENOENT: (path) =>
    path?.includes('\uFFFD')
      ? `找不到${named(path)}：文件名中有无法识别的字符（可能是 GBK 编码的文件名）。请改为导入它所在的文件夹。`
      : `找不到${named(path) || '所需的文件或文件夹'}。请确认它仍在原处、名称没有改动，然后重试。`,
  ENOSPC: () => '磁盘空间已满，无法写入。请清理磁盘空间后重试；文库中已有的内容没有受影响。',
  EDQUOT: () => '磁盘配额已用完，无法写入。请清理空间或联系管理员后重试；文库中已有的内容没有受影响。',
  EROFS: () =>
    '数据文件夹所在的磁盘是只读的，无法写入。请换一个可写的数据文件夹，或检查磁盘后重试；已有内容没有受影响。',
  EISDIR: (path) => `${named(path) || '所选项'}是一个文件夹，不是文件。请选择文件夹里的公报文件，或导入整个文件夹。`,
  ENOTDIR: (path) => `${named(path) || '路径'}中有一部分不是文件夹。请检查路径后重试。`,
  EACCES: (path) => `没有权限读写${named(path) || '所需的文件'}。请检查文件权限，或换一个数据文件夹后重试。`,
  EPERM: (path) => `系统不允许读写${named(path) || '所需的文件'}。请检查文件权限，或换一个数据文件夹后重试。`,
  EBUSY: (path) => `${named(path) || '文件'}正被其他程序占用。请关闭占用它的程序后重试。`,
  EMFILE: () => '同时打开的文件太多。请关闭一些程序后重试。',
  ENFILE: () => '同时打开的文件太多。请关闭一些程序后重试。',
  EIO: () => '读写磁盘时出错（可能是磁盘或网络盘故障）。请检查磁盘后重试。',
  ERR_FS_FILE_TOO_LARGE: () => '文件太大（超过 2 GB），无法读取。请确认选对了文件；合订本可拆成几期后分别导入。',
  ERR_WORKER_OUT_OF_MEMORY: () =>
    '处理这个文件所需的内存超出了上限，已停止处理，文库未受影响。请拆成几个文件后分别导入。',
};

/** The sentence for a Node system error (ENOENT, ENOSPC, …), or null for anything else. */
export function systemErrorMessage(error: unknown): { code: string; message: string } | null {
  if (!isSystemError(error)) return null;
  const message = SYSTEM_MESSAGES[error.code]?.(error.path);
  return message === undefined ? null : { code: error.code, message };
}

/** JavaScript's own failures a person can meet on hostile input. */
export function runtimeErrorMessage(error: unknown): { code: string; message: string } | null {
  if (error instanceof RangeError && /call stack/iu.test(error.message)) {
    return {
      code: 'too-deep',
      message: '文件的结构嵌套过深，无法处理，已停止。请确认选对了文件，或把它另存为文本（TXT）后再导入。',
    };
  }
  return null;
}
