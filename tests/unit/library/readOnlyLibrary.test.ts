/**
 * A library that cannot be written opens read-only (issue 14 item 5): it lists, opens and searches, and refuses
 * imports and removals with a plain `read-only` error. The lock's mkdir is where a read-only folder first shows,
 * so the fault is injected there (EROFS, EACCES), which runs everywhere; the real thing — a read-only mount —
 * needs root on Linux (chmod does not stop root) and runs there.
 */
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../src/main/appServices';
import { ServiceError } from '../../../src/main/apiErrors';
import { openLibrary, type Library } from '../../../src/main/library/library';
import { SEARCH_SCHEMA_VERSION } from '../../../src/main/search/shardFormat';
import { fixturePath, importWorkerSource, repoRoot } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const fault = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const mkdirSync = ((path: fs.PathLike, options?: fs.MakeDirectoryOptions) => {
    if (fault.code !== null && String(path).endsWith('.lock')) {
      throw Object.assign(new Error(`${fault.code}: injected, mkdir '${String(path)}'`), { code: fault.code });
    }
    return real.mkdirSync(path, options);
  }) as typeof real.mkdirSync;
  return { ...real, mkdirSync, default: { ...real, mkdirSync } };
});

const tempDir = tempDirs('gazette-readonly-');
const workerPath = importWorkerSource;
afterEach(() => {
  fault.code = null;
});

async function withSample(dataDir: string): Promise<void> {
  const summary = await openLibrary({ dataDir, workerPath }).importFiles([fixturePath]);
  expect(summary.results.map((result) => result.status)).toEqual(['imported']);
}

async function expectReadable(library: Library): Promise<void> {
  expect(library.readOnly).toBe(true);
  const issues = await library.listIssues();
  expect(issues.map((issue) => issue.number)).toEqual(['12/13']);
  const hit = (await library.search('济政发〔2022〕7号')).hits[0];
  expect((await library.getDocument(hit?.docId ?? '')).document.title).toBe('关于组织开展济南市第三次土壤普查的通知');
}

async function expectRefused(library: Library): Promise<void> {
  const issueId = (await library.listIssues())[0]?.id ?? '';
  for (const attempt of [library.importFiles([fixturePath]), library.removeIssue(issueId)]) {
    const error: unknown = await attempt.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'read-only', message: '文库所在的文件夹是只读的，不能导入或移除公报。' });
  }
  expect(await library.listIssues()).toHaveLength(1);
}

describe.each(['EROFS', 'EACCES'])('a library whose lock cannot be taken (%s)', (code) => {
  it('opens read-only: lists, opens and searches; refuses import and removal plainly; says so', async () => {
    const dataDir = tempDir();
    await withSample(dataDir);
    fault.code = code;
    const notices: string[] = [];
    const library = openLibrary({ dataDir, workerPath, notify: (message) => notices.push(message) });
    await expectReadable(library);
    await expectRefused(library);
    expect(notices).toEqual([expect.stringContaining('是只读的：可以阅读和搜索，但不能导入或移除公报')]);
  }, 60_000);
});

const run = promisify(execFile);
const canMount = process.platform === 'linux' && process.getuid?.() === 0;
const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir]);
});

const appOptions = (dataDir: string): Parameters<typeof createAppServices>[0] => ({
  dataDir,
  profile: 'tester',
  shell: 'web',
  importWorker: workerPath,
  sampleIssue: fixturePath,
});

/** A data folder the app has used (the sample imported, a profile made) on a tmpfs, remounted read-only. */
async function readOnlyMount(): Promise<string> {
  const dataDir = tempDir();
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dataDir]);
  mounted.push(dataDir);
  // Closed before the remount: an open annotation database keeps the mount busy.
  await (await createAppServices(appOptions(dataDir))).close();
  outdateShards(dataDir);
  execFileSync('mount', ['-o', 'remount,ro', dataDir]);
  return dataDir;
}

/** Marks every search shard as written by an older schema, as a library made by an older version would be. */
function outdateShards(dataDir: string): void {
  const libraryDir = join(dataDir, 'library');
  const manifest = JSON.parse(fs.readFileSync(join(libraryDir, 'manifest.json'), 'utf8')) as {
    issues: { folder: string }[];
  };
  for (const issue of manifest.issues) {
    const path = join(libraryDir, issue.folder, 'index.gzs');
    const bytes = fs.readFileSync(path);
    const header = bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(4));
    const outdated = header.replace(`"schemaVersion":${SEARCH_SCHEMA_VERSION}`, '"schemaVersion":0');
    expect(outdated).not.toBe(header);
    bytes.write(outdated, 8, 'utf8');
    fs.writeFileSync(path, bytes);
  }
}

describe.runIf(canMount)(
  'a library on a read-only mount (needs root on Linux to mount a read-only tmpfs, as chmod does not stop root; skipped elsewhere, where the injected EROFS/EACCES tests above cover the open path)',
  () => {
    it('opens read-only in the library and the app services the hosts start from, and searches outdated shards', async () => {
      const dataDir = await readOnlyMount();
      expect(() => {
        fs.writeFileSync(join(dataDir, 'probe'), '');
      }).toThrow(/EROFS/);
      const library = openLibrary({ dataDir, workerPath, notify: () => undefined });
      await expectReadable(library);
      await expectRefused(library);

      const services = await createAppServices(appOptions(dataDir));
      expect(await services.library.listIssues()).toHaveLength(1);
      expect(services.takeNotices().map((notice) => notice.message)).toContainEqual(
        expect.stringContaining('是只读的：可以阅读和搜索'),
      );

      const newcomer = await createAppServices({ ...appOptions(dataDir), profile: 'newcomer' });
      expect(newcomer.profile.getSettings().theme).toBe('light');
      expect(newcomer.takeNotices().map((notice) => notice.message)).toContainEqual(
        expect.stringContaining('本次的更改不会保存'),
      );
    }, 60_000);

    it('serves `gazette list`, and `gazette import` fails with the plain message, not a stack trace', async () => {
      const dataDir = await readOnlyMount();
      const cli = (...args: string[]): Promise<{ stdout: string; stderr: string }> =>
        run(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/main/cli.ts'), ...args, '--data', dataDir], {
          cwd: repoRoot,
        });
      expect((await cli('list')).stdout).toContain('济南市人民政府公报 2022年第12/13期');
      const failed = await cli('import', fixturePath).then(
        () => null,
        (error: unknown) => error as { code: number; stderr: string },
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr.trim().split('\n').at(-1)).toBe('文库所在的文件夹是只读的，不能导入或移除公报。');
      expect(failed?.stderr).not.toContain('    at ');
    }, 60_000);
  },
);
