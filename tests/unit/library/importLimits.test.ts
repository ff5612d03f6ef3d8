/**
 * Import refuses what it cannot bound: files that are not regular files, files over the size limit (from `stat`,
 * before reading), and texts whose parsing needs more memory than the import worker may use.
 */
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/library';
import { MAX_IMPORT_FILE_BYTES } from '../../../src/shared/importLimits';
import { fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const tempDir = tempDirs('gazette-import-limits-');

describe('import limits', () => {
  it('refuses a folder, a device and a file over the limit with a plain Chinese reason', async () => {
    const dataDir = tempDir();
    const folder = join(dataDir, '一个文件夹.txt');
    mkdirSync(folder);
    const huge = join(dataDir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_IMPORT_FILE_BYTES + 1);
    const library = openLibrary({ dataDir, workerPath: importWorkerSource });
    const { results } = await library.importFiles([folder, '/dev/zero', huge, fixturePath]);
    expect(results.map((result) => result.status)).toEqual(['failed', 'failed', 'failed', 'imported']);
    expect(results[0]?.error?.message).toContain('不是一个普通文件');
    expect(results[1]?.error?.message).toContain('不是一个普通文件');
    expect(results[2]?.error?.message).toMatch(/^文件有 101 MB，超过了 100 MB 的导入上限/u);
  });

  it('stops a text whose parsing outgrows the worker heap, and keeps the library as it was', async () => {
    const dataDir = tempDir();
    const library = openLibrary({
      dataDir,
      workerPath: importWorkerSource,
      workerLimits: { maxHeapMb: 32, maxRssGrowthMb: 1024 },
    });
    // Every line a heading: one TOC entry, block and index record per 8 bytes of input.
    const lines = Array.from({ length: 200_000 }, (_, i) => `${String((i % 9) + 1)}.条${String(i)}`).join('\n');
    const { results } = await library.importFiles([
      { name: '病态.txt', bytes: new TextEncoder().encode(lines) },
      fixturePath,
    ]);
    expect(results[0]).toMatchObject({ status: 'failed', error: { code: 'out-of-memory' } });
    expect(results[0]?.error?.message).toContain('内存超出了上限');
    expect(results[1]).toMatchObject({ status: 'failed', error: { code: 'not-tried' } });
    expect(await library.listIssues()).toEqual([]);
  }, 60_000);
});
