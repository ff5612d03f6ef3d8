/**
 * How large a file the app imports, said once for every layer that checks it: the renderer (the File's size,
 * before reading it), the API schema, the web host (Content-Length, before reading the body), and the CLI and
 * the library (`stat`, before reading the file). All of them refuse with the same sentence.
 */

/** The parser's limit: larger files are refused before a byte of them is read. */
export const MAX_IMPORT_FILE_BYTES = 100 * 2 ** 20;

/** All files of one import request together (the browser sends them in one call). */
export const MAX_IMPORT_BATCH_BYTES = 3 * MAX_IMPORT_FILE_BYTES;

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 2 ** 20)} MB`;

export const fileTooLargeMessage = (bytes: number): string =>
  `文件有 ${megabytes(bytes)}，超过了 ${megabytes(MAX_IMPORT_FILE_BYTES)} 的导入上限。请确认选对了文件；合订本可拆成几期后分别导入。`;

export const batchTooLargeMessage = (bytes: number): string =>
  `一次选择的文件共 ${megabytes(bytes)}，超过了 ${megabytes(MAX_IMPORT_BATCH_BYTES)} 的单次导入上限。请分几次导入。`;
