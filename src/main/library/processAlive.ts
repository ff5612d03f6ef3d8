/**
 * Whether a process is still running: the library asks it of lock owners and of the processes that named staging
 * folders, to tell a live process's work from a dead one's leftovers.
 */
import { readFileSync } from 'node:fs';

/**
 * Linux: the state letter in `/proc/<pid>/stat`. A zombie (Z) or dead (X) process has exited but is not yet
 * reaped by its parent; `kill(pid, 0)` still succeeds for it, so it would hold its leftovers for as long as the
 * parent lives.
 */
function linuxState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // `pid (comm) S …`: comm may itself hold spaces and parentheses, the state follows the last `)`.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return null;
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (process.platform === 'linux') {
    const state = linuxState(pid);
    if (state === 'Z' || state === 'X') return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
