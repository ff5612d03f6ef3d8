/**
 * The app, the web host and the `gazette` command may open the same library at once. Every change to the
 * shared state — committing or removing an issue, cleaning leftovers — happens while holding this lock, so one
 * process never deletes another's half-committed folder or overwrites a manifest it has not seen.
 *
 * The lock is a directory (mkdir is atomic on every platform) holding the owner's pid; a lock whose owner is no
 * longer alive is stale and taken over. The critical sections are short and synchronous (renames and one
 * manifest write), so waiting is a plain sleep loop.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../apiErrors';

const WAIT_MS = 20;
const GIVE_UP_MS = 15_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lockDir: string): number {
  try {
    return Number(readFileSync(join(lockDir, 'owner'), 'utf8'));
  } catch {
    return Number.NaN;
  }
}

export function withLibraryLock<T>(root: string, critical: () => T): T {
  const lockDir = join(root, '.lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(lockDir);
      // A lock without an owner file yet is being taken right now; only a dead owner makes it stale.
      if (!Number.isNaN(owner) && !isProcessAlive(owner)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > GIVE_UP_MS) {
        throw new ServiceError('library-busy', '文库正被另一个程序使用，请稍后再试。');
      }
      Atomics.wait(sleeper, 0, 0, WAIT_MS);
    }
  }
  try {
    writeFileSync(join(lockDir, 'owner'), String(process.pid));
    return critical();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
