/**
 * Durable, all-or-nothing writes. A file is written beside its target, flushed, and renamed over it; rename is
 * atomic on one file system, so a reader (or a process restarted after a kill) sees the old file or the new one,
 * never a torn one. The directory is flushed too, so the rename itself survives a power cut where the OS allows.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function syncDirectory(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory for fsync; its renames are journalled by NTFS instead.
  }
}

export function writeFileDurably(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function replaceFileAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileDurably(temporary, data);
  renameSync(temporary, path);
  syncDirectory(dirname(path));
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir reports ENOENT where the disk said EROFS or EACCES,
 * and the person must hear the real reason (a read-only disk, not a missing file).
 */
export function makeFolders(path: string): void {
  const parent = dirname(path);
  if (parent !== path && !existsSync(parent)) makeFolders(parent);
  try {
    mkdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
