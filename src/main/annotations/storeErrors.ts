/**
 * What a failed save means to the person, in plain Chinese with a next step. SQLite reports a full disk as
 * SQLITE_FULL, a read-only file or folder as SQLITE_READONLY (or CANTOPEN while opening), another process holding
 * the write lock past the busy timeout as SQLITE_BUSY; the file system reports the same through errno codes when
 * we create folders and backups. The transaction is rolled back in every case, so the database stays as it was.
 */
import { ServiceError } from '../apiErrors';

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_NOMEM = 7;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

const KEEP = '窗口中正在编辑的内容没有丢失。';
export const DISK_FULL = `磁盘空间已满，批注未能保存。请清理磁盘空间后再保存；${KEEP}`;
export const READ_ONLY = `批注存储所在的位置为只读，批注未能保存。请检查数据文件夹的写入权限，或换用可写的位置后再保存；${KEEP}`;
export const BUSY = `批注存储正被另一个程序（如另一个窗口或 gazette 命令）长时间占用，批注未能保存。请稍后再试；${KEEP}`;
export const IO_FAILED = `读写批注存储时磁盘出错，批注未能保存。请检查磁盘后再试；${KEEP}`;

/** The primary SQLite result code of an error from `node:sqlite`, or null for any other error. */
export function sqliteCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('errcode' in error)) return null;
  const code = error.errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
}

function errnoCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** The ServiceError to show for a storage failure, or the error itself when it is not one. */
export function storageError(error: unknown): unknown {
  if (error instanceof ServiceError) return error;
  const code = sqliteCode(error);
  const errno = errnoCode(error);
  if (code === SQLITE_FULL || errno === 'ENOSPC' || errno === 'EDQUOT') return new ServiceError('disk-full', DISK_FULL);
  if (
    code === SQLITE_READONLY ||
    code === SQLITE_CANTOPEN ||
    errno === 'EROFS' ||
    errno === 'EACCES' ||
    errno === 'EPERM'
  ) {
    return new ServiceError('read-only', READ_ONLY);
  }
  if (code === SQLITE_BUSY || code === SQLITE_LOCKED) return new ServiceError('busy', BUSY);
  if (code === SQLITE_IOERR || code === SQLITE_NOMEM || errno === 'EIO') return new ServiceError('io-error', IO_FAILED);
  return error;
}
