/**
 * The `gazette` command, run as a person runs it (a child process): every failure is one Chinese line on stderr,
 * never a stack trace, and a reader that closes the pipe early ends the output quietly.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const tempDir = tempDirs('gazette-cli-errors-');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command from source; with `firstChunkOnly`, stdout is closed after its first chunk, as `head -c1` does. */
function gazette(args: string[], firstChunkOnly = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'main', 'cli.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, GAZETTE_DEBUG: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (firstChunkOnly) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

const noStack = (text: string): void => {
  expect(text).not.toMatch(/\n\s+at /u);
  expect(text).not.toMatch(/Error:|node:internal|EPIPE/u);
};

describe('gazette command errors', () => {
  it('ends quietly when the reader closes the pipe (gazette parse --json | head)', async () => {
    const run = await gazette(['parse', fixturePath, '--json'], true);
    expect(run.stdout.length).toBeGreaterThan(0);
    noStack(run.stderr);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);

  it('says in one Chinese line that the library is busy', async () => {
    const dataDir = tempDir();
    // A lock held by a live process (this test's own).
    mkdirSync(join(dataDir, 'library', '.lock'), { recursive: true });
    writeFileSync(join(dataDir, 'library', '.lock', 'owner'), String(process.pid));
    const run = await gazette(['list', '--data', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('文库正被另一个程序使用，请稍后再试。\n');
  }, 60_000);

  it('explains a folder given to parse, and a nested-too-deep page, in one line each', async () => {
    const dataDir = tempDir();
    const folder = await gazette(['parse', dataDir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr.trim().split('\n')).toHaveLength(1);
    expect(folder.stderr).toContain('不是一个普通文件');
    const deep = join(dataDir, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(5000)}正文${'</div>'.repeat(5000)}</body></html>`);
    const nested = await gazette(['parse', deep]);
    expect(nested.code).toBe(1);
    noStack(nested.stderr);
    expect(nested.stderr.trim().split('\n')).toHaveLength(1);
    expect(nested.stderr).toContain('嵌套');
  }, 60_000);

  it('imports a folder holding a file whose name is GBK bytes, and lists it under its Chinese name', async () => {
    const dataDir = tempDir();
    const folder = join(dataDir, 'archive');
    mkdirSync(folder);
    const gbkName = Buffer.concat([
      Buffer.from(folder),
      Buffer.from('/'),
      Buffer.from([0xbc, 0xc3, 0xc4, 0xcf]),
      Buffer.from('.txt'),
    ]);
    copyFileSync(fixturePath, gbkName);
    const run = await gazette(['import', folder, '--data', join(dataDir, 'data')]);
    expect(run.stderr).toContain('已导入');
    expect(run.code).toBe(0);
    const list = await gazette(['list', '--json', '--data', join(dataDir, 'data')]);
    expect((JSON.parse(list.stdout) as { fileName: string }[]).map((issue) => issue.fileName)).toEqual(['济南.txt']);
  }, 60_000);
});
