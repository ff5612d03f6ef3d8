/**
 * Durable, all-or-nothing writes. A file is written beside its target, flushed, and renamed over it; rename is
 * atomic on one file system, so a reader (or a process restarted after a kill) sees the old file or the new one,
 * never a torn one. The directory is flushed too, so the rename itself survives a power cut where the OS allows.
 * A write that fails (full disk, read-only folder, something in the way) leaves no temporary file behind.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

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

/** The temporary a process writes beside `path`: named by its pid, so a dead process's is known for a leftover. */
export const temporaryPath = (path: string, pid: number): string => `${path}.${pid}.tmp`;

/** The pid that named `name`, a file beside `path`, as its temporary; null when `name` is no such temporary. */
export function temporaryWriter(path: string, name: string): number | null {
  const prefix = `${basename(path)}.`;
  const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? name.slice(prefix.length, -'.tmp'.length) : '';
  return /^\d+$/u.test(pid) ? Number(pid) : null;
}

export function replaceFileAtomically(path: string, data: string | Uint8Array): void {
  const temporary = temporaryPath(path, process.pid);
  try {
    writeFileDurably(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    // unlink never removes a directory, so whatever someone else put at this path stays where it is.
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was created, or it is not ours to remove.
    }
    throw error;
  }
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
