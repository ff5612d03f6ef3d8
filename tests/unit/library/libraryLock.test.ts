/**
 * The library lock and the liveness of the processes it trusts: an ownerless lock left by a process killed between
 * `mkdir` and writing its owner file (issue 14 item 4), and zombie processes (item 10b), which `kill(pid, 0)` still
 * reports as running.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/library';
import { withLibraryLock } from '../../../src/main/library/libraryLock';
import { isProcessAlive } from '../../../src/main/library/processAlive';
import { importWorkerSource, repoRoot } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const tempDir = tempDirs('gazette-lock-');

/** The pid of a process that has exited and been reaped. */
function deadPid(): number {
  return spawnSync('true').pid;
}

describe('the library lock', () => {
  it('takes over a lock directory that has had no owner file for a minute, far longer than taking a lock needs', () => {
    const root = tempDir();
    const lockDir = join(root, '.lock');
    mkdirSync(lockDir);
    const then = new Date(Date.now() - 60_000);
    utimesSync(lockDir, then, then);
    expect(withLibraryLock(root, () => 'held')).toBe('held');
    expect(existsSync(lockDir)).toBe(false);
  }, 30_000);

  it('lets only one of many processes that find the same stale lock take it over', async () => {
    const run = promisify(execFile);
    const contender = join(repoRoot, 'tests/unit/library/lockContender.ts');
    const outcomes: string[] = [];
    for (let round = 0; round < 5; round += 1) {
      const root = tempDir();
      mkdirSync(join(root, '.lock'));
      writeFileSync(join(root, '.lock', 'owner'), String(deadPid()));
      const go = join(root, 'go');
      const children = Array.from({ length: 6 }, () =>
        run(process.execPath, ['--import', 'tsx', contender, root, go], { cwd: repoRoot }),
      );
      // Every child has loaded and is spinning on the signal before it is given.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      writeFileSync(go, '');
      for (const child of await Promise.all(children)) outcomes.push(child.stdout);
    }
    expect(outcomes.filter((outcome) => outcome !== 'alone')).toEqual([]);
  }, 120_000);

  it('opens a library left locked that way, without a wait or an error', async () => {
    const dataDir = tempDir();
    const lockDir = join(dataDir, 'library', '.lock');
    mkdirSync(lockDir, { recursive: true });
    const then = new Date(Date.now() - 60_000);
    utimesSync(lockDir, then, then);
    expect(await openLibrary({ dataDir, workerPath: importWorkerSource }).listIssues()).toEqual([]);
  }, 30_000);
});

/** A zombie: perl forks a child that exits at once, and never reaps it (perl-base is part of every Debian). */
const parents: ChildProcess[] = [];
afterEach(() => {
  for (const parent of parents.splice(0)) parent.kill('SIGKILL');
});

async function zombie(): Promise<number> {
  const script = 'my $pid = fork; exit 0 unless $pid; $| = 1; print "$pid\\n"; sleep 60';
  const parent = spawn('perl', ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  parents.push(parent);
  const pid = await new Promise<number>((resolve) => {
    parent.stdout.once('data', (data: Buffer) => {
      resolve(Number(data.toString().trim()));
    });
  });
  // Waits for the state the test is about, not for a time: the child has exited once its state is Z.
  while (!/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) await new Promise((r) => setTimeout(r, 10));
  return pid;
}

describe.runIf(process.platform === 'linux')('a zombie process (Linux: /proc/<pid>/stat)', () => {
  it('is not alive, though kill(pid, 0) still succeeds for it', async () => {
    const pid = await zombie();
    expect(() => process.kill(pid, 0)).not.toThrow();
    expect(isProcessAlive(pid)).toBe(false);
    expect(isProcessAlive(process.pid)).toBe(true);
  });

  it('keeps neither its staging folder nor its lock', async () => {
    const pid = await zombie();
    const dataDir = tempDir();
    const libraryDir = join(dataDir, 'library');
    mkdirSync(join(libraryDir, 'staging', `${pid}-import`), { recursive: true });
    mkdirSync(join(libraryDir, '.lock'));
    writeFileSync(join(libraryDir, '.lock', 'owner'), String(pid));
    openLibrary({ dataDir, workerPath: importWorkerSource });
    expect(readdirSync(join(libraryDir, 'staging'))).toEqual([]);
    expect(existsSync(join(libraryDir, '.lock'))).toBe(false);
  }, 30_000);
});
