/**
 * Run by the lock-takeover test in a child process: waits for the start signal, then takes the library lock once
 * and, while holding it, claims the critical section by creating a marker directory. A marker already there means
 * another process held the lock at the same moment.
 */
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { withLibraryLock } from '../../../src/main/library/libraryLock';

const [root = '', go = ''] = process.argv.slice(2);
const spin = new Int32Array(new SharedArrayBuffer(4));
while (!existsSync(go)) Atomics.wait(spin, 0, 0, 1);
const overlapped = withLibraryLock(root, () => {
  const marker = join(root, 'inside');
  try {
    mkdirSync(marker);
  } catch {
    return true;
  }
  Atomics.wait(spin, 0, 0, 40);
  rmdirSync(marker);
  return false;
});
process.stdout.write(overlapped ? 'overlap' : 'alone');
