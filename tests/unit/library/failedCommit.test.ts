/**
 * A commit is all or nothing, in memory as on disk (issue 14 item 3), and a failed manifest write leaves no
 * temporary file behind (item 10a). The fault is the one from the issue: a directory where the manifest's
 * temporary file goes, so the write fails with EISDIR.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { IssueSummary } from '../../../src/shared/api';
import { replaceFileAtomically } from '../../../src/main/library/atomicFiles';
import { MERGED_POSTINGS_FILE } from '../../../src/main/library/searchTypes';
import { openLibrary } from '../../../src/main/library/library';
import { fixturePath, importWorkerSource, repoRoot } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const run = promisify(execFile);
const tempDir = tempDirs('gazette-commit-');
const workerPath = importWorkerSource;

/** `gazette list --json` in another process, as the issue's repro runs it. */
async function listElsewhere(dataDir: string): Promise<IssueSummary[]> {
  const cli = join(repoRoot, 'src', 'main', 'cli.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, 'list', '--json', '--data', dataDir], {
    cwd: repoRoot,
  });
  return JSON.parse(stdout) as IssueSummary[];
}

describe('a commit whose manifest write fails', () => {
  it('leaves the running library and every other process as if the import never happened', async () => {
    const dataDir = tempDir();
    const library = openLibrary({ dataDir, workerPath });
    const libraryDir = join(dataDir, 'library');
    const inTheWay = join(libraryDir, `manifest.json.${process.pid}.tmp`);
    mkdirSync(inTheWay);

    const failed = await library.importFiles([fixturePath]);
    expect(failed.results.map((result) => [result.status, result.error?.code])).toEqual([['failed', 'commit-failed']]);
    // The host that reported the failure does not list the issue, and nothing of it is left on disk.
    expect(await library.listIssues()).toEqual([]);
    expect(readdirSync(join(libraryDir, 'issues'))).toEqual([]);
    expect(existsSync(join(libraryDir, 'staging')) ? readdirSync(join(libraryDir, 'staging')) : []).toEqual([]);

    rmdirSync(inTheWay);
    expect(await listElsewhere(dataDir)).toEqual([]);
    // Importing again really imports (not "unchanged" for an issue that is not there), and both processes see it.
    const again = await library.importFiles([fixturePath]);
    expect(again.results.map((result) => result.status)).toEqual(['imported']);
    const issues = await library.listIssues();
    expect(issues).toHaveLength(1);
    expect((await library.getDocument(issues[0]?.documents[0]?.id ?? '')).document.title).toBe(
      issues[0]?.documents[0]?.title,
    );
    expect((await listElsewhere(dataDir)).map((issue) => issue.id)).toEqual([issues[0]?.id]);
  }, 60_000);

  it('keeps the issues that were in, and removes nothing of them', async () => {
    const dataDir = tempDir();
    const library = openLibrary({ dataDir, workerPath });
    await library.importFiles([fixturePath]);
    const [before] = await library.listIssues();
    const inTheWay = join(dataDir, 'library', `manifest.json.${process.pid}.tmp`);
    mkdirSync(inTheWay);
    const other = { name: 'other.txt', bytes: Buffer.concat([readFileSync(fixturePath), Buffer.from('\n（副本）\n')]) };
    const failed = await library.importFiles([other]);
    expect(failed.results[0]?.error?.code).toBe('commit-failed');
    rmdirSync(inTheWay);

    expect(await library.listIssues()).toEqual([before]);
    expect(readdirSync(join(dataDir, 'library', 'issues'))).toHaveLength(1);
    expect((await openLibrary({ dataDir, workerPath }).listIssues()).map((issue) => issue.id)).toEqual([before?.id]);
  }, 60_000);
});

describe('an atomic file replacement that fails', () => {
  it('leaves no temporary file behind', () => {
    const dir = tempDir();
    const target = join(dir, 'manifest.json');
    // A non-empty directory at the target: the temporary is written, and the rename over the target fails.
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), '');
    expect(() => {
      replaceFileAtomically(target, '{}');
    }).toThrow();
    expect(readdirSync(dir)).toEqual(['manifest.json']);
  });

  it('leaves a directory in the way of its temporary alone', () => {
    const dir = tempDir();
    const target = join(dir, 'manifest.json');
    mkdirSync(`${target}.${process.pid}.tmp`);
    expect(() => {
      replaceFileAtomically(target, '{}');
    }).toThrow(/EISDIR/);
    expect(readdirSync(dir)).toEqual([`manifest.json.${process.pid}.tmp`]);
  });

  it('leaves no temporary behind after a kill: the next open removes a dead writer’s', () => {
    const dataDir = tempDir();
    const libraryDir = join(dataDir, 'library');
    mkdirSync(libraryDir, { recursive: true });
    writeFileSync(join(libraryDir, 'manifest.json.999999999.tmp'), '{"half":');
    // The search worker's merged postings, cut off by a kill while they were written.
    writeFileSync(join(libraryDir, `${MERGED_POSTINGS_FILE}.999999998.tmp`), 'GZP1');
    openLibrary({ dataDir, workerPath });
    expect(readdirSync(libraryDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
