/** Import failures the user can act on, each with a message in Simplified Chinese for the UI. */

export type GazetteImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'encrypted'
  | 'no-text-layer'
  | 'corrupt-pdf'
  | 'timeout'
  | 'unsupported'
  | 'unreadable';

const MESSAGES: Record<GazetteImportErrorCode, string> = {
  empty: '文件是空的，没有可导入的内容。',
  binary: '这不是文本、PDF 或网页文件，无法导入。',
  'too-large': '文件太大，超出了导入限制。',
  encrypted: '该 PDF 已加密，请先去除密码保护再导入。',
  'no-text-layer': '该 PDF 没有文字层（可能是扫描件），暂不支持 OCR。',
  'corrupt-pdf': '该 PDF 文件已损坏或不完整，无法读取。',
  timeout: '解析超时：文件过于复杂，已停止处理。',
  unsupported: '不支持这种文件格式。',
  unreadable: '无法读取该文件。',
};

export class GazetteImportError extends Error {
  override readonly name = 'GazetteImportError';

  constructor(
    readonly code: GazetteImportErrorCode,
    /** Technical detail for logs; the user-facing `message` stays the fixed Chinese sentence. */
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[code], options);
  }
}
