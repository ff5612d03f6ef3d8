/** Import failures the user can act on, each with a message in Simplified Chinese for the UI: what is wrong, and what to do. */
import { IMPORTABLE_KINDS } from '../../shared/importableFiles';
import { fileTooLargeMessage } from '../../shared/importLimits';

export type GazetteImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'too-many-pages'
  | 'too-much-text'
  | 'out-of-memory'
  | 'too-deep'
  | 'not-a-file'
  | 'encrypted'
  | 'no-text-layer'
  | 'corrupt-pdf'
  | 'timeout'
  | 'unsupported'
  | 'unreadable';

const MESSAGES: Record<GazetteImportErrorCode, string> = {
  empty: '文件是空的，没有可导入的内容。请确认选对了文件。',
  binary: '这不是文本、PDF 或网页文件（内容不像文字），无法导入。请确认选对了文件。',
  'too-large': '文件太大，超出了导入上限。请确认选对了文件；合订本可拆成几期后分别导入。',
  'too-many-pages': '这个 PDF 的页数太多，超出了导入上限。请拆成几个文件后分别导入。',
  'too-much-text': '这个文件的文字太多，超出了导入上限。请拆成几个文件后分别导入。',
  'out-of-memory': '解析这个文件所需的内存超出了上限，已停止处理，文库未受影响。请拆成几个文件后分别导入。',
  'too-deep': '这个网页的结构嵌套过深，无法解析。请在浏览器中打开后另存为文本（TXT）再导入。',
  'not-a-file': '这不是一个普通文件（可能是文件夹或设备），无法导入。请选择公报文件本身。',
  encrypted: '该 PDF 已加密，请先去除密码保护再导入。',
  'no-text-layer': '该 PDF 没有文字层（可能是扫描件），暂不支持 OCR。请使用带文字的 PDF 或文本文件。',
  'corrupt-pdf': '该 PDF 文件已损坏或不完整，无法读取。请重新下载或另存一份后再导入。',
  timeout: '解析超时：文件过于复杂，已停止处理。请拆成几个文件后分别导入。',
  unsupported: `不支持这种文件格式。请导入 ${IMPORTABLE_KINDS} 文件。`,
  unreadable: '无法读取该文件。请确认文件仍在原处、没有被其他程序占用，然后重试。',
};

export class GazetteImportError extends Error {
  override readonly name = 'GazetteImportError';

  constructor(
    readonly code: GazetteImportErrorCode,
    /** Technical detail for logs; the user-facing `message` is a fixed Chinese sentence unless one is given. */
    readonly detail?: string,
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? MESSAGES[code], options);
  }
}

/** A file over the size limit, refused with the same sentence as in every other layer. */
export const fileTooLarge = (bytes: number, limit: number): GazetteImportError =>
  new GazetteImportError('too-large', `${bytes} bytes > ${limit}`, { message: fileTooLargeMessage(bytes) });
