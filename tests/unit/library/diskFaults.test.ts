/**
 * Real disk faults, on a small tmpfs mounted for the test: a full disk and a read-only remount. The import fails
 * with a plain Chinese sentence, and what was in the library stays in. Mounting needs root on Linux; CI runs these
 * as root, and elsewhere they are skipped with that reason in their name.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/library';
import { fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const canMount = process.platform === 'linux' && process.getuid?.() === 0;
const skipReason = canMount ? '' : ' (skipped: needs root on Linux to mount a tmpfs; CI runs it as root)';
const tempDir = tempDirs('gazette-disk-faults-');
const mounted: string[] = [];

afterEach(() => {
  // Lazily: a library's search worker keeps the merged postings file open for reading until its process ends.
  for (const dir of mounted.splice(0)) execFileSync('umount', ['--lazy', dir]);
});

function tmpfs(size: string): string {
  const dir = join(tempDir(), 'mnt');
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

const variant = (n: number): { name: string; bytes: Uint8Array } => ({
  name: `variant-${n}.txt`,
  bytes: Buffer.concat([readFileSync(fixturePath), Buffer.from(`\n\n（第${n}份副本）\n`)]),
});

describe('disk faults', () => {
  it.skipIf(!canMount)(
    `a full disk fails the import in Chinese and keeps the library${skipReason}`,
    async () => {
      const dataDir = tmpfs('2m');
      const library = openLibrary({ dataDir, workerPath: importWorkerSource });
      const first = await library.importFiles([variant(1)]);
      expect(first.results[0]?.status).toBe('imported');
      const { results } = await library.importFiles([variant(2), variant(3), variant(4)]);
      const failed = results.find((result) => result.status === 'failed');
      expect(failed?.error?.message).toBe('磁盘空间已满，无法写入。请清理磁盘空间后重试；文库中已有的内容没有受影响。');
      const reopened = openLibrary({ dataDir, workerPath: importWorkerSource });
      expect((await reopened.listIssues()).map((issue) => issue.fileName)).toContain('variant-1.txt');
      expect((await reopened.search('土壤普查')).total).toBeGreaterThan(0);
    },
    60_000,
  );

  it.skipIf(!canMount)(
    `a read-only disk fails the import in Chinese and keeps the library${skipReason}`,
    async () => {
      const dataDir = tmpfs('20m');
      const library = openLibrary({ dataDir, workerPath: importWorkerSource });
      expect((await library.importFiles([variant(1)])).results[0]?.status).toBe('imported');
      execFileSync('mount', ['-o', 'remount,ro', dataDir]);
      const { results } = await library.importFiles([variant(2)]);
      expect(results[0]?.status).toBe('failed');
      expect(results[0]?.error?.message).toContain('磁盘是只读的');
      expect((await library.listIssues()).map((issue) => issue.fileName)).toEqual(['variant-1.txt']);
    },
    60_000,
  );
});
