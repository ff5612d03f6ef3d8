/**
 * The app, the web host and the `gazette` command may open the same library at once. Every change to the
 * shared state — committing or removing an issue, cleaning leftovers — happens while holding this lock, so one
 * process never deletes another's half-committed folder or overwrites a manifest it has not seen.
 *
 * The lock is a directory (mkdir is atomic on every platform) holding the owner's pid. It is stale, and taken
 * over, when its owner is no longer alive, or when it has had no owner file for longer than a taker needs between
 * `mkdir` and writing that file (a process killed in between leaves such a lock behind). The critical sections
 * are short and synchronous (renames and one manifest write), so waiting is a plain sleep loop.
 *
 * Taking over is itself guarded: several processes can judge the same lock stale at once, and the slower one would
 * otherwise remove the lock the quicker one has just taken. Only the holder of `.lock-takeover` removes a stale
 * lock, and it judges staleness again while holding it. A process killed inside that tiny section leaves the guard
 * ownerless; it is cleared after the same delay as an ownerless lock.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../apiErrors';
import { isProcessAlive } from './processAlive';

const WAIT_MS = 20;
const GIVE_UP_MS = 15_000;
/** Far longer than mkdir-then-write takes even on a loaded machine, far shorter than GIVE_UP_MS. */
export const OWNERLESS_STALE_MS = 3_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The owner's pid, or NaN while there is none (no file yet, or one being written: empty is not pid 0). */
function ownerOf(lockDir: string): number {
  try {
    const text = readFileSync(join(lockDir, 'owner'), 'utf8');
    return /^\d+$/u.test(text) ? Number(text) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function isStale(lockDir: string): boolean {
  const owner = ownerOf(lockDir);
  if (!Number.isNaN(owner)) return !isProcessAlive(owner);
  return isOwnerlessTooLong(lockDir);
}

function isOwnerlessTooLong(dir: string): boolean {
  const stat = statSync(dir, { throwIfNoEntry: false });
  return stat !== undefined && Date.now() - stat.mtimeMs > OWNERLESS_STALE_MS;
}

function removeIfStillStale(lockDir: string): void {
  const guard = `${lockDir}-takeover`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (isOwnerlessTooLong(guard)) rmSync(guard, { recursive: true, force: true });
    return;
  }
  try {
    if (isStale(lockDir)) rmSync(lockDir, { recursive: true, force: true });
  } finally {
    rmSync(guard, { recursive: true, force: true });
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
      if (isStale(lockDir)) {
        removeIfStillStale(lockDir);
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
