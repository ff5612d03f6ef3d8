import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../src/main/library/library';
import type { ImportProgress } from '../../../src/main/library/importTypes';
import { SEARCH_SCHEMA_VERSION } from '../../../src/main/search/shardFormat';
import { MERGED_POSTINGS_FILE } from '../../../src/main/library/searchTypes';
import { fixturePath, fixturesDir, importWorkerSource, repoRoot } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const workerPath = importWorkerSource;
const fixture = readFileSync(fixturePath);
const tempDir = tempDirs('gazette-library-');
const open = (dataDir: string): Library => openLibrary({ dataDir, workerPath });
/** A different file with the same documents: the fixture plus a trailing line. */
const variant = (n: number): { name: string; bytes: Uint8Array } => ({
  name: `variant-${n}.txt`,
  bytes: Buffer.concat([fixture, Buffer.from(`\n\n（第${n}份副本）\n`)]),
});

describe('library', () => {
  it('imports in a worker with progress, lists, finds, opens, dedups and removes', async () => {
    const dataDir = tempDir();
    const library = open(dataDir);
    const progress: ImportProgress[] = [];
    const first = await library.importFiles([fixturePath], { onProgress: (p) => progress.push(p) });
    expect(first.results.map((r) => r.status)).toEqual(['imported']);
    expect(progress.some((p) => p.phase === 'indexing' && p.document?.count === 6)).toBe(true);
    expect(progress.at(-1)?.percent).toBeGreaterThan(90);

    const issues = await library.listIssues();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.documents).toHaveLength(6);

    const hit = (await library.search('济政发[2022]7号')).hits[0];
    expect(hit?.title).toBe('关于组织开展济南市第三次土壤普查的通知');
    const opened = await library.getDocument(hit?.docId ?? '');
    expect(opened.document.id).toBe(hit?.docId);
    expect(opened.document.title).toBe('关于组织开展济南市第三次土壤普查的通知');

    // The same bytes again, under another name and as an in-memory file: not a second issue.
    const again = await library.importFiles([{ name: 'copy.txt', bytes: fixture }]);
    expect(again.results.map((r) => r.status)).toEqual(['unchanged']);
    expect(await library.listIssues()).toHaveLength(1);

    // A reopened library sees the same issue, and removal takes it out of the list and the index.
    const reopened = open(dataDir);
    expect((await reopened.search('土壤普查')).total).toBe(1);
    expect(await reopened.removeIssue(issues[0]?.id ?? '')).toBe(true);
    expect(await reopened.listIssues()).toEqual([]);
    expect((await reopened.search('土壤普查')).total).toBe(0);
    expect(readdirSync(join(dataDir, 'library', 'issues'))).toEqual([]);
    await expect(reopened.getDocument(hit?.docId ?? '')).rejects.toThrow('找不到');
  });

  it('keeps the merged postings beside the manifest, and searches right past a damaged file, rewriting it', async () => {
    const dataDir = tempDir();
    await open(dataDir).importFiles([fixturePath]);
    const path = join(dataDir, 'library', MERGED_POSTINGS_FILE);
    // The first load of a library whose issues the file does not cover yet writes it.
    expect((await open(dataDir).search('土壤普查')).total).toBe(1);
    expect(readFileSync(path).toString('latin1', 0, 4)).toBe('GZP1');
    const good = readFileSync(path);
    for (const damaged of [Buffer.from('not postings'), good.subarray(0, good.length - 3)]) {
      writeFileSync(path, damaged);
      const reopened = open(dataDir);
      expect((await reopened.search('土壤普查')).total).toBe(1);
      expect((await reopened.search('济政发[2022]7号')).hits[0]?.title).toBe('关于组织开展济南市第三次土壤普查的通知');
      expect(readFileSync(path)).toEqual(good);
    }
  });

  it('rebuilds a shard written with another schemaVersion', async () => {
    const dataDir = tempDir();
    await open(dataDir).importFiles([fixturePath]);
    const manifest = JSON.parse(readFileSync(join(dataDir, 'library', 'manifest.json'), 'utf8')) as {
      issues: { folder: string }[];
    };
    const shardPath = join(dataDir, 'library', manifest.issues[0]?.folder ?? '', 'index.gzs');
    const bytes = readFileSync(shardPath);
    const headerLength = bytes.readUInt32LE(4);
    const header = bytes
      .toString('utf8', 8, 8 + headerLength)
      .replace(`"schemaVersion":${SEARCH_SCHEMA_VERSION}`, '"schemaVersion":0');
    expect(header).toContain('"schemaVersion":0');
    bytes.write(header, 8, 'utf8');
    writeFileSync(shardPath, bytes);

    const library = open(dataDir);
    expect((await library.search('土壤普查')).total).toBe(1);
    expect(readFileSync(shardPath).toString('utf8', 8, 40)).toContain(`"schemaVersion":${SEARCH_SCHEMA_VERSION}`);
  });

  it('rebuilds a shard in the older format 4 quietly on open, losing nothing', async () => {
    const dataDir = tempDir();
    await open(dataDir).importFiles([fixturePath]);
    const manifest = JSON.parse(readFileSync(join(dataDir, 'library', 'manifest.json'), 'utf8')) as {
      issues: { folder: string }[];
    };
    const shardPath = join(dataDir, 'library', manifest.issues[0]?.folder ?? '', 'index.gzs');
    writeFileSync(shardPath, readFileSync(join(fixturesDir, 'search', 'shard-v4.gzs')));

    const warnings: string[] = [];
    const library = openLibrary({ dataDir, workerPath, notify: (message) => warnings.push(message) });
    const hits = (await library.search('济南市 环境')).hits;
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((hit) => hit.snippets.length > 0)).toBe(true);
    expect((await library.search('土壤普查')).total).toBe(1);
    expect(warnings).toEqual([]);
    expect(readFileSync(shardPath).toString('utf8', 8, 40)).toContain(`"schemaVersion":${SEARCH_SCHEMA_VERSION}`);
  });

  it('rebuilds a damaged shard from the issue and tells the person once, naming the issue', async () => {
    const dataDir = tempDir();
    const importer = open(dataDir);
    await importer.importFiles([fixturePath]);
    // Its search worker has loaded the new shard before it is damaged (a search waits for the loads before it).
    await importer.search('土壤普查');
    const manifest = JSON.parse(readFileSync(join(dataDir, 'library', 'manifest.json'), 'utf8')) as {
      issues: { folder: string }[];
    };
    const shardPath = join(dataDir, 'library', manifest.issues[0]?.folder ?? '', 'index.gzs');
    writeFileSync(shardPath, readFileSync(shardPath).subarray(0, 200));

    const warnings: string[] = [];
    const library = openLibrary({ dataDir, workerPath, notify: (message) => warnings.push(message) });
    expect((await library.search('土壤普查')).total).toBe(1);
    expect(warnings).toEqual([
      '“济南市人民政府公报 2022年第12/13期”的搜索索引已损坏，已根据这一期的内容重新建立。公报本身和你的阅读记录都没有受影响。',
    ]);
    // Repaired on disk: the next opening has nothing to tell.
    const again: string[] = [];
    const reopened = openLibrary({ dataDir, workerPath, notify: (message) => again.push(message) });
    expect((await reopened.search('土壤普查')).total).toBe(1);
    expect(again).toEqual([]);
  });

  it('names a damaged issue when a document of it is opened, and re-importing the file repairs it', async () => {
    const dataDir = tempDir();
    const library = open(dataDir);
    await library.importFiles([fixturePath]);
    const [issue] = await library.listIssues();
    const docId = issue?.documents[0]?.id ?? '';
    const manifest = JSON.parse(readFileSync(join(dataDir, 'library', 'manifest.json'), 'utf8')) as {
      issues: { folder: string }[];
    };
    writeFileSync(join(dataDir, 'library', manifest.issues[0]?.folder ?? '', 'model.json'), '{"schemaVersion":');

    const damaged = open(dataDir);
    const refusal = await damaged.getDocument(docId).then(
      () => null,
      (error: unknown) => error as { code: string; message: string },
    );
    expect(refusal?.code).toBe('damaged-issue');
    expect(refusal?.message).toMatch(/^“济南市人民政府公报 2022年第12\/13期”的数据已损坏，无法打开。请点“重新导入”/u);
    const again = await damaged.importFiles([fixturePath]);
    expect(again.results.map((result) => result.status)).toEqual(['updated']);
    expect((await damaged.getDocument(docId)).document.id).toBe(docId);
  });

  it('searches the other issues when one cannot be indexed, and says which', async () => {
    const dataDir = tempDir();
    await open(dataDir).importFiles([fixturePath, variant(1)]);
    const manifest = JSON.parse(readFileSync(join(dataDir, 'library', 'manifest.json'), 'utf8')) as {
      issues: { id: string; folder: string }[];
    };
    const broken = manifest.issues[0];
    for (const file of ['index.gzs', 'model.json']) rmSync(join(dataDir, 'library', broken?.folder ?? '', file));

    const warnings: string[] = [];
    const library = openLibrary({ dataDir, workerPath, notify: (message) => warnings.push(message) });
    const hits = (await library.search('土壤普查')).hits;
    expect(hits.map((hit) => hit.issueId)).toEqual([manifest.issues[1]?.id]);
    expect(warnings).toEqual([expect.stringContaining(`公报 ${broken?.id ?? ''} 的搜索索引无法载入`)]);
  });

  it('cancels an import without leaving anything behind', async () => {
    const dataDir = tempDir();
    const library = open(dataDir);
    const controller = new AbortController();
    const summary = await library.importFiles([variant(1), variant(2)], {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'parsing') controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.results.some((r) => r.error?.code === 'cancelled')).toBe(true);
    expect(existsSync(join(dataDir, 'library', 'staging'))).toBe(false);
    const issues = await open(dataDir).listIssues();
    expect(issues.length).toBe(summary.results.filter((r) => r.status === 'imported').length);
  });

  it('stays consistent when the importing process is killed at random points', async () => {
    const dataDir = tempDir();
    const files = [1, 2, 3].map((n) => {
      const path = join(dataDir, `variant-${n}.txt`);
      writeFileSync(path, variant(n).bytes);
      return path;
    });
    for (let round = 0; round < 4; round++) {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'tests/unit/library/importInChild.ts'), dataDir, ...files],
        {
          cwd: repoRoot,
          stdio: 'ignore',
        },
      );
      // Listened for from the start: a child that finishes before the kill has exited already.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const delay = 300 + Math.floor(Math.random() * 2500);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;

      const library = open(dataDir);
      const issues = await library.listIssues();
      for (const issue of issues) {
        expect(issue.documents).toHaveLength(6);
        for (const doc of issue.documents) expect((await library.getDocument(doc.id)).document.title).toBe(doc.title);
      }
      // Every listed issue is searchable; nothing half-written is left on disk.
      expect((await library.search('土壤普查')).total).toBe(issues.length);
      expect(readdirSync(join(dataDir, 'library', 'issues'))).toHaveLength(issues.length);
      const staging = join(dataDir, 'library', 'staging');
      expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
      expect(existsSync(join(dataDir, 'library', '.lock'))).toBe(false);
    }
    const finished = await open(dataDir).importFiles(files);
    expect(finished.results.every((r) => r.status === 'imported' || r.status === 'unchanged')).toBe(true);
    expect(await open(dataDir).listIssues()).toHaveLength(3);
  }, 60_000);
});
